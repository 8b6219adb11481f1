package org.puente.common.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a service that has no way to verify tokens: an issuer URL ({@code OIDC_ISSUER},
 * whose keys are fetched and cached) or a configured public key. Without either, every request
 * would be refused, which is safe but baffling; failing at start says why.
 */
@ApplicationScoped
public class TokenVerificationCheck {

  @ConfigProperty(name = "quarkus.oidc.auth-server-url")
  Optional<String> issuer;

  @ConfigProperty(name = "quarkus.oidc.public-key")
  Optional<String> publicKey;

  void check(@Observes StartupEvent event) {
    if (LaunchMode.current() == LaunchMode.NORMAL && issuer.isEmpty() && publicKey.isEmpty()) {
      throw new IllegalStateException(
          "No token issuer configured: set OIDC_ISSUER to the agency's OIDC issuer URL");
    }
  }
}
