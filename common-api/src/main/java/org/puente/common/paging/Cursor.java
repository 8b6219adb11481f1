package org.puente.common.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.puente.common.problem.ProblemException;

/**
 * An opaque keyset cursor: the id of the last row of the page. Opaque so that clients do not build
 * their own and we may change what it holds.
 */
public final class Cursor {

  private static final String PREFIX = "k1:";

  private Cursor() {}

  public static String encode(long lastId) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + lastId).getBytes(StandardCharsets.US_ASCII));
  }

  /** The id after which the next page starts; 0 for the first page. 400 for a forged cursor. */
  public static long decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return 0L;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
      if (text.startsWith(PREFIX)) {
        long id = Long.parseLong(text.substring(PREFIX.length()));
        if (id >= 0) {
          return id;
        }
      }
    } catch (IllegalArgumentException e) {
      // falls through to the problem below; NumberFormatException is an IllegalArgumentException
    }
    throw ProblemException.invalid("cursor", "is not a cursor this API returned");
  }
}
