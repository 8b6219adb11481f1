package org.puente.removals.outbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.puente.common.outbox.Outbox;
import org.puente.removals.Fixtures;
import org.puente.testing.Eventually;
import org.puente.testing.stubs.FundingStub;
import org.puente.testing.stubs.InjectStub;

/**
 * A request written to the outbox is sent as soon as its transaction commits, not at the next poll:
 * the poll here comes once an hour, so whatever is sent within seconds was sent by the commit. A
 * transaction that rolls back sends nothing, a burst of commits loses none of them, and a message
 * that failed waits out its back-off whatever commits in the meantime.
 */
@QuarkusTest
@TestProfile(OutboxWakeTest.HourlyPoll.class)
class OutboxWakeTest {

  /** The safety-net poll out of the way: only a commit sends within a test. */
  public static class HourlyPoll implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("puente.outbox.every", "1h");
    }
  }

  private static final String TOPIC = "operation.obligate";
  private static final Duration SOON = Duration.ofSeconds(5);

  @InjectStub FundingStub funding;
  @Inject Outbox outbox;

  @ConfigProperty(name = "puente.outbox.every")
  String every;

  @Test
  void aQueuedRequestIsSentAsSoonAsItsTransactionCommits() {
    assertEquals("1h", every, "the poll must not be what sends within the test");
    funding.writesAway(false);
    long operation = Fixtures.operationRequestingFunding();
    String key = "removal-operation:" + operation;

    Eventually.within(SOON, () -> assertEquals(1, delivered(key)));
    given()
        .header("Authorization", Fixtures.SNM_SUPERVISOR)
        .get("/api/v1/removals/operations/" + operation)
        .then()
        .statusCode(200)
        .body("status", equalTo("FUNDED"));
    assertEquals(1, sent(key));
  }

  @Test
  void aRolledBackTransactionSendsNothing() {
    funding.writesAway(false);
    String key = "removal-operation:rolled-back-" + System.nanoTime();
    // A change that fails after queueing its request: both roll back.
    assertThrows(
        IllegalStateException.class,
        () ->
            QuarkusTransaction.requiringNew()
                .run(
                    () -> {
                      outbox.enqueue(TOPIC, key, Map.of("operationId", 1, "purpose", "never"));
                      throw new IllegalStateException("the change failed");
                    }));

    // A commit after it is sent, so the sender has run since: the rolled-back one never was.
    String committed = "removal-operation:" + Fixtures.operationRequestingFunding();
    Eventually.within(SOON, () -> assertEquals(1, delivered(committed)));
    assertEquals(0, sent(key));
    assertEquals(
        0, Fixtures.count("select count(*) from outbox_message where idem_key = '" + key + "'"));
  }

  @Test
  void aBurstOfCommitsIsSentInFullWithoutWaitingForThePoll() throws Exception {
    funding.writesAway(false);
    int plans = 12;
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<Long>> planned = new ArrayList<>();
    try {
      for (int i = 0; i < plans; i++) {
        planned.add(pool.submit(Fixtures::operationRequestingFunding));
      }
      List<String> keys = new ArrayList<>();
      for (Future<Long> f : planned) {
        keys.add("removal-operation:" + f.get());
      }
      Eventually.within(
          Duration.ofSeconds(10),
          () -> {
            for (String key : keys) {
              assertEquals(1, delivered(key), key);
            }
          });
      for (String key : keys) {
        assertEquals(1, sent(key), key);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailedRequestWaitsOutItsBackOffWhateverCommitsMeanwhile() {
    funding.writesAway(true);
    String failing = "removal-operation:" + Fixtures.operationRequestingFunding();
    String mine = " from outbox_message where idem_key = '" + failing + "'";
    // Its first attempt, at its commit, failed: it is put off (100 ms and more here).
    Eventually.within(SOON, () -> assertEquals(1, Fixtures.count("select attempts" + mine)));
    assertEquals(
        1,
        Fixtures.count(
            "select count(*)" + mine + " and next_attempt_at >= created_at + interval '80 ms'"));
    // As a partner failing for a while puts it off: an hour.
    Fixtures.execute(
        "update outbox_message set next_attempt_at = now() + interval '1 hour'"
            + " where idem_key = '"
            + failing
            + "'");

    // Other commits wake the sender, which tries them and only them.
    for (int i = 0; i < 3; i++) {
      String other = "removal-operation:" + Fixtures.operationRequestingFunding();
      Eventually.within(
          SOON,
          () ->
              assertEquals(
                  1,
                  Fixtures.count(
                      "select attempts from outbox_message where idem_key = '" + other + "'")));
    }
    assertEquals(1, Fixtures.count("select attempts" + mine));
    assertTrue(sent(failing) <= 1, "sent again before its time");
  }

  /** The requests funding-service received under exactly {@code key}. */
  private long sent(String key) {
    return funding.received(key).stream().filter(r -> key.equals(r.idempotencyKey())).count();
  }

  private static long delivered(String key) {
    return Fixtures.count(
        "select count(*) from outbox_message where idem_key = '"
            + key
            + "' and delivered_at is not null");
  }
}
