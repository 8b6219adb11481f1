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
   * The routes to services this deployment runs (those with a URL). An agency that does not run a
   * service leaves its URL empty: its prefix then answers 404, and readiness does not wait for it.
   */
  static Map<String, Route> running(GatewayConfig config) {
    Map<String, Route> running = new TreeMap<>();
    config
        .routes()
        .forEach((name, route) -> route.url().ifPresent(url -> running.put(name, route)));
    return running;
  }

  /** One service: the path prefix it owns and where it listens. */
  interface Route {
    /** Paths under this prefix go to this service, unchanged. */
    String prefix();

    /** Base URL of the service, e.g. http://training-service:8081; empty if not run here. */
    Optional<URI> url();

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
