package org.puente.common.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.puente.common.problem.ProblemException;

/** Reads the {@link Caller} of the current request from its verified access token. */
@ApplicationScoped
public class CurrentCaller {

  @Inject SecurityIdentity identity;

  /** The caller; 403 when the token names no agency this suite knows. */
  public Caller get() {
    return find()
        .orElseThrow(() -> ProblemException.forbidden("The token carries no known agency claim"));
  }

  /** The caller, or empty outside an authenticated request (background work, start-up). */
  public Optional<Caller> find() {
    if (!Arc.container().requestContext().isActive() || identity.isAnonymous()) {
      return Optional.empty();
    }
    if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
      return Optional.empty();
    }
    Optional<Agency> agency = Agency.fromCode(jwt.getClaim("agency"));
    if (agency.isEmpty()) {
      return Optional.empty();
    }
    String username = jwt.getClaim("preferred_username");
    return Optional.of(
        new Caller(
            username != null ? username : jwt.getSubject(),
            agency.get(),
            identity.getRoles(),
            officerId(jwt.getClaim("officer_id")),
            jwt.getClaim("azp")));
  }

  private static Long officerId(Object claim) {
    if (claim == null) {
      return null;
    }
    String text = claim.toString().replace("\"", "");
    try {
      return Long.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
