package org.puente.removals.retention;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.puente.common.idempotency.IdempotencyPurge;
import org.puente.common.outbox.OutboxPurge;
import org.puente.removals.Fixtures;
import org.puente.removals.TestClock;

/**
 * The purges of common, with the clock moved: an idempotency record replays inside its window and
 * is gone after it (the same key is then a new request); a delivered outbox message goes after its
 * days, an undelivered one never.
 */
@QuarkusTest
class RetentionPurgeTest {

  @Inject TestClock clock;
  @Inject IdempotencyPurge idempotency;
  @Inject OutboxPurge outbox;

  @AfterEach
  void realTime() {
    clock.reset();
  }

  private static Response create(String key, Object body) {
    return given()
        .header("Authorization", Fixtures.SNM_OFFICER)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(Fixtures.json(body))
        .post("/api/v1/removals/cases");
  }

  @Test
  void anIdempotencyKeyReplaysInsideItsWindowAndIsNewAfterIt() {
    String key = "purge-" + UUID.randomUUID();
    var body = Fixtures.caseBody("CO");
    long first = create(key, body).then().statusCode(201).extract().jsonPath().getLong("id");
    String owner = "caller = 'PA-SNM/snm-officer' and idem_key = '" + key + "'";

    clock.fix(Instant.now().plus(Duration.ofHours(23)));
    idempotency.purge();
    assertEquals(1, Fixtures.count("select count(*) from idempotency_record where " + owner));
    Response replay = create(key, body);
    replay.then().statusCode(201).header("Idempotent-Replayed", "true");
    assertEquals(first, replay.jsonPath().getLong("id"));

    clock.fix(Instant.now().plus(Duration.ofHours(25)));
    assertEquals(true, idempotency.count() >= 1);
    idempotency.purge();
    assertEquals(0, Fixtures.count("select count(*) from idempotency_record where " + owner));
    long second = create(key, body).then().statusCode(201).extract().jsonPath().getLong("id");
    assertNotEquals(first, second, "after the window the key is a new request");
  }

  @Test
  void deliveredOutboxMessagesGoAfterTheirDaysUndeliveredNever() {
    String topic = "purge-test-" + UUID.randomUUID();
    Fixtures.execute(
        "insert into outbox_message (id, topic, idem_key, payload, next_attempt_at, created_at,"
            + " delivered_at) values"
            + " (nextval('outbox_message_seq'), '"
            + topic
            + "', 'd1', '{}', now(), now(), now()),"
            + " (nextval('outbox_message_seq'), '"
            + topic
            + "', 'u1', '{}',"
            + " now() + interval '1000 days', now(), null)");
    String mine = "select count(*) from outbox_message where topic = '" + topic + "'";

    clock.fix(Instant.now().plus(Duration.ofDays(6)));
    outbox.purge();
    assertEquals(2, Fixtures.count(mine));

    clock.fix(Instant.now().plus(Duration.ofDays(8)));
    outbox.purge();
    assertEquals(1, Fixtures.count(mine));
    assertEquals(1, Fixtures.count(mine + " and delivered_at is null"));
    Fixtures.execute("delete from outbox_message where topic = '" + topic + "'");
  }
}
