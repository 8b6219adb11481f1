package org.puente.integration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.puente.testing.TestTokenEndpoint;
import org.puente.testing.TestTokens;

/**
 * Forged and misused tokens, at every service and at the gateway: each is refused with 401, and the
 * same caller's genuine token is accepted (so the refusal is the token's doing).
 */
@Order(2)
class TokenAttacksIT {

  private static TestTokens officer() {
    return TestTokens.user("snm-supervisor")
        .agency("PA-SNM")
        .roles("supervisor", "training-coordinator", "funding-officer")
        .officerId(2);
  }

  private static Map<String, String> attacks() {
    Map<String, String> attacks = new LinkedHashMap<>();
    attacks.put("alg=none", officer().algNone().token());
    attacks.put("HS256 signed with the issuer's public key", officer().hmacWithPublicKey().token());
    attacks.put("unknown kid, unknown key", officer().unknownKey().token());
    attacks.put("known kid, another key", officer().badSignature().token());
    attacks.put("expired", officer().expired().token());
    attacks.put("not yet valid", officer().notYetValid().token());
    attacks.put("wrong issuer", officer().issuer("https://evil.example/realms/pa-snm").token());
    attacks.put(
        "an issuer not on the list, with keys of its own",
        officer()
            .realm("elsewhere")
            .issuer(TestTokenEndpoint.shared().url() + "/realms/elsewhere")
            .token());
    attacks.put("a realm claiming another agency", officer().realm("us-dos").token());
    attacks.put(
        "a partner's ID token",
        TestTokens.user("dhs-advisor").agency("US-DHS").roles("advisor").type("ID").token());
    attacks.put("wrong audience", officer().audience("another-api").token());
    attacks.put("an ID token used as an access token", officer().type("ID").token());
    attacks.put("not a JWT", "not-a-token");
    return attacks;
  }

  @Test
  void everyForgedOrMisusedTokenIsRefusedEverywhere() {
    Suite suite = Suite.shared();
    Map<String, String> targets = new LinkedHashMap<>();
    targets.put("training-service", suite.training.url() + "/api/v1/training/courses");
    targets.put("deportation-service", suite.removals.url() + "/api/v1/removals/operations");
    targets.put("funding-service", suite.funding.url() + "/api/v1/funding/agreements");
    targets.put("gateway", suite.gateway.url() + "/api/v1/removals/operations");
    targets.forEach(
        (name, url) -> {
          given().header("Authorization", officer().bearer()).get(url).then().statusCode(200);
          attacks()
              .forEach(
                  (attack, token) -> {
                    given()
                        .header("Authorization", "Bearer " + token)
                        .get(url)
                        .then()
                        .log()
                        .ifValidationFails()
                        .statusCode(401)
                        .contentType(startsWith("application/problem+json"));
                    Figures.tokenAttack();
                  });
        });
  }

  /**
   * A service account is trusted for its one purpose (deportation-service: funding removal
   * operations): anything else is 403 and changes nothing, at the service and through the gateway.
   */
  @Test
  void aServiceTokenOutsideItsPurposeIs403AndChangesNothing() {
    Suite suite = Suite.shared();
    String service = TestTokens.client("deportation-service").agency("PA-SNM").bearer();
    Map<String, String> before = fingerprints();
    List<String> misuses =
        List.of(
            suite.funding.url() + "/api/v1/funding/agreements",
            suite.gateway.url() + "/api/v1/funding/agreements",
            suite.training.url() + "/api/v1/training/courses",
            suite.gateway.url() + "/api/v1/training/courses",
            suite.removals.url() + "/api/v1/removals/cases");
    for (String url : misuses) {
      given()
          .header("Authorization", service)
          .contentType("application/json")
          .body("{\"title\":\"x\"}")
          .post(url)
          .then()
          .log()
          .ifValidationFails()
          .statusCode(403)
          .contentType(startsWith("application/problem+json"));
    }
    assertEquals(before, fingerprints(), "a refused request changed a database");
  }

  private static Map<String, String> fingerprints() {
    Map<String, String> state = new LinkedHashMap<>();
    for (String service : List.of("training", "removals", "funding")) {
      state.put(service, DatabaseState.fingerprint(service));
    }
    return state;
  }
}
