package org.puente.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.common.problem.ProblemException;
import org.puente.common.problem.ProblemType;

class PageRequestTest {

  @Test
  void defaultsAndBounds() {
    assertEquals(50, PageRequest.of(null, null).limit());
    assertEquals(1, PageRequest.of("1", null).limit());
    assertEquals(200, PageRequest.of("200", null).limit());
    assertEquals(0L, PageRequest.of(null, "").afterId());
    for (String bad : List.of("0", "201", "100000", "-1", "ten", "1.5")) {
      ProblemException e =
          assertThrows(ProblemException.class, () -> PageRequest.of(bad, null).limit(), bad);
      assertEquals(ProblemType.VALIDATION, e.type());
      assertEquals("limit", e.errors().get(0).field());
    }
  }

  @Test
  void cursorRoundTripsAndForgeriesAreRefused() {
    assertEquals(42L, PageRequest.of(null, Cursor.encode(42)).afterId());
    for (String forged : List.of("abc", "azE6eA", "!!", Cursor.encode(-1))) {
      assertThrows(ProblemException.class, () -> Cursor.decode(forged), forged);
    }
  }

  @Test
  void pageKnowsWhetherAnotherFollows() {
    PageRequest request = PageRequest.of("2", null);
    Page<Long> full = Page.of(List.of(1L, 2L, 3L), request, x -> x, x -> x);
    assertEquals(List.of(1L, 2L), full.items());
    assertEquals(2L, Cursor.decode(full.nextCursor()));
    Page<Long> last = Page.of(List.of(7L), request, x -> x, x -> x);
    assertNull(last.nextCursor());
  }
}
