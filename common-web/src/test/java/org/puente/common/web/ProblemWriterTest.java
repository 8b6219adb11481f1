package org.puente.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.common.problem.Problem;
import org.puente.common.problem.ProblemType;

/** The gateway's problems read exactly as the services' do. */
class ProblemWriterTest {

  private final ObjectMapper jackson = new ObjectMapper();

  @Test
  void aProblemOfTheGatewayHasTheMembersInTheServicesOrder() {
    Problem problem =
        Problems.of(ProblemType.NOT_FOUND, "No resource at this path", "/api/v1/x", "req-1");
    assertEquals(
        "{\"type\":\"urn:puente:problem:not-found\",\"title\":\"Not found\",\"status\":404,"
            + "\"detail\":\"No resource at this path\",\"instance\":\"/api/v1/x\","
            + "\"requestId\":\"req-1\"}",
        ProblemWriter.json(problem));
  }

  @Test
  void theJsonIsWhatJacksonWritesForTheSameProblem() throws Exception {
    List<Problem> problems =
        List.of(
            Problems.of(ProblemType.BAD_GATEWAY, "The x service cannot be reached", "/a", null),
            Problems.of(ProblemType.UNAVAILABLE, "", null, "id"),
            Problems.of(
                ProblemType.VALIDATION,
                400,
                "status: must be one of A, B",
                "/api/v1/sessions",
                "r",
                List.of(new Problem.FieldError("status", "must be one of A, B")),
                List.of("one \"quoted\" reason", "another")));
    for (Problem problem : problems) {
      assertEquals(jackson.writeValueAsString(problem), ProblemWriter.json(problem));
    }
  }

  @Test
  void theTypeGivesTheStatusAndTitle() {
    Problem problem = Problems.of(ProblemType.TOO_MANY_REQUESTS, "Slow down", "/api", "r");
    assertEquals(429, problem.status());
    assertEquals("Too many requests", problem.title());
    assertEquals("urn:puente:problem:too-many-requests", problem.type());
  }
}
