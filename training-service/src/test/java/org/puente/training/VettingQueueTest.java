package org.puente.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.puente.training.Fixtures.DHS_COORDINATOR;
import static org.puente.training.Fixtures.SNM_COORDINATOR;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The coordinators' queue of vetting running out: officers whose cleared vetting expires before the
 * day asked, and no others; a day that does not read is a 400 problem.
 */
@QuarkusTest
class VettingQueueTest {

  /** Every officer of the queue, page after page: id to the vetting's expiry. */
  private static Map<Long, String> expiring(String token, String query) {
    Map<Long, String> expiries = new HashMap<>();
    String cursor = null;
    do {
      JsonPath page =
          given()
              .header("Authorization", token)
              .get(
                  "/api/v1/training/officers?limit=200&"
                      + query
                      + (cursor == null ? "" : "&cursor=" + cursor))
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      List<Map<String, Object>> items = page.getList("items");
      for (Map<String, Object> item : items) {
        expiries.put(
            ((Number) item.get("id")).longValue(), String.valueOf(item.get("vettingExpiresOn")));
      }
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    return expiries;
  }

  @Test
  void theQueueIsTheClearedVettingExpiringBeforeTheDay() {
    LocalDate today = LocalDate.now();
    long soon = Fixtures.officer(SNM_COORDINATOR);
    Fixtures.vet(soon, "CLEARED", today.plusDays(20));
    long later = Fixtures.officer(SNM_COORDINATOR);
    Fixtures.vet(later, "CLEARED", today.plusYears(1));
    long denied = Fixtures.officer(SNM_COORDINATOR);
    Fixtures.vet(denied, "DENIED", null);
    long pending = Fixtures.officer(SNM_COORDINATOR);

    Map<Long, String> queue =
        expiring(DHS_COORDINATOR, "vettingExpiringBefore=" + today.plusDays(61));

    assertEquals(today.plusDays(20).toString(), queue.get(soon));
    assertFalse(queue.containsKey(later), "expires after the day");
    assertFalse(queue.containsKey(denied), "a denial does not expire");
    assertFalse(queue.containsKey(pending), "nothing cleared yet");
    // With the agency asked, the same queue narrowed to it.
    assertTrue(
        expiring(DHS_COORDINATOR, "agency=PA-SNM&vettingExpiringBefore=" + today.plusDays(61))
            .containsKey(soon));
    assertFalse(
        expiring(DHS_COORDINATOR, "agency=US-DHS&vettingExpiringBefore=" + today.plusDays(61))
            .containsKey(soon));
  }

  @Test
  void aDayThatDoesNotReadIsAProblemNamingTheParameter() {
    given()
        .header("Authorization", DHS_COORDINATOR)
        .get("/api/v1/training/officers?vettingExpiringBefore=next-month")
        .then()
        .statusCode(400)
        .contentType(containsString("application/problem+json"))
        .body("errors[0].field", equalTo("vettingExpiringBefore"));
  }
}
