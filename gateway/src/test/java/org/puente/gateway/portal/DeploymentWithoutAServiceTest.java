package org.puente.gateway.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.puente.gateway.GatewayConfig;
import org.puente.removals.api.CaseStatistics;
import org.puente.removals.api.FlagRequest;
import org.puente.removals.api.FlagType;
import org.puente.training.api.CourseView;

/**
 * The State Department's deployment runs only the gateway and funding-service: the portal's pages
 * of the other services do not exist there, and a dashboard panel of theirs is never asked for.
 */
class DeploymentWithoutAServiceTest {

  private final GatewayConfig fundingOnly =
      new GatewayConfig() {
        @Override
        public Map<String, Route> routes() {
          return Map.of(
              "funding", route("/api/v1/funding", "http://127.0.0.1:9"),
              "removals", route("/api/v1/removals", null),
              "training", route("/api/v1/training", null));
        }

        @Override
        public Optional<List<String>> trustedProxies() {
          return Optional.empty();
        }
      };

  @Test
  void onlyTheServicesRunHereAreReached() {
    assertTrue(Backend.runs(fundingOnly, "/api/v1/funding/budget-lines?limit=50"));
    assertFalse(Backend.runs(fundingOnly, "/api/v1/removals/statistics/cases"));
    assertFalse(Backend.runs(fundingOnly, "/api/v1/training/sessions?limit=5"));
    assertFalse(Backend.runs(fundingOnly, "/api/v1/fundingx/anything"));
  }

  @Test
  void aCallToAServiceNotRunHereIsA404NotAFailure() {
    Backend backend =
        new Backend(
            fundingOnly, null, new ObjectMapper(), null, new Outages(), Duration.ofSeconds(3));
    var cases = backend.read("/api/v1/removals/statistics/cases", CaseStatistics.class);
    var courses = backend.readPage("/api/v1/training/courses", CourseView.class);
    assertEquals(404, cases.answer().status());
    assertEquals(404, courses.answer().status());
    BackendProblem problem =
        assertThrows(
            BackendProblem.class,
            () ->
                backend.send(
                    "POST",
                    "/api/v1/removals/cases/1/flags",
                    new FlagRequest(FlagType.MEDICAL, "reason", null),
                    null,
                    "k"));
    assertEquals(404, problem.status());
  }

  @Test
  void anAnswerWithAFieldANewerVersionAddsIsStillRead() throws Exception {
    // A strict mapper, as a default one is: the portal ignores what it does not know anyway.
    ObjectMapper strict = new ObjectMapper().findAndRegisterModules();
    Backend backend =
        new Backend(fundingOnly, null, strict, null, new Outages(), Duration.ofSeconds(3));
    var answer =
        strict.readTree(
            "{\"items\":[{\"id\":3,\"category\":\"CHARTER_FLIGHTS\",\"since\":\"v2\"}],"
                + "\"nextCursor\":null,\"total\":1}");
    org.puente.common.paging.Page<org.puente.funding.api.BudgetLineView> page =
        backend.as(
            answer,
            strict
                .getTypeFactory()
                .constructParametricType(
                    org.puente.common.paging.Page.class,
                    org.puente.funding.api.BudgetLineView.class));
    assertEquals(3, page.items().get(0).id());
    assertEquals(
        org.puente.funding.api.BudgetCategory.CHARTER_FLIGHTS, page.items().get(0).category());
  }

  private static GatewayConfig.Route route(String prefix, String url) {
    return new GatewayConfig.Route() {
      @Override
      public String prefix() {
        return prefix;
      }

      @Override
      public Optional<URI> url() {
        return Optional.ofNullable(url).map(URI::create);
      }

      @Override
      public Optional<URI> partner() {
        return Optional.empty();
      }

      @Override
      public Optional<String> agency() {
        return Optional.empty();
      }

      @Override
      public Duration timeout() {
        return Duration.ofSeconds(1);
      }

      @Override
      public Duration connectTimeout() {
        return Duration.ofSeconds(1);
      }

      @Override
      public int failuresToOpen() {
        return 5;
      }

      @Override
      public Duration openFor() {
        return Duration.ofSeconds(5);
      }

      @Override
      public GatewayConfig.RateLimit perUser() {
        return null;
      }

      @Override
      public GatewayConfig.RateLimit perAddress() {
        return null;
      }
    };
  }
}
