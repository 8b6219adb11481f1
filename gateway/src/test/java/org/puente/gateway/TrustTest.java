package org.puente.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.puente.testing.KeycloakResource;
import org.puente.testing.TestTokens;

/**
 * The gateway of PA-SNM trusts the three agencies' realms, each for its own agency only, and access
 * tokens addressed to "puente" only: everything else is 401 at the gateway, before anything is
 * proxied (the service behind sees no request), and logged as a trust violation without the token.
 * A partner's user's token is accepted as it is and relayed unchanged. The tokens are real Keycloak
 * tokens, verified for real.
 */
@QuarkusTest
class TrustTest {

  private static final String ROUTE = "/api/v1/training/courses";

  private final List<String> logged = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          synchronized (logged) {
            logged.add(String.valueOf(record.getMessage()) + " " + List.of(params(record)));
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private static Object[] params(LogRecord record) {
    return record.getParameters() == null ? new Object[0] : record.getParameters();
  }

  @BeforeEach
  void listen() {
    Logger.getLogger("org.puente.trust").addHandler(capture);
  }

  @AfterEach
  void stopListening() {
    Logger.getLogger("org.puente.trust").removeHandler(capture);
  }

  @Test
  void aPartnersUserTokenIsAcceptedAndRelayedUnchanged() {
    for (String[] user :
        List.of(
            new String[] {"us-dhs", "dhs-coordinator"},
            new String[] {"us-dos", "dos-budget"},
            new String[] {"pa-snm", "snm-officer"})) {
      String token = "Bearer " + KeycloakResource.accessToken(user[0], user[1]);
      given()
          .header("Authorization", token)
          .header("X-Request-Id", "req-partner-" + user[0])
          .get(ROUTE)
          .then()
          .statusCode(200)
          .body("authorization", equalTo(token))
          .body("requestId", equalTo("req-partner-" + user[0]));
    }
  }

  @Test
  void eachAttackIs401BeforeProxyingAndLoggedWithoutTheToken() {
    Map<String, String> attacks = new LinkedHashMap<>();
    // An issuer not on the list: Keycloak's own master realm (well signed), and a stranger.
    attacks.put("untrusted realm", KeycloakResource.untrustedRealmToken());
    attacks.put(
        "unknown issuer",
        TestTokens.user("x").agency("PA-SNM").issuer("https://evil.example/realms/pa-snm").token());
    // A realm speaking for another agency: signed by the realm itself through a client of its
    // own (as a realm misconfigured or taken over would), the home realm and a partner's.
    KeycloakResource.addClient("pa-snm", "claims-us-dos", "US-DOS", "puente");
    String homeAsDos = KeycloakResource.accessToken("pa-snm", "snm-officer", "claims-us-dos");
    assertClaims(homeAsDos, KeycloakResource.issuer("pa-snm"), "US-DOS");
    attacks.put("home realm claiming US-DOS", homeAsDos);
    KeycloakResource.addClient("us-dhs", "claims-pa-snm", "PA-SNM", "puente");
    String dhsAsSnm = KeycloakResource.accessToken("us-dhs", "dhs-advisor", "claims-pa-snm");
    assertClaims(dhsAsSnm, KeycloakResource.issuer("us-dhs"), "PA-SNM");
    attacks.put("partner realm claiming PA-SNM", dhsAsSnm);
    // A real home token with its agency rewritten (the signature no longer holds), and one minted
    // with a key of our own for the home issuer.
    attacks.put(
        "forged agency",
        withClaim(KeycloakResource.accessToken("pa-snm", "snm-officer"), "agency", "US-DOS"));
    attacks.put(
        "minted for the home issuer",
        TestTokens.user("x").agency("US-DOS").issuer(KeycloakResource.issuer("pa-snm")).token());
    // ID tokens, a partner's and the home realm's own, as bearer tokens.
    attacks.put("partner ID token", KeycloakResource.idToken("us-dhs", "dhs-advisor"));
    attacks.put("home ID token", KeycloakResource.idToken("pa-snm", "snm-officer"));
    // A partner realm's token for another audience (its agency right, "puente" not among aud).
    KeycloakResource.addClient("us-dhs", "elsewhere", "US-DHS", "another-app");
    String elsewhere = KeycloakResource.accessToken("us-dhs", "dhs-advisor", "elsewhere");
    assertClaims(elsewhere, KeycloakResource.issuer("us-dhs"), "US-DHS");
    assertFalse(claims(elsewhere).encode().contains("\"puente\""), "not addressed to puente");
    attacks.put("another audience", elsewhere);

    for (Map.Entry<String, String> attack : attacks.entrySet()) {
      int before = BackendStubs.received("training");
      synchronized (logged) {
        logged.clear();
      }
      given()
          .header("Authorization", "Bearer " + attack.getValue())
          .get(ROUTE)
          .then()
          .statusCode(401)
          .contentType("application/problem+json");
      assertEquals(before, BackendStubs.received("training"), attack.getKey() + ": not proxied");
      synchronized (logged) {
        assertTrue(
            logged.stream().anyMatch(line -> line.startsWith("Trust violation")),
            attack.getKey() + ": logged " + logged);
        String signature = attack.getValue().substring(attack.getValue().lastIndexOf('.') + 1);
        String payload = attack.getValue().split("\\.")[1];
        assertTrue(
            logged.stream().noneMatch(l -> l.contains(payload) || l.contains(signature)),
            attack.getKey() + ": no token in the log");
      }
    }
    // The same realms' own tokens still pass.
    given()
        .header("Authorization", "Bearer " + KeycloakResource.accessToken("us-dhs", "dhs-advisor"))
        .get(ROUTE)
        .then()
        .statusCode(200);
  }

  private static void assertClaims(String jwt, String issuer, String agency) {
    JsonObject claims = claims(jwt);
    assertEquals(issuer, claims.getString("iss"));
    assertEquals(agency, claims.getString("agency"));
    assertEquals("Bearer", claims.getString("typ"));
  }

  private static JsonObject claims(String jwt) {
    return new JsonObject(
        new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
  }

  /** The token with one claim changed and its original signature kept. */
  private static String withClaim(String jwt, String name, String value) {
    String[] parts = jwt.split("\\.");
    String payload =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(claims(jwt).put(name, value).encode().getBytes(StandardCharsets.UTF_8));
    return parts[0] + "." + payload + "." + parts[2];
  }
}
