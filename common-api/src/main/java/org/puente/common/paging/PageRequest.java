package org.puente.common.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.puente.common.problem.ProblemException;

/**
 * {@code ?limit=&cursor=} of a list, as a {@code @BeanParam}. Parsed here rather than by JAX-RS,
 * which would answer a non-numeric limit with 404.
 */
public class PageRequest {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  @QueryParam("limit")
  @Parameter(
      description = "Rows per page, 1 to 200 (default 50)",
      schema =
          @Schema(
              type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER,
              minimum = "1",
              maximum = "200",
              defaultValue = "50"))
  String limit;

  @QueryParam("cursor")
  @Parameter(description = "The nextCursor of the previous page; omit for the first page")
  String cursor;

  private Integer parsedLimit;
  private Long parsedAfter;

  public PageRequest() {}

  public static PageRequest of(String limit, String cursor) {
    PageRequest request = new PageRequest();
    request.limit = limit;
    request.cursor = cursor;
    return request;
  }

  public int limit() {
    if (parsedLimit == null) {
      parsedLimit = parseLimit(limit);
    }
    return parsedLimit;
  }

  /** Rows to read: one more than the page, to tell whether another page follows. */
  public int fetchSize() {
    return limit() + 1;
  }

  /** The id after which this page starts (0 for the first). */
  public long afterId() {
    if (parsedAfter == null) {
      parsedAfter = Cursor.decode(cursor);
    }
    return parsedAfter;
  }

  private static int parseLimit(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      int value = Integer.parseInt(text.trim());
      if (value >= 1 && value <= MAX_LIMIT) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ProblemException.invalid("limit", "must be an integer from 1 to " + MAX_LIMIT);
  }
}
