package org.puente.common.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

  @Test
  void aShortPrintableIdOfTheClientIsKept() {
    assertEquals("req-123", RequestIds.acceptOrCreate("req-123"));
    assertEquals("a.b_c:d-9", RequestIds.acceptOrCreate("a.b_c:d-9"));
    assertEquals("x".repeat(64), RequestIds.acceptOrCreate("x".repeat(64)));
  }

  @Test
  void anythingElseGetsANewId() {
    for (String unsafe : new String[] {null, "", "x".repeat(65), "a b", "a\nb", "<script>", "é"}) {
      String id = RequestIds.acceptOrCreate(unsafe);
      assertNotEquals(unsafe, id);
      assertTrue(id.matches("[0-9a-f-]{36}"), id);
    }
  }
}
