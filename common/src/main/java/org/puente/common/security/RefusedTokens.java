package org.puente.common.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Writes a refused bearer token to the log as a trust event: which issuer it named, and which
 * agency it claimed (read from the unverified payload, for the operator; nothing in it is trusted).
 * A token from an issuer this deployment does not trust, or from a realm that claims another
 * agency's people, shows up here. No user name, subject or token content is written.
 */
public final class RefusedTokens {

  private static final Logger LOG = Logger.getLogger("org.puente.trust");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> AGENCIES = Set.of("PA-SNM", "US-DHS", "US-DOS");

  private RefusedTokens() {}

  /** Logs the refusal of the token in {@code authorization}, if it is a bearer token. */
  public static void log(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return;
    }
    String[] parts = authorization.substring(7).trim().split("\\.");
    if (parts.length < 2) {
      LOG.warn("Trust: refused a bearer token that is not a JWT");
      return;
    }
    try {
      JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
      String agency = claims.path("agency").asText("");
      LOG.warnf(
          "Trust: refused a bearer token of issuer %s claiming agency %s (typ %s): expired,"
              + " forged, or not from an issuer trusted for that agency",
          printable(claims.path("iss").asText("none")),
          AGENCIES.contains(agency) ? agency : "none or unknown",
          printable(claims.path("typ").asText("none")));
    } catch (IllegalArgumentException | java.io.IOException e) {
      LOG.warn("Trust: refused a bearer token whose payload is not JSON");
    }
  }

  /** At most 200 printable characters: a forged claim cannot forge log lines. */
  private static String printable(String text) {
    String clean = text.replaceAll("[^\\x20-\\x7E]", "?");
    return clean.length() > 200 ? clean.substring(0, 200) + "..." : clean;
  }
}
