package org.puente.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points the service's token verification at {@link TestTokens}: its public key and issuer. The
 * service still checks signature, issuer, audience and lifetime on every request.
 */
public class TestTokenIssuerResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    return Map.of(
        "quarkus.oidc.public-key",
        TestTokens.publicKey(),
        "quarkus.oidc.token.issuer",
        TestTokens.ISSUER);
  }

  @Override
  public void stop() {
    // nothing to stop: the key pair lives as long as the JVM
  }
}
