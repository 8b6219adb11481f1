package org.puente.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.puente.testing.KeycloakResource;
import org.puente.testing.TestTokens;

@QuarkusTest
class GatewayTest {

  private static final String TOKEN =
      "Bearer " + KeycloakResource.accessToken("pa-snm", "snm-officer");

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
            "Location",
            startsWith(KeycloakResource.issuer("pa-snm") + "/protocol/openid-connect/auth?"))
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
  void aProxiedAnswerCarriesTheRequestIdOnce() {
    // The service echoes the id it was given (as the real ones do); the caller sees it once.
    Response sent =
        given()
            .header("Authorization", TOKEN)
            .header("X-Request-Id", "req-once")
            .get("/api/v1/removals/echo-id");
    assertEquals(200, sent.statusCode());
    assertEquals(List.of("req-once"), sent.headers().getValues("X-Request-Id"));
    Response made = given().header("Authorization", TOKEN).get("/api/v1/removals/echo-id");
    assertEquals(1, made.headers().getValues("X-Request-Id").size());
    assertEquals(made.header("X-Request-Id"), made.jsonPath().getString("requestId"));
  }

  @Test
  void theCallersTraceGoesOnToTheServiceUnderTheGatewaysSpan() {
    String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
    String callerSpan = "00f067aa0ba902b7";
    String passedOn =
        given()
            .header("Authorization", TOKEN)
            .header("traceparent", "00-" + trace + "-" + callerSpan + "-00")
            .get("/api/v1/removals/traced")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("traceparent");
    // Same trace; the parent is now the gateway's own span, not the caller's.
    assertTrue(passedOn.matches("00-" + trace + "-[0-9a-f]{16}-0[01]"), "traceparent: " + passedOn);
    assertFalse(passedOn.contains(callerSpan), passedOn);
    // Without one from the caller, the gateway starts the trace and passes it on.
    String started =
        given()
            .header("Authorization", TOKEN)
            .get("/api/v1/removals/traced")
            .jsonPath()
            .getString("traceparent");
    assertTrue(started.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"), "traceparent: " + started);
  }

  @Test
  void eachProxiedCallIsTimedByRouteAndOutcome() {
    String success =
        "puente_gateway_upstream_seconds_count{backend=\"training\",outcome=\"success\"}";
    double before = metric(success);
    given().header("Authorization", TOKEN).get("/api/v1/training/timed").then().statusCode(200);
    assertEquals(before + 1, metric(success));
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("http_server_requests_seconds_count"))
        .body(
            containsString(
                "puente_gateway_upstream_seconds_count{backend=\"removals\",outcome=\"timeout\"}"));
  }

  private static double metric(String series) {
    String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
    return text.lines()
        .filter(l -> l.startsWith(series + " "))
        .mapToDouble(l -> Double.parseDouble(l.substring(series.length() + 1).trim()))
        .findFirst()
        .orElse(0);
  }

  @Test
  void anUnknownApiPathIsA404ProblemWithOrWithoutAToken() {
    for (String path : List.of("/api/v1/nothing-here", "/api/v1/trainingx/courses", "/api")) {
      given()
          .redirects()
          .follow(false)
          .header("Authorization", TOKEN)
          .get(path)
          .then()
          .statusCode(404)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:puente:problem:not-found"))
          .body("status", equalTo(404));
      given()
          .redirects()
          .follow(false)
          .accept("text/html")
          .get(path)
          .then()
          .statusCode(404)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:puente:problem:not-found"));
    }
  }

  @Test
  void forwardedForIsBelievedOnlyFromATrustedProxy() throws Exception {
    // A client at 127.0.0.1 that names another address in each request is still one address:
    // were the header believed, each request would have a bucket of its own and pass.
    int[] n = {0};
    Response spoofed =
        untilRefused(
            () ->
                given()
                    .header("Authorization", TOKEN)
                    .header("X-Forwarded-For", "203.0.113." + n[0]++)
                    .get("/api/v1/crowded/x"));
    spoofed.then().statusCode(429).header("Retry-After", matchesPattern("[1-9][0-9]*"));
    // Through the trusted proxy (127.0.0.2 here), each client the proxy names has its own bucket.
    Map<String, String> auth = Map.of("Authorization", TOKEN);
    for (String client : List.of("198.51.100.1", "198.51.100.2")) {
      for (int i = 0; i < 2; i++) {
        FromAddress.Answer answer =
            FromAddress.get(
                "127.0.0.2",
                gateway,
                "/api/v1/crowded/x",
                with(auth, "X-Forwarded-For", "1.1.1.1, " + client));
        assertEquals(200, answer.status(), client + " request " + i);
      }
    }
    FromAddress.Answer more = null;
    for (int i = 0; i < 10; i++) {
      more =
          FromAddress.get(
              "127.0.0.2",
              gateway,
              "/api/v1/crowded/x",
              with(auth, "X-Forwarded-For", "198.51.100.1"));
      if (more.status() == 429) {
        break;
      }
    }
    assertEquals(429, more.status(), "the proxy's client is limited as itself");
  }

  private static Map<String, String> with(Map<String, String> headers, String name, String value) {
    Map<String, String> all = new java.util.LinkedHashMap<>(headers);
    all.put(name, value);
    return all;
  }

  @Test
  void afterTheBurstTheCallerGets429WithRetryAfter() {
    String token = "Bearer " + KeycloakResource.accessToken("us-dhs", "dhs-auditor");
    for (int i = 0; i < 3; i++) {
      given().header("Authorization", token).get("/api/v1/limited/x").then().statusCode(200);
    }
    // 3 at once, then 1 a second: on a slow machine a token may come back meanwhile.
    Response limited =
        untilRefused(() -> given().header("Authorization", token).get("/api/v1/limited/x"));
    limited
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", matchesPattern("[1-9][0-9]*"));
    // Another caller has a bucket of their own.
    given()
        .header("Authorization", "Bearer " + KeycloakResource.accessToken("us-dos", "dos-auditor"))
        .get("/api/v1/limited/x")
        .then()
        .statusCode(200);
  }

  /** Sends until refused with 429 (at most 10 times): a limit's refill is never a failure. */
  private static Response untilRefused(java.util.function.Supplier<Response> send) {
    Response answer = send.get();
    for (int i = 0; i < 10 && answer.statusCode() != 429; i++) {
      assertEquals(200, answer.statusCode());
      answer = send.get();
    }
    return answer;
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
  void securityHeadersAndNoCorsForUnknownOrigins() throws Exception {
    given()
        .header("Authorization", TOKEN)
        .get("/api/v1/training/x")
        .then()
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "same-origin")
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("Strict-Transport-Security", nullValue());
    // X-Forwarded-Proto from a client is ignored; from the trusted proxy it marks HTTPS.
    given()
        .header("Authorization", TOKEN)
        .header("X-Forwarded-Proto", "https")
        .get("/api/v1/training/x")
        .then()
        .header("Strict-Transport-Security", nullValue());
    FromAddress.Answer viaIngress =
        FromAddress.get(
            "127.0.0.2",
            gateway,
            "/api/v1/training/x",
            Map.of("Authorization", TOKEN, "X-Forwarded-Proto", "https"));
    assertEquals(200, viaIngress.status());
    assertTrue(
        viaIngress.header("Strict-Transport-Security").get(0).startsWith("max-age="),
        viaIngress.headerLines().toString());
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
        .get("/openapi/training")
        .then()
        .statusCode(200)
        .body("info.title", equalTo("training"))
        .body("query", equalTo("format=json"));
    // Funding is reached at the partner's gateway, which serves its document at the same path.
    given()
        .get("/openapi/funding")
        .then()
        .statusCode(200)
        .body("info.title", equalTo("funding"))
        .body("path", equalTo("/openapi/funding"));
    given().get("/swagger-ui/").then().statusCode(200);
  }

  @Test
  void theCodeFlowLogsInAndThePortalsBackendCallCarriesTheAccessToken() throws Exception {
    HttpClient browser = signIn("snm-supervisor");
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
    assertEquals(KeycloakResource.issuer("pa-snm"), claims.getString("iss"));
    assertEquals("PA-SNM", claims.getString("agency"));
    assertEquals(null, echo.getString("cookie"), "no cookie reaches a service");
  }

  @Test
  void aSignedInUserOverTheirLimitGetsA429PageWithRetryAfter() throws Exception {
    HttpClient browser = signIn("snm-coordinator");
    HttpResponse<String> page = null;
    for (int i = 0; i < 30; i++) {
      page = get(browser, gateway, "text/html");
      if (page.statusCode() == 429) {
        break;
      }
      assertEquals(200, page.statusCode(), page.body());
    }
    assertEquals(429, page.statusCode(), "the limit is 5 at once, then 1 a second");
    assertTrue(page.headers().firstValue("Retry-After").orElseThrow().matches("[1-9][0-9]*"));
    assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    assertTrue(page.body().contains("Too many requests"), page.body());
    // Another user has a bucket of their own.
    HttpClient other = signIn("snm-auditor");
    assertEquals(200, get(other, gateway, "text/html").statusCode());
  }

  @Test
  void aBrowserAddressOverItsLimitGetsA429PageBeforeTheLogin() throws Exception {
    // A client behind the trusted proxy, not signed in: 302 to the login until its limit.
    Map<String, String> headers = Map.of("Accept", "text/html", "X-Forwarded-For", "192.0.2.99");
    FromAddress.Answer answer = null;
    for (int i = 0; i < 40; i++) {
      answer = FromAddress.get("127.0.0.2", gateway, "/portal/cases", headers);
      if (answer.status() == 429) {
        break;
      }
      assertEquals(302, answer.status());
    }
    assertEquals(429, answer.status(), "the limit is 30 at once, then 1 a second");
    assertTrue(answer.header("Retry-After").get(0).matches("[1-9][0-9]*"));
    assertTrue(answer.header("Content-Type").get(0).startsWith("text/html"));
    assertTrue(answer.body().contains("Too many requests"), answer.body());
    // Another address behind the same proxy is not held back.
    assertEquals(
        302,
        FromAddress.get(
                "127.0.0.2",
                gateway,
                "/portal/cases",
                Map.of("Accept", "text/html", "X-Forwarded-For", "192.0.2.100"))
            .status());
  }

  private HttpClient signIn(String username) throws Exception {
    return Browser.signIn(gateway, username);
  }

  private static HttpResponse<String> get(HttpClient client, URI uri, String accept)
      throws Exception {
    return Browser.get(client, uri, accept);
  }
}
