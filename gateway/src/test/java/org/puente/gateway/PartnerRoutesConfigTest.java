package org.puente.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.common.MapBackedConfigSource;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A deployment's routes from its environment, as the production profile reads them: a service at
 * the partner's gateway if PARTNER_<NAME>_URL is set, else the one run here (<NAME>_URL), else
 * none.
 */
class PartnerRoutesConfigTest {

  @Test
  void aPartnersGatewayIfNamedElseTheLocalServiceElseNothing() throws IOException {
    GatewayConfig config =
        prod(
            Map.of(
                "PARTNER_TRAINING_URL", "https://puente.us-dhs.example",
                "PARTNER_FUNDING_URL", "https://puente.us-dos.example",
                "PARTNER_REMOVALS_URL", "",
                "FUNDING_URL", "http://funding-service:8083",
                "REMOVALS_URL", "http://deportation-service:8082"));
    Map<String, GatewayConfig.Route> routes = GatewayConfig.running(config);
    assertEquals(
        URI.create("https://puente.us-dhs.example"),
        GatewayConfig.target(routes.get("training")).orElseThrow());
    assertEquals(
        URI.create("https://puente.us-dos.example"),
        GatewayConfig.target(routes.get("funding")).orElseThrow(),
        "the partner's gateway wins");
    assertEquals(
        URI.create("http://deportation-service:8082"),
        GatewayConfig.target(routes.get("removals")).orElseThrow(),
        "an empty partner URL is none");
    assertTrue(routes.get("training").partner().isPresent());
    assertFalse(routes.get("removals").partner().isPresent(), "run here");
    assertEquals("US-DHS", routes.get("training").agency().orElseThrow());
  }

  @Test
  void aServiceNeitherRunHereNorAtAPartnerHasNoRoute() throws IOException {
    GatewayConfig config = prod(Map.of("FUNDING_URL", "http://funding-service:8083"));
    assertEquals(
        java.util.Set.of("funding"), GatewayConfig.running(config).keySet(), "only funding");
  }

  private static GatewayConfig prod(Map<String, String> environment) throws IOException {
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withProfile("prod")
            .withMapping(GatewayConfig.class)
            .withConverter(Duration.class, 200, new DurationConverter())
            .withSources(
                new PropertiesConfigSource(
                    Path.of("src/main/resources/application.properties").toUri().toURL(), 250))
            .withSources(new MapBackedConfigSource("environment", environment, 300) {})
            .build();
    return config.getConfigMapping(GatewayConfig.class);
  }
}
