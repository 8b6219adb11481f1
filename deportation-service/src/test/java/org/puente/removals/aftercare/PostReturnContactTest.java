package org.puente.removals.aftercare;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.puente.removals.Fixtures;
import org.puente.removals.api.PostReturnContactRequest;

/** Contact after return: only for a REMOVED person, by the owning agency's staff. */
@QuarkusTest
class PostReturnContactTest {

  private static final LocalDate TODAY = LocalDate.now(Fixtures.PANAMA);

  private static String path(long caseId) {
    return "/api/v1/removals/cases/" + caseId + "/post-return-contacts";
  }

  private static Response record(String token, long caseId, PostReturnContactRequest body) {
    return given()
        .header("Authorization", token)
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .contentType(ContentType.JSON)
        .body(Fixtures.json(body))
        .post(path(caseId));
  }

  @Test
  void recordedForARemovedPersonOnly() {
    long open = Fixtures.openCase("CO");
    long removed = Fixtures.openCase("CO");
    Fixtures.execute(
        "update removal_case set status = 'REMOVED', removed_on = date '"
            + TODAY.minusDays(20)
            + "' where id = "
            + removed);
    PostReturnContactRequest concerns =
        new PostReturnContactRequest(TODAY.minusDays(3), true, true, "Threatened by a gang");
    record(Fixtures.SNM_OFFICER, open, concerns)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("REMOVED"));
    record(Fixtures.SNM_OFFICER, removed, concerns)
        .then()
        .statusCode(201)
        .header("Cache-Control", containsString("no-store"))
        .body("reached", equalTo(true))
        .body("concernsReported", equalTo(true))
        .body("recordedBy", equalTo("snm-officer"));
    // Concerns from someone not reached, text without concerns, before the removal: 400.
    record(
            Fixtures.SNM_OFFICER,
            removed,
            new PostReturnContactRequest(TODAY.minusDays(2), false, true, null))
        .then()
        .statusCode(400)
        .body(containsString("concernsReported"));
    record(
            Fixtures.SNM_OFFICER,
            removed,
            new PostReturnContactRequest(TODAY.minusDays(2), true, false, "text"))
        .then()
        .statusCode(400);
    record(
            Fixtures.SNM_OFFICER,
            removed,
            new PostReturnContactRequest(TODAY.minusDays(30), false, false, null))
        .then()
        .statusCode(400)
        .body(containsString("contactedOn"));
    record(
            Fixtures.SNM_SUPERVISOR,
            removed,
            new PostReturnContactRequest(TODAY.minusDays(1), false, false, null))
        .then()
        .statusCode(201);
    given()
        .header("Authorization", Fixtures.SNM_AUDITOR)
        .get(path(removed))
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(2))
        .body("items[1].reached", equalTo(false));
    // Another agency: US-DOS never, US-DHS without a grant does not see the case.
    given().header("Authorization", Fixtures.DOS_FUNDING).get(path(removed)).then().statusCode(403);
    given().header("Authorization", Fixtures.DHS_ADVISOR).get(path(removed)).then().statusCode(404);
    record(
            Fixtures.DOS_SUPERVISOR,
            removed,
            new PostReturnContactRequest(TODAY.minusDays(1), false, false, null))
        .then()
        .statusCode(403);
  }
}
