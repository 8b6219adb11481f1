package org.puente.integration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.puente.common.money.Money;
import org.puente.common.security.Agency;
import org.puente.funding.api.AgreementRequest;
import org.puente.funding.api.BudgetCategory;
import org.puente.funding.api.BudgetLineRequest;
import org.puente.removals.api.OperationKind;
import org.puente.removals.api.OperationPlanRequest;
import org.puente.testing.ApiJson;
import org.puente.testing.Eventually;
import org.puente.testing.Steps;

/**
 * What an operator sees of the deployment as it runs in production: one trace followed through the
 * logs from the gateway to the partner's service, the gateway's metrics, and no public Swagger UI.
 * Reads the logs the parts wrote (JSON in production, as here), whatever their format: a trace id
 * is the only 32-hex-digit token of a line.
 */
@Order(7)
class ObservabilityIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("America/Panama"));
  private static final Pattern TRACE_ID = Pattern.compile("\\b(?!0{32})[0-9a-f]{32}\\b");

  private static Suite suite;
  private static Steps steps;
  private static long line;

  @BeforeAll
  static void start() {
    suite = Suite.shared();
    steps = suite.steps;
    // The crash tests before this one restart the services: wait until both answer through the
    // gateway again (its circuit breakers close once a call gets through).
    Eventually.within(
        PATIENCE,
        () -> {
          given()
              .header("Authorization", Suite.bearer("dos-budget"))
              .get(suite.url("/api/v1/funding/agreements"))
              .then()
              .statusCode(200);
          given()
              .header("Authorization", Suite.bearer("snm-supervisor"))
              .get(suite.url("/api/v1/removals/operations"))
              .then()
              .statusCode(200);
        });
    long agreement =
        Steps.id(
            steps.post(
                "dos-budget",
                "/api/v1/funding/agreements",
                new AgreementRequest(
                    "PA-TRACE-" + UUID.randomUUID().toString().substring(0, 8),
                    "Removal flights, traced",
                    Agency.PA_SNM,
                    "019-X-1143-000",
                    Money.usd("1000000.00"),
                    TODAY.minusMonths(1),
                    TODAY.plusYears(1))));
    line =
        Steps.id(
            steps.post(
                "dos-budget",
                "/api/v1/funding/agreements/" + agreement + "/budget-lines",
                new BudgetLineRequest(
                    BudgetCategory.CHARTER_FLIGHTS, null, Money.usd("500000.00"))));
  }

  /**
   * A charter planned at PA-SNM's gateway with funding asked: the gateway's access line, the
   * deportation-service lines of that request, and funding-service's lines of the obligation the
   * outbox asked for later, in the background, all carry one trace id; the gateway's and the
   * service's lines of the request also carry its request id.
   */
  @Test
  void oneTraceIdFollowsAPlannedCharterFromTheGatewayToItsObligation() {
    String requestId = "trace-it-" + UUID.randomUUID();
    long operation =
        given()
            .header("Authorization", Suite.bearer("snm-supervisor"))
            .header("X-Request-Id", requestId)
            .contentType(ContentType.JSON)
            .body(
                ApiJson.write(
                    new OperationPlanRequest(
                        OperationKind.CHARTER,
                        "CO",
                        "BOG",
                        Instant.now().plus(3, ChronoUnit.DAYS),
                        100,
                        null,
                        Money.usd("40000.00"),
                        line)))
            .post(suite.gateway.url() + "/api/v1/removals/operations")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    Eventually.within(
        PATIENCE,
        () ->
            assertEquals(
                "FUNDED",
                steps
                    .get("snm-supervisor", "/api/v1/removals/operations/" + operation)
                    .jsonPath()
                    .getString("status")));

    List<String> atGateway = linesWith(log("gateway"), requestId);
    assertFalse(atGateway.isEmpty(), "the gateway logged the request " + requestId);
    Set<String> traces = traceIds(atGateway);
    assertEquals(1, traces.size(), "one trace id on the gateway's lines: " + atGateway);
    String trace = traces.iterator().next();

    // The service's lines of the same request: the same request id and the same trace id.
    List<String> atService = linesWith(log("deportation-service"), requestId);
    assertFalse(atService.isEmpty(), "deportation-service logged the request " + requestId);
    assertEquals(Set.of(trace), traceIds(atService), "deportation-service: " + atService);

    // The obligation was asked for by the outbox, in the background, in the same trace.
    Eventually.within(
        Duration.ofSeconds(10),
        () ->
            assertTrue(
                linesWith(log("funding-service"), trace).stream()
                    .anyMatch(l -> l.contains("POST /api/v1/funding/obligations")),
                "funding-service logged the obligation's request in trace " + trace));
  }

  /** The gateway's Prometheus metrics: HTTP server metrics and the time of each proxied call. */
  @Test
  void theGatewayPublishesItsHttpAndUpstreamMetrics() {
    given()
        .header("Authorization", Suite.bearer("snm-supervisor"))
        .get(suite.gateway.url() + "/api/v1/removals/operations")
        .then()
        .statusCode(200);
    given()
        .get(suite.gateway.url() + "/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("http_server_requests_seconds_count"))
        .body(
            containsString(
                "puente_gateway_upstream_seconds_count{backend=\"removals\",outcome=\"success\"}"))
        .body(containsString("outcome=\"circuit_open\""));
  }

  /** Swagger UI is off in production unless the operator turns it on; the documents stay. */
  @Test
  void swaggerUiIsNotServedInProduction() {
    given().get(suite.gateway.url() + "/swagger-ui/").then().statusCode(404);
    given().get(suite.gateway.url() + "/openapi/removals").then().statusCode(200);
  }

  private static Path log(String module) {
    return Path.of(System.getProperty("puente.logs", "integration/target/service-logs"))
        .resolve(module + ".log");
  }

  private static List<String> linesWith(Path log, String text) {
    try {
      return Files.readAllLines(log).stream().filter(l -> l.contains(text)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> traceIds(List<String> lines) {
    return lines.stream()
        .flatMap(
            l -> {
              Matcher m = TRACE_ID.matcher(l);
              return m.results().map(r -> r.group());
            })
        .collect(Collectors.toSet());
  }
}
