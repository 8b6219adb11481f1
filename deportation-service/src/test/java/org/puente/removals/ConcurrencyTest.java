package org.puente.removals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.puente.removals.Fixtures.SNM_SUPERVISOR;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.CaseTransitionRequest;
import org.puente.testing.stubs.FundingStub;
import org.puente.testing.stubs.InjectStub;

@QuarkusTest
class ConcurrencyTest {

  @InjectStub FundingStub funding;

  private static List<Response> all(List<Callable<Response>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      List<Response> out = new ArrayList<>();
      for (Future<Response> f : pool.invokeAll(calls)) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void twentyConcurrentAddsToFiveFreeSeatsSeatExactlyFive() throws Exception {
    long op = Fixtures.fundedOperation(funding, 6, "CO");
    Fixtures.seat(op, Fixtures.enforceableCase("CO")).then().statusCode(201);
    List<Callable<Response>> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      long caseId = Fixtures.enforceableCase("CO");
      calls.add(() -> Fixtures.seat(op, caseId));
    }
    List<Response> responses = all(calls);
    assertEquals(5, responses.stream().filter(r -> r.statusCode() == 201).count());
    assertEquals(15, responses.stream().filter(r -> r.statusCode() == 409).count());
    assertEquals(
        6,
        Fixtures.count(
            "select count(*) from manifest_seat where status = 'SEATED' and operation_id = " + op));
  }

  @Test
  void twoSupervisorsMovingOneCaseAtOnce_oneWinsTheOtherGets412() throws Exception {
    long id = Fixtures.openCase("VE");
    String etag = Fixtures.caseEtag(id);
    String path = "/api/v1/removals/cases/" + id + "/transitions";
    List<Response> responses =
        all(
            List.of(
                () ->
                    Fixtures.postIfMatch(
                        SNM_SUPERVISOR,
                        path,
                        etag,
                        new CaseTransitionRequest(CaseStatus.SCREENING, "first")),
                () ->
                    Fixtures.postIfMatch(
                        Fixtures.SNM_SUPERVISOR_2,
                        path,
                        etag,
                        new CaseTransitionRequest(CaseStatus.RELEASED, "second"))));
    assertEquals(1, responses.stream().filter(r -> r.statusCode() == 200).count(), "one wins");
    assertEquals(
        1,
        responses.stream().filter(r -> r.statusCode() == 412).count(),
        "the other is told it is stale");
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from case_event where kind = 'TRANSITION' and case_id = " + id));
  }
}
