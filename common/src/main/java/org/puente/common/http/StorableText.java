package org.puente.common.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Text in a request must be storable: PostgreSQL text cannot hold the NUL character, so a string
 * carrying one is refused as a bad value (400 naming the field) instead of failing at the database.
 */
@Singleton
public class StorableText implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.registerModule(
        new SimpleModule("storable-text").addDeserializer(String.class, new Deserializer()));
  }

  static final class Deserializer extends StringDeserializer {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = super.deserialize(p, ctxt);
      if (text != null && text.indexOf('\u0000') >= 0) {
        return (String)
            ctxt.handleWeirdStringValue(String.class, text, "must not contain the NUL character");
      }
      return text;
    }
  }
}
