package org.puente.common.security;

import java.util.Set;

/**
 * Who is calling: the user (or service) named by the verified token, their agency, roles and, for
 * partner officials, their officer record in training-service.
 */
public record Caller(String username, Agency agency, Set<String> roles, Long officerId) {

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
