package org.puente.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.common.MapBackedConfigSource;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What kind of trust violation a refused token is, read from the tenants' configuration. */
class TrustViolationsTest {

  private static final String SNM = "https://login.snm.example/realms/pa-snm";
  private static final String DHS = "https://login.dhs.example/realms/us-dhs";

  private final TrustViolations violations =
      new TrustViolations(
          new SmallRyeConfigBuilder()
              .withSources(
                  new MapBackedConfigSource(
                      "tenants",
                      Map.of(
                          "quarkus.oidc.pa-snm.token.issuer",
                          SNM,
                          "quarkus.oidc.pa-snm.token.required-claims.agency",
                          "PA-SNM",
                          "quarkus.oidc.us-dhs.token.issuer",
                          DHS,
                          "quarkus.oidc.us-dhs.token.required-claims.agency",
                          "US-DHS")) {})
              .build());

  @Test
  void eachKindIsNamed() {
    assertEquals("not a readable JWT", violations.kind("opaque"));
    assertEquals(
        "issuer not trusted", violations.kind(jwt(claims("https://evil.example", "PA-SNM"))));
    assertEquals(
        "agency claim is not its issuer's agency", violations.kind(jwt(claims(DHS, "PA-SNM"))));
    assertEquals(
        "not an access token", violations.kind(jwt(claims(SNM, "PA-SNM").put("typ", "ID"))));
    assertEquals(
        "not addressed to puente",
        violations.kind(jwt(claims(SNM, "PA-SNM").put("aud", "another-app"))));
    assertEquals(
        "expired",
        violations.kind(
            jwt(
                claims(SNM, "PA-SNM")
                    .put("exp", Instant.now().minusSeconds(60).getEpochSecond()))));
    assertEquals("signature or claims do not verify", violations.kind(jwt(claims(DHS, "US-DHS"))));
  }

  private static JsonObject claims(String issuer, String agency) {
    return new JsonObject()
        .put("iss", issuer)
        .put("agency", agency)
        .put("typ", "Bearer")
        .put("aud", new io.vertx.core.json.JsonArray().add("puente"))
        .put("exp", Instant.now().plusSeconds(300).getEpochSecond());
  }

  private static String jwt(JsonObject claims) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + b64.encodeToString(claims.encode().getBytes(StandardCharsets.UTF_8))
        + ".c2ln";
  }
}
