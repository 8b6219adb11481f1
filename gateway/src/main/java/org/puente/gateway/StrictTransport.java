package org.puente.gateway;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * HSTS on answers to HTTPS requests: over TLS directly, or behind the ingress that terminates it
 * (X-Forwarded-Proto, believed only from a trusted proxy: {@code puente.gateway.trusted-proxies}).
 */
@ApplicationScoped
public class StrictTransport {

  static final String HSTS = "max-age=31536000; includeSubDomains";

  void register(@Observes Filters filters) {
    filters.register(
        rc -> {
          if (rc.request().isSSL() || "https".equals(rc.request().scheme())) {
            rc.response().putHeader("Strict-Transport-Security", HSTS);
          }
          rc.next();
        },
        950);
  }
}
