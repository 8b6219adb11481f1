package org.puente.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points the service's trusted issuers at {@link TestTokenEndpoint}'s three realms. The service
 * verifies each token as in production: its issuer picks the realm, whose published keys check the
 * signature, and the realm's agency must be the token's; then audience and lifetime.
 */
public class TestTokenIssuerResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    return TestTokenEndpoint.shared().trustConfig();
  }

  @Override
  public void stop() {
    // the issuers live as long as the JVM
  }
}
