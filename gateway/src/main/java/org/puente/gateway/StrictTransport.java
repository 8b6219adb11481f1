package org.puente.gateway;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * HSTS on answers to HTTPS requests: over TLS directly, or behind the ingress that terminates it
 * (X-Forwarded-Proto, trusted because only the ingress can reach the gateway).
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
