package org.puente.common.money;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads an amount only as a plain decimal ({@code "1250.00"}, or the JSON number 1250.00), never in
 * exponent notation or as anything a binary float could have rounded. Scale and sign are then
 * checked by bean validation, with field-level messages.
 */
public class PlainDecimalDeserializer extends JsonDeserializer<BigDecimal> {

  private static final Pattern PLAIN = Pattern.compile("-?\\d{1,20}(\\.\\d{1,20})?");

  @Override
  public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_STRING
        && token != JsonToken.VALUE_NUMBER_INT
        && token != JsonToken.VALUE_NUMBER_FLOAT) {
      return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
    }
    String text = p.getText().trim();
    if (!PLAIN.matcher(text).matches()) {
      return (BigDecimal)
          ctxt.handleWeirdStringValue(
              BigDecimal.class, text, "not a plain decimal such as \"123.45\"");
    }
    return new BigDecimal(text);
  }
}
