package org.puente.common.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON of the API as a client writes and reads it: dates and instants as ISO text, money
 * amounts as strings (Money's own annotations). Tests, tools and the demo data write the API
 * records with this one setup, so none of them spells the JSON by hand.
 */
public final class ApiMapper {

  private ApiMapper() {}

  /** A new mapper for the API records; answers may carry fields a client does not know yet. */
  public static ObjectMapper create() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }
}
