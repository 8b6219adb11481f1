package org.puente.gateway.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.puente.gateway.BackendStubs;
import org.puente.gateway.Browser;

/**
 * A PA-SNM portal whose partners are away: funding (reached at the State Department's gateway, here
 * a port that refuses connections) and training (the partner's gateway answering 503). Only their
 * panels turn into a notice naming the agency, in the reader's language; the rest of each page
 * renders, and the gateway stays ready: a partner is not this deployment's readiness.
 */
@QuarkusTest
class PartnerAwayTest {

  private static final String DOS_AWAY =
      "State Department&#39;s service is unavailable right now; the rest of this page works.";
  private static final String DOS_AWAY_ES =
      "El servicio del Departamento de Estado no está disponible en este momento; el resto de esta"
          + " página funciona.";
  private static final String DHS_AWAY =
      "DHS&#39;s service is unavailable right now; the rest of this page works.";

  @TestHTTPResource("/")
  URI gateway;

  @Test
  void aPartnerAwayBlanksOnlyItsOwnPanelsAndTheGatewayStaysReady() throws Exception {
    BackendStubs.restart("spare"); // another test stops it; here every service run here is up
    HttpClient browser = Browser.signIn(gateway, "snm-supervisor");
    BackendStubs.stop("funding");
    try {
      HttpResponse<String> home = Browser.page(browser, gateway);
      assertEquals(200, home.statusCode(), home.body());
      String page = home.body();
      // The header says whose portal it is and where the user signed in from.
      assertTrue(page.contains("id=\"home-agency\" data-agency=\"PA-SNM\""), page);
      assertTrue(page.contains("id=\"agency\" data-agency=\"PA-SNM\""), page);
      // The funds panel names the State Department; removals and training are drawn.
      assertTrue(page.contains("data-unavailable=\"funding\">" + DOS_AWAY), page);
      assertFalse(page.contains("data-unavailable=\"removals\""), page);
      assertFalse(page.contains("data-unavailable=\"training\""), page);
      assertTrue(page.contains("id=\"chart-cases\""), "the cases chart");
      assertTrue(page.contains("id=\"upcoming-sessions\"") || page.contains("id=\"sessions-h\""));

      // The funding section: the notice, and the page around it.
      HttpResponse<String> funding = Browser.page(browser, gateway.resolve("/portal/funding"));
      assertEquals(200, funding.statusCode(), funding.body());
      assertTrue(funding.body().contains("data-unavailable=\"funding\">" + DOS_AWAY));
      assertTrue(funding.body().contains("class=\"main-nav\""));

      // Planning an operation (removals, run here) still works without a funding line.
      HttpResponse<String> plan = Browser.page(browser, gateway.resolve("/portal/operations/new"));
      assertEquals(200, plan.statusCode(), plan.body());
      assertTrue(plan.body().contains("id=\"plan-form\""));
      assertTrue(plan.body().contains("data-unavailable=\"funding\">" + DOS_AWAY));

      // In Spanish too.
      HttpResponse<String> spanish =
          Browser.page(browser, gateway.resolve("/portal/funding"), "es");
      assertEquals(200, spanish.statusCode(), spanish.body());
      assertTrue(spanish.body().contains(DOS_AWAY_ES), spanish.body());

      // Ready: the services run here answer; funding is a partner's, not waited for.
      given()
          .get("/q/health/ready")
          .then()
          .statusCode(200)
          .body("status", equalTo("UP"))
          .body("checks[0].data.funding", equalTo("PARTNER"))
          .body("checks[0].data.removals", equalTo("UP"));
    } finally {
      BackendStubs.restart("funding");
    }
  }

  @Test
  void aPartnersGatewayAnswering503BlanksOnlyThatPartnersPanels() throws Exception {
    HttpClient browser = Browser.signIn(gateway, "snm-auditor");
    BackendStubs.answer("training", 503);
    try {
      HttpResponse<String> home = Browser.page(browser, gateway);
      assertEquals(200, home.statusCode(), home.body());
      assertTrue(home.body().contains("data-unavailable=\"training\">" + DHS_AWAY), home.body());
      assertFalse(home.body().contains("data-unavailable=\"funding\""), home.body());
      assertFalse(home.body().contains("data-unavailable=\"removals\""), home.body());
      HttpResponse<String> training = Browser.page(browser, gateway.resolve("/portal/training"));
      assertEquals(200, training.statusCode(), training.body());
      assertTrue(training.body().contains("data-unavailable=\"training\">" + DHS_AWAY));
    } finally {
      BackendStubs.answer("training", 0);
    }
  }
}
