package org.puente.gateway.portal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;
import org.puente.gateway.GatewayConfig;

/** Configuration of the portal ({@code puente.portal.*}). */
@ConfigMapping(prefix = "puente.portal")
public interface PortalConfig {

  /**
   * The zone the portal shows times in, and names next to them: the owning agency's (PA-SNM's is
   * America/Panama). Times on the wire stay UTC; dates are shown as sent.
   */
  @WithDefault("America/Panama")
  ZoneId zone();

  /** Portal requests per signed-in user. */
  GatewayConfig.RateLimit perUser();

  /** Portal requests per client address, counted before authentication (the login included). */
  GatewayConfig.RateLimit perAddress();
}
