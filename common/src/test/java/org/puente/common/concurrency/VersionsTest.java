package org.puente.common.concurrency;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.puente.common.problem.ProblemException;
import org.puente.common.problem.ProblemType;

class VersionsTest {

  @Test
  void matchingTagsPass() {
    assertDoesNotThrow(() -> Versions.checkIfMatch("\"3\"", 3));
    assertDoesNotThrow(() -> Versions.checkIfMatch("W/\"3\"", 3));
    assertDoesNotThrow(() -> Versions.checkIfMatch("\"1\", \"3\"", 3));
  }

  @Test
  void missingIs428() {
    assertEquals(
        ProblemType.PRECONDITION_REQUIRED,
        assertThrows(ProblemException.class, () -> Versions.checkIfMatch(null, 0)).type());
    assertEquals(
        ProblemType.PRECONDITION_REQUIRED,
        assertThrows(ProblemException.class, () -> Versions.checkIfMatch(" ", 0)).type());
  }

  @Test
  void staleOrMalformedIs412() {
    for (String tag : new String[] {"\"2\"", "3", "*", "garbage"}) {
      assertEquals(
          ProblemType.PRECONDITION_FAILED,
          assertThrows(ProblemException.class, () -> Versions.checkIfMatch(tag, 3), tag).type());
    }
  }
}
