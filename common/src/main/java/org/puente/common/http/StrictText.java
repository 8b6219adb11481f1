package org.puente.common.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A text field takes only a JSON string. Jackson would otherwise turn {@code "familyNames": 123}
 * into the text "123" (and {@code true} into "true"), so a client's type error would be stored as a
 * name; it is refused as a 400 naming the field instead.
 *
 * <p>Only textual targets are made strict: a JSON number or boolean for text fails, while the other
 * scalar coercions (a number given as a string, which amounts accept) stay as they are.
 */
@Singleton
public class StrictText implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
  }
}
