package org.puente.removals.outbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.puente.common.outbox.OutboxMetrics;
import org.puente.funding.api.FundingPaths;
import org.puente.removals.Fixtures;
import org.puente.testing.Eventually;
import org.puente.testing.TestTokens;
import org.puente.testing.stubs.FundingStub;
import org.puente.testing.stubs.InjectStub;

/**
 * An obligation request that funding-service does not answer dies after {@code
 * puente.outbox.max-attempts} failures (5 in tests) with the gauges and counters showing it, is no
 * longer tried, and is then retried by the home agency's administrator and made exactly once, or
 * given up and never sent. funding-service's writes are away unless a test brings them back.
 */
@QuarkusTest
class OutboxDeadLetterTest {

  private static final String OUTBOX = "/api/v1/removals/outbox";
  private static final String TOPIC = "operation.obligate";
  private static final int MAX_ATTEMPTS = 5;
  private static final String ADMIN =
      TestTokens.user("snm-admin").agency("PA-SNM").roles("admin").bearer();

  @InjectStub FundingStub funding;
  @Inject OutboxMetrics metrics;

  @Test
  void aDeadMessageRaisesTheMetricsAndIsDeliveredOnceWhenTheOperatorRetriesIt() {
    quiet();
    double dead = meter("puente_outbox_dead", "");
    double failed = meter("puente_outbox_attempts_total", "outcome=\"failed\"");
    double delivered = meter("puente_outbox_attempts_total", "outcome=\"delivered\"");

    long operation = Fixtures.operationRequestingFunding();
    String key = "removal-operation:" + operation;
    long id = deadMessage(key);

    // The attempts reached funding-service unless its circuit breaker had opened: at most three.
    int sent = funding.received(key).size();
    assertEquals(true, sent >= 1 && sent <= MAX_ATTEMPTS, sent + " requests");
    metrics.refresh();
    assertEquals(dead + 1, meter("puente_outbox_dead", ""));
    assertEquals(
        failed + MAX_ATTEMPTS, meter("puente_outbox_attempts_total", "outcome=\"failed\""));
    assertEquals(0, meter("puente_outbox_pending", ""));

    // Listed as dead for the operator: why and how often, never what it carries.
    Response listed =
        given()
            .header("Authorization", ADMIN)
            .queryParam("state", "DEAD")
            .queryParam("limit", 200)
            .get(OUTBOX);
    listed.then().statusCode(200).body("items.id", hasItem((int) id));
    String item = "items.find { it.id == " + id + " }.";
    listed
        .then()
        .body(item + "state", equalTo("DEAD"))
        .body(item + "topic", equalTo(TOPIC))
        .body(item + "attempts", equalTo(MAX_ATTEMPTS))
        .body(item + "lastError", notNullValue())
        .body(item + "deadAt", notNullValue())
        .body(item + "payload", nullValue());
    long version = listed.jsonPath().getLong(item + "version");

    // Dead means no longer tried, even once funding-service answers again (and the client's
    // circuit breaker, opened by the failures, has closed: as after its delay).
    funding.writesAway(false);
    CircuitBreakerMaintenance.get().resetAll();
    pause();
    assertEquals(sent, funding.received(key).size());

    given()
        .header("Authorization", ADMIN)
        .header("If-Match", "\"" + version + "\"")
        .post(OUTBOX + "/" + id + "/retry")
        .then()
        .statusCode(200)
        .header("ETag", notNullValue())
        .body("state", equalTo("PENDING"))
        .body("attempts", equalTo(0))
        .body("retriedBy", equalTo("snm-admin"))
        .body("retriedAt", notNullValue());

    Eventually.within(
        Duration.ofSeconds(20),
        () ->
            assertEquals(
                1,
                Fixtures.count(
                    "select count(*) from outbox_message where id = "
                        + id
                        + " and delivered_at is not null and dead_at is null"),
                () ->
                    lastError(key)
                        + "; sent "
                        + funding.received(key).stream()
                            .map(
                                r ->
                                    r.method() + " " + r.path() + " " + (r.authorization() != null))
                            .toList()));
    given()
        .header("Authorization", Fixtures.SNM_SUPERVISOR)
        .get("/api/v1/removals/operations/" + operation)
        .then()
        .statusCode(200)
        .body("status", equalTo("FUNDED"))
        .body("fundingObligationId", notNullValue());
    pause();
    // One more request (the one answered), one obligation made: delivered exactly once.
    assertEquals(sent + 1, funding.received(key).size());
    given()
        .header("Authorization", "Bearer any")
        .queryParam("reference", key)
        .get(funding.url() + FundingPaths.ROOT + FundingPaths.OBLIGATIONS)
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1));

    metrics.refresh();
    assertEquals(dead, meter("puente_outbox_dead", ""));
    assertEquals(delivered + 1, meter("puente_outbox_attempts_total", "outcome=\"delivered\""));
  }

  @Test
  void aGivenUpMessageIsKeptWithWhoGaveItUpAndNeverSent() {
    quiet();
    double dead = meter("puente_outbox_dead", "");
    long operation = Fixtures.operationRequestingFunding();
    String key = "removal-operation:" + operation;
    long id = deadMessage(key);
    int sent = funding.received(key).size();
    funding.writesAway(false);

    given()
        .header("Authorization", ADMIN)
        .header("If-Match", etagOf(id))
        .post(OUTBOX + "/" + id + "/give-up")
        .then()
        .statusCode(200)
        .body("state", equalTo("GIVEN_UP"))
        .body("givenUpBy", equalTo("snm-admin"))
        .body("givenUpAt", notNullValue());

    // Given up is final: a retry is refused and nothing is sent.
    given()
        .header("Authorization", ADMIN)
        .header("If-Match", etagOf(id))
        .post(OUTBOX + "/" + id + "/retry")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("GIVEN_UP"));
    pause();
    assertEquals(sent, funding.received(key).size());
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from outbox_message where id = "
                + id
                + " and delivered_at is null and given_up_by = 'snm-admin'"));
    given()
        .header("Authorization", ADMIN)
        .queryParam("state", "GIVEN_UP")
        .queryParam("limit", 200)
        .get(OUTBOX)
        .then()
        .statusCode(200)
        .body("items.id", hasItem((int) id));
    metrics.refresh();
    assertEquals(dead, meter("puente_outbox_dead", ""), "a given-up message is no longer dead");
  }

  @Test
  void onlyADeadMessageOfTheHomeAgencyIsChangedAndOnlyByItsAdministrators() {
    quiet();
    long id = deadMessage("removal-operation:" + Fixtures.operationRequestingFunding());
    String etag = etagOf(id);

    for (String change : new String[] {"/retry", "/give-up"}) {
      given()
          .header("Authorization", ADMIN)
          .header("If-Match", "\"0\"")
          .post(OUTBOX + "/987654321" + change)
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
      given()
          .header("Authorization", ADMIN)
          .post(OUTBOX + "/" + id + change)
          .then()
          .statusCode(428);
      given()
          .header("Authorization", ADMIN)
          .header("If-Match", "\"999\"")
          .post(OUTBOX + "/" + id + change)
          .then()
          .statusCode(412);
      for (String other :
          new String[] {
            Fixtures.SNM_SUPERVISOR,
            TestTokens.user("dhs-admin").agency("US-DHS").roles("admin").bearer()
          }) {
        given()
            .header("Authorization", other)
            .header("If-Match", etag)
            .post(OUTBOX + "/" + id + change)
            .then()
            .statusCode(403)
            .contentType("application/problem+json");
      }
    }
    given().header("Authorization", Fixtures.SNM_SUPERVISOR).get(OUTBOX).then().statusCode(403);
    given()
        .header("Authorization", ADMIN)
        .queryParam("state", "LOST")
        .get(OUTBOX)
        .then()
        .statusCode(400)
        .body("detail", containsString("state"));
    assertEquals(etag, etagOf(id), "nothing changed");

    // Once given up it is no longer dead: neither change applies (409), and nothing changes.
    given()
        .header("Authorization", ADMIN)
        .header("If-Match", etag)
        .post(OUTBOX + "/" + id + "/give-up")
        .then()
        .statusCode(200);
    String given = etagOf(id);
    for (String change : new String[] {"/retry", "/give-up"}) {
      given()
          .header("Authorization", ADMIN)
          .header("If-Match", given)
          .post(OUTBOX + "/" + id + change)
          .then()
          .statusCode(409)
          .contentType("application/problem+json")
          .body("detail", containsString("GIVEN_UP"));
    }
    assertEquals(given, etagOf(id));
  }

  /** Waits for the message under {@code key} to die; answers its id. */
  private static long deadMessage(String key) {
    String mine = " from outbox_message where idem_key = '" + key + "'";
    Eventually.within(
        Duration.ofSeconds(20),
        () ->
            assertEquals(
                1,
                Fixtures.count(
                    "select count(*)"
                        + mine
                        + " and dead_at is not null and delivered_at is null and attempts = "
                        + MAX_ATTEMPTS)));
    return Fixtures.count("select id" + mine);
  }

  /**
   * Waits until no obligation request of earlier tests is pending (they die within seconds, as
   * funding-service's writes are away): the counts this test reads are then its own.
   */
  private void quiet() {
    Eventually.within(
        Duration.ofSeconds(30),
        () -> {
          metrics.refresh();
          assertEquals(0, meter("puente_outbox_pending", ""));
        });
  }

  /** Why the message under {@code key} was last not delivered, for a failure's message. */
  private static String lastError(String key) {
    try (var c = Fixtures.connection();
        var s = c.prepareStatement("select last_error from outbox_message where idem_key = ?")) {
      s.setString(1, key);
      try (var rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : "no message";
      }
    } catch (java.sql.SQLException e) {
      return e.toString();
    }
  }

  private static String etagOf(long id) {
    return "\"" + Fixtures.count("select version from outbox_message where id = " + id) + "\"";
  }

  /** The value of a meter of the obligation requests in /q/metrics; 0 when not shown. */
  private static double meter(String name, String tag) {
    for (String line :
        given().get("/q/metrics").then().statusCode(200).extract().asString().split("\n")) {
      if (line.startsWith(name + "{")
          && line.contains("topic=\"" + TOPIC + "\"")
          && line.contains(tag)) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return 0;
  }

  /** Longer than two rounds of the sender (every second): what it would send, it has sent. */
  private static void pause() {
    try {
      Thread.sleep(2500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
