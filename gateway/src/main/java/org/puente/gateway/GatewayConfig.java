package org.puente.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Configuration of the gateway ({@code puente.gateway.*}). */
@ConfigMapping(prefix = "puente.gateway")
public interface GatewayConfig {

  /** The services behind the gateway, by name (training, removals, funding). */
  Map<String, Route> routes();

  /**
   * The proxies (addresses or CIDR blocks, e.g. the ingress controller's pod range) whose {@code
   * X-Forwarded-*} headers are believed; from any other peer they are ignored. Nobody by default.
   */
  Optional<List<String>> trustedProxies();

  /**
   * The routes this deployment serves: to the services it runs, and to those it reaches at a
   * partner's gateway. A service that is neither has no URL: its prefix then answers 404, and
   * readiness does not wait for it.
   */
  public static Map<String, Route> running(GatewayConfig config) {
    Map<String, Route> running = new TreeMap<>();
    config
        .routes()
        .forEach((name, route) -> target(route).ifPresent(url -> running.put(name, route)));
    return running;
  }

  /** Where a route's requests go: the partner's gateway if one is named, else the local service. */
  public static Optional<URI> target(Route route) {
    return route.partner().or(route::url);
  }

  /** One service: the path prefix it owns and where it listens. */
  interface Route {
    /** Paths under this prefix go to this service, unchanged. */
    String prefix();

    /** Base URL of the service run here, e.g. http://training-service:8081; empty if not. */
    Optional<URI> url();

    /**
     * Base URL of the partner's public gateway that serves it ({@code puente.partners.<name>.url},
     * from {@code PARTNER_<NAME>_URL}), used instead of {@link #url}; empty if run here. A
     * partner's service is not this deployment's readiness, and the portal's reads of it wait
     * briefly.
     */
    Optional<URI> partner();

    /** The agency that owns the service (e.g. US-DHS for training), named when it is away. */
    Optional<String> agency();

    /** The longest a request may wait for the service's answer (time between bytes). */
    @WithDefault("10s")
    Duration timeout();

    /** The longest to wait for a connection to the service. */
    @WithDefault("1s")
    Duration connectTimeout();

    /** Consecutive failures that open the circuit; requests then fail fast. */
    @WithDefault("5")
    int failuresToOpen();

    /** How long the circuit stays open before a trial request. */
    @WithDefault("5s")
    Duration openFor();

    /** Requests per caller on this route. */
    RateLimit perUser();

    /** Requests per client address on this route, counted before authentication. */
    RateLimit perAddress();
  }

  /** A token bucket: up to {@code burst} at once, refilled at {@code perSecond}. */
  interface RateLimit {
    @WithDefault("100")
    int burst();

    @WithDefault("50")
    int perSecond();
  }
}
