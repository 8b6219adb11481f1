package org.puente.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The test realms' authorization-code flow, as a portal drives it: a known person comes back with a
 * code and the portal's state, and the code buys their tokens once, for the client it was issued
 * to, with the verifier of its challenge; anything else is refused.
 */
class TestTokenEndpointTest {

  private static final TestTokenEndpoint ISSUER =
      TestTokenEndpoint.shared()
          .person(
              "flow-supervisor",
              () ->
                  TestTokens.user("flow-supervisor")
                      .agency("PA-SNM")
                      .roles("supervisor")
                      .officerId(12));

  private static final String VERIFIER =
      "a-verifier-of-more-than-forty-three-characters-0123456789";
  private static final String CALLBACK = "http://127.0.0.1:9/portal";

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void aKnownPersonGetsACodeThatBuysTheirTokensOnce() throws Exception {
    HttpResponse<String> back = authorize("pa-snm", "flow-supervisor", s256(VERIFIER));
    assertEquals(302, back.statusCode());
    String location = back.headers().firstValue("Location").orElseThrow();
    assertTrue(location.startsWith(CALLBACK + "?code="), location);
    assertTrue(location.endsWith("&state=st%7C1"), "the portal's state, as sent: " + location);
    String code = param(location, "code");

    HttpResponse<String> tokens = exchange("pa-snm", code, VERIFIER, TestTokenEndpoint.SECRET);
    assertEquals(200, tokens.statusCode(), tokens.body());
    String access = claims(field(tokens.body(), "access_token"));
    assertTrue(access.contains("\"preferred_username\":\"flow-supervisor\""), access);
    assertTrue(access.contains("\"typ\":\"Bearer\""), access);
    assertTrue(access.contains("\"officer_id\":12"), access);
    String id = claims(field(tokens.body(), "id_token"));
    assertTrue(id.contains("\"typ\":\"ID\""), id);
    assertTrue(id.contains("\"aud\":\"puente-gateway\""), id);
    assertTrue(id.contains("\"agency\":\"PA-SNM\""), id);

    assertEquals(400, exchange("pa-snm", code, VERIFIER, TestTokenEndpoint.SECRET).statusCode());
  }

  @Test
  void aCodeIsRefusedWithoutItsVerifierOrTheClientsSecretOrAtAnotherRealm() throws Exception {
    for (String[] wrong :
        new String[][] {
          {"pa-snm", "another-verifier-of-more-than-forty-three-characters-000", "s"},
          {"pa-snm", VERIFIER, "not-the-secret"},
          {"us-dhs", VERIFIER, "s"}
        }) {
      String code =
          param(
              authorize("pa-snm", "flow-supervisor", s256(VERIFIER))
                  .headers()
                  .firstValue("Location")
                  .orElseThrow(),
              "code");
      String secret = wrong[2].equals("s") ? TestTokenEndpoint.SECRET : wrong[2];
      assertEquals(400, exchange(wrong[0], code, wrong[1], secret).statusCode(), wrong[0]);
      // A refused attempt spends the code: the right one cannot follow it.
      assertEquals(400, exchange("pa-snm", code, VERIFIER, TestTokenEndpoint.SECRET).statusCode());
    }
  }

  @Test
  void noCodeForSomeoneTheRealmDoesNotKnowOrWithoutPkce() throws Exception {
    assertEquals(400, authorize("pa-snm", "nobody", s256(VERIFIER)).statusCode());
    assertEquals(400, authorize("us-dhs", "flow-supervisor", s256(VERIFIER)).statusCode());
    assertEquals(400, authorize("pa-snm", "flow-supervisor", null).statusCode());
  }

  private HttpResponse<String> authorize(String realm, String username, String challenge)
      throws Exception {
    String query =
        "response_type=code&client_id=puente-gateway&scope=openid&state=st%7C1&redirect_uri="
            + URLEncoder.encode(CALLBACK, StandardCharsets.UTF_8)
            + "&login_hint="
            + username
            + (challenge == null ? "" : "&code_challenge_method=S256&code_challenge=" + challenge);
    return http.send(
        HttpRequest.newBuilder(
                URI.create(
                    ISSUER.url() + "/realms/" + realm + "/protocol/openid-connect/auth?" + query))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> exchange(String realm, String code, String verifier, String secret)
      throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString(("puente-gateway:" + secret).getBytes(StandardCharsets.UTF_8));
    return http.send(
        HttpRequest.newBuilder(
                URI.create(ISSUER.url() + "/realms/" + realm + "/protocol/openid-connect/token"))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "grant_type=authorization_code&code="
                        + code
                        + "&code_verifier="
                        + verifier
                        + "&redirect_uri="
                        + URLEncoder.encode(CALLBACK, StandardCharsets.UTF_8)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String s256(String verifier) throws Exception {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(
            MessageDigest.getInstance("SHA-256")
                .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
  }

  private static String param(String url, String name) {
    Matcher m = Pattern.compile("[?&]" + name + "=([^&]+)").matcher(url);
    assertTrue(m.find(), name + " in " + url);
    return m.group(1);
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
    assertTrue(m.find(), name + " in " + json);
    return m.group(1);
  }

  private static String claims(String jwt) {
    return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
  }
}
