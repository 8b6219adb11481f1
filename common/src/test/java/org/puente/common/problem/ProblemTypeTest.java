package org.puente.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProblemTypeTest {

  @Test
  void typesAreStableAndDistinct() {
    Set<String> uris = new HashSet<>();
    for (ProblemType type : ProblemType.values()) {
      uris.add(type.uri());
    }
    assertEquals(ProblemType.values().length, uris.size());
    assertEquals("urn:puente:problem:precondition-failed", ProblemType.PRECONDITION_FAILED.uri());
  }

  @Test
  void frameworkStatusesMapToTheirType() {
    assertEquals(ProblemType.NOT_FOUND, ProblemType.forStatus(404));
    assertEquals(ProblemType.VALIDATION, ProblemType.forStatus(400));
    assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, ProblemType.forStatus(415));
    assertEquals(ProblemType.INTERNAL, ProblemType.forStatus(599));
  }
}
