package org.puente.common.security;

import java.util.Set;

/**
 * Who is calling: the user (or service) named by the verified token, their agency, roles and, for
 * partner officials, their officer record in training-service. {@code client} is the OIDC client
 * the token was issued to ({@code azp}): for a service account, which service it is.
 */
public record Caller(
    String username, Agency agency, Set<String> roles, Long officerId, String client) {

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  /** A Puente service acting for itself (client credentials), not a person. */
  public boolean isService() {
    return roles.contains(Roles.SERVICE);
  }

  public boolean isOf(Agency other) {
    return agency == other;
  }
}
