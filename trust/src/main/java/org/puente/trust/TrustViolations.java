package org.puente.trust;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * A refused bearer token is a trust violation, logged by the gateway or the service that refused it
 * as one line with what kind it is (an issuer not trusted, a realm speaking for another agency, an
 * ID token, another audience, expired, or a signature or claim that does not verify) and the route
 * asked for. Never the token, its subject or any claim's value: the request id on the line leads to
 * the rest. The kinds are read from the trusted tenants' configuration.
 */
@ApplicationScoped
public class TrustViolations {

  private static final Logger LOG = Logger.getLogger("org.puente.trust");
  private static final List<String> TENANTS = List.of("pa-snm", "us-dhs", "us-dos");

  /** Trusted issuer → the agency it is bound to. */
  private final Map<String, String> trusted = new LinkedHashMap<>();

  public TrustViolations(Config config) {
    for (String tenant : TENANTS) {
      config
          .getOptionalValue("quarkus.oidc." + tenant + ".token.issuer", String.class)
          .ifPresent(
              issuer ->
                  trusted.put(
                      issuer,
                      config
                          .getOptionalValue(
                              "quarkus.oidc." + tenant + ".token.required-claims.agency",
                              String.class)
                          .orElse("")));
    }
  }

  /**
   * Logs the refusal of a request's bearer token (its kind only): {@code authorization} is the
   * request's Authorization header, {@code path} its path, of which only the route is written.
   */
  public void refused(String authorization, String path) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return; // no token offered: a sign-in to come, not a token refused
    }
    LOG.warnf(
        "Trust violation: %s; refused %s", kind(authorization.substring(7).trim()), where(path));
  }

  /**
   * What is wrong with a token, read without verifying it (verification has refused it already).
   */
  public String kind(String jwt) {
    JsonObject claims = claims(jwt);
    if (claims == null) {
      return "not a readable JWT";
    }
    String issuer = claims.getValue("iss") instanceof String s ? s : null;
    if (issuer == null || !trusted.containsKey(issuer)) {
      return "issuer not trusted";
    }
    if (!trusted.get(issuer).equals(claims.getValue("agency"))) {
      return "agency claim is not its issuer's agency";
    }
    if (!"Bearer".equals(claims.getValue("typ"))) {
      return "not an access token";
    }
    Object aud = claims.getValue("aud");
    boolean puente =
        "puente".equals(aud) || aud instanceof JsonArray list && list.contains("puente");
    if (!puente) {
      return "not addressed to puente";
    }
    if (claims.getValue("exp") instanceof Number exp
        && exp.longValue() < Instant.now().getEpochSecond()) {
      return "expired";
    }
    return "signature or claims do not verify";
  }

  private static JsonObject claims(String jwt) {
    String[] parts = jwt.split("\\.");
    if (parts.length < 2) {
      return null;
    }
    try {
      return new JsonObject(
          new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    } catch (RuntimeException unreadable) {
      return null;
    }
  }

  /** The route's prefix, not the path: a path may name a record. */
  private static String where(String path) {
    if (path == null) {
      return "/";
    }
    String[] parts = path.split("/");
    return parts.length > 3 ? "/" + parts[1] + "/" + parts[2] + "/" + parts[3] : path;
  }
}
