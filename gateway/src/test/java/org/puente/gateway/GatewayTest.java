package org.puente.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.puente.testing.KeycloakResource;
import org.puente.testing.TestTokens;

@QuarkusTest
class GatewayTest {

  private static final String TOKEN = "Bearer " + KeycloakResource.accessToken("snm-officer");

  @TestHTTPResource("/")
  URI gateway;

  @Test
  void eachPrefixIsRoutedWithPathQueryAndBodyIntact() {
    for (String service : List.of("training", "removals", "funding")) {
      given()
          .urlEncodingEnabled(false)
          .header("Authorization", TOKEN)
          .contentType("application/json")
          .body("{\"name\":\"Ana\",\"n\":[1,2]}")
          .post("/api/v1/" + service + "/things/42?a=1&b=x%20y&c=%C3%B1")
          .then()
          .statusCode(200)
          .body("service", equalTo(service))
          .body("method", equalTo("POST"))
          .body("path", equalTo("/api/v1/" + service + "/things/42"))
          .body("query", equalTo("a=1&b=x%20y&c=%C3%B1"))
          .body("body", equalTo("{\"name\":\"Ana\",\"n\":[1,2]}"));
    }
  }

  @Test
  void theBearerTokenIsRelayedByteForByte() {
    given()
        .header("Authorization", TOKEN)
        .get("/api/v1/removals/cases")
        .then()
        .statusCode(200)
        .body("authorization", equalTo(TOKEN))
        .body("cookie", nullValue());
  }

  @Test
  void anApiPathWithoutTokenIs401Problem() {
    given()
        .get("/api/v1/training/courses")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", startsWith("Bearer"))
        .body("status", equalTo(401));
    given()
        .header("Authorization", TestTokens.user("x").agency("PA-SNM").expired().bearer())
        .get("/api/v1/training/courses")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given()
        .header("Authorization", TestTokens.user("x").agency("PA-SNM").badSignature().bearer())
        .get("/api/v1/training/courses")
        .then()
        .statusCode(401);
  }

  @Test
  void aBrowserOnThePortalIsSentToTheLogin() {
    given()
        .redirects()
        .follow(false)
        .accept("text/html")
        .get("/")
        .then()
        .statusCode(302)
        .header(
            "Location", startsWith(KeycloakResource.issuer() + "/protocol/openid-connect/auth?"))
        .header("Location", containsString("client_id=puente-gateway"))
        .header("Location", containsString("code_challenge_method=S256"));
  }

  @Test
  void theRequestIdIsKeptPassedOnAndEchoed() {
    given()
        .header("Authorization", TOKEN)
        .header("X-Request-Id", "req-123")
        .get("/api/v1/training/x")
        .then()
        .header("X-Request-Id", "req-123")
        .body("requestId", equalTo("req-123"));
    Response made = given().header("Authorization", TOKEN).get("/api/v1/training/x");
    made.then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    assertEquals(made.header("X-Request-Id"), made.jsonPath().getString("requestId"));
  }

  @Test
  void afterTheBurstTheCallerGets429WithRetryAfter() {
    String token = "Bearer " + KeycloakResource.accessToken("dhs-auditor");
    for (int i = 0; i < 3; i++) {
      given().header("Authorization", token).get("/api/v1/limited/x").then().statusCode(200);
    }
    given()
        .header("Authorization", token)
        .get("/api/v1/limited/x")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", matchesPattern("[1-9][0-9]*"));
    // Another caller has a bucket of their own.
    given()
        .header("Authorization", "Bearer " + KeycloakResource.accessToken("dos-auditor"))
        .get("/api/v1/limited/x")
        .then()
        .statusCode(200);
  }

  @Test
  void aSlowBackendIsCutOffAtItsTimeout() {
    given()
        .header("Authorization", TOKEN)
        .get("/api/v1/removals/hold")
        .then()
        .statusCode(504)
        .contentType("application/problem+json")
        .body("detail", equalTo("The removals service did not answer in time"));
  }

  @Test
  void aStoppedBackendIsAnsweredQuicklyAndTheGatewayIsNotReady() {
    given().get("/q/health/ready").then().body("checks[0].data.training", equalTo("UP"));
    BackendStubs.stop("spare");
    long start = System.nanoTime();
    given()
        .header("Authorization", TOKEN)
        .get("/api/v1/spare/anything")
        .then()
        .statusCode(502)
        .contentType("application/problem+json")
        .body("detail", equalTo("The spare service cannot be reached"));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 1000, "answered in " + millis + " ms, within the 1 s timeout");
    // After repeated failures the route's circuit opens: answered at once with 503.
    int status = 0;
    for (int i = 0; i < 10 && status != 503; i++) {
      status = given().header("Authorization", TOKEN).get("/api/v1/spare/anything").statusCode();
    }
    assertEquals(503, status, "the circuit opened");
    given()
        .header("Authorization", TOKEN)
        .get("/api/v1/spare/anything")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:puente:problem:unavailable"));
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(503)
        .body("checks[0].data.spare", equalTo("DOWN"))
        .body("checks[0].data.training", equalTo("UP"));
  }

  @Test
  void aBodyOverTheLimitIs413BeforeItIsRead() {
    given()
        .header("Authorization", TOKEN)
        .contentType("application/json")
        .body("{\"x\":\"" + "y".repeat(2 * 1024 * 1024) + "\"}")
        .post("/api/v1/training/courses")
        .then()
        .statusCode(413)
        .contentType("application/problem+json");
  }

  @Test
  void securityHeadersAndNoCorsForUnknownOrigins() {
    given()
        .header("Authorization", TOKEN)
        .get("/api/v1/training/x")
        .then()
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "same-origin")
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("Strict-Transport-Security", nullValue());
    given()
        .header("Authorization", TOKEN)
        .header("X-Forwarded-Proto", "https")
        .get("/api/v1/training/x")
        .then()
        .header("Strict-Transport-Security", startsWith("max-age="));
    given()
        .header("Origin", "https://evil.example")
        .header("Access-Control-Request-Method", "GET")
        .options("/api/v1/training/x")
        .then()
        .header("Access-Control-Allow-Origin", nullValue());
  }

  @Test
  void eachServicesOpenApiIsServedAndListed() {
    given()
        .get("/openapi/funding")
        .then()
        .statusCode(200)
        .body("info.title", equalTo("funding"))
        .body("query", equalTo("format=json"));
    given().get("/swagger-ui/").then().statusCode(200);
  }

  @Test
  void theCodeFlowLogsInAndThePortalsBackendCallCarriesTheAccessToken() throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new LoopbackCookies())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    // 1. The portal sends the browser to Keycloak, which shows its login form.
    HttpResponse<String> page = get(browser, gateway, "text/html");
    assertEquals(302, page.statusCode());
    HttpResponse<String> form =
        get(browser, URI.create(page.headers().firstValue("Location").orElseThrow()), "text/html");
    assertEquals(200, form.statusCode());
    Matcher action =
        Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"").matcher(form.body());
    assertTrue(action.find(), "a login form");
    // 2. The supervisor signs in; Keycloak sends them back to the gateway with a code.
    HttpResponse<String> back =
        browser.send(
            HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=snm-supervisor&password=demo&credentialId="))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(302, back.statusCode(), back.body());
    URI callback = URI.create(back.headers().firstValue("Location").orElseThrow());
    assertEquals(gateway.getPort(), callback.getPort());
    // 3. The gateway exchanges the code, opens a session and returns to the page asked for.
    HttpResponse<String> session = get(browser, callback, "text/html");
    assertTrue(
        session.statusCode() == 302 || session.statusCode() == 200,
        "callback: " + session.statusCode());
    HttpResponse<String> home = get(browser, gateway, "text/html");
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains("snm-supervisor"), home.body());
    // 4. A portal request to a service: the session's access token goes in Authorization.
    HttpResponse<String> api =
        get(browser, gateway.resolve("/api/v1/training/courses"), "application/json");
    assertEquals(200, api.statusCode(), api.body());
    JsonObject echo = new JsonObject(api.body());
    String relayed = echo.getString("authorization");
    assertTrue(relayed.startsWith("Bearer "), relayed);
    String payload = relayed.substring(7).split("\\.")[1];
    JsonObject claims =
        new JsonObject(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    assertEquals("snm-supervisor", claims.getString("preferred_username"));
    assertEquals(KeycloakResource.issuer(), claims.getString("iss"));
    assertEquals("PA-SNM", claims.getString("agency"));
    assertEquals(null, echo.getString("cookie"), "no cookie reaches a service");
  }

  private static HttpResponse<String> get(HttpClient client, URI uri, String accept)
      throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri).header("Accept", accept).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
