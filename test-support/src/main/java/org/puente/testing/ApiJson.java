package org.puente.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.puente.common.json.ApiMapper;

/**
 * API records as JSON text the way a client writes them (ISO dates, money amounts as strings), and
 * answers read back into records. RestAssured's own mapper would write a date as an array of
 * numbers, so tests send {@code ApiJson.write(record)}.
 */
public final class ApiJson {

  private static final ObjectMapper MAPPER = ApiMapper.create();

  private ApiJson() {}

  public static String write(Object body) {
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /**
   * A body as sent: records are written by {@link #write}; strings (and maps, for tests that send
   * malformed or extra fields on purpose) go as they are.
   */
  public static Object wire(Object body) {
    return body instanceof Record ? write(body) : body;
  }
}
