package org.puente.gateway;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The gateway is ready when every service this deployment runs answers its own readiness check. A
 * service reached at a partner's gateway is not this deployment's readiness: a partner that is away
 * turns only its own panels and routes unavailable, and taking this gateway out of service for it
 * would take down everything else too. It is listed as "PARTNER", never probed.
 */
@Readiness
@ApplicationScoped
public class BackendsReadiness implements AsyncHealthCheck {

  private final GatewayConfig config;
  private final HttpClient client;

  BackendsReadiness(GatewayConfig config, Vertx vertx) {
    this.config = config;
    this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(1000));
  }

  @Override
  public Uni<HealthCheckResponse> call() {
    List<Future<Boolean>> checks = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> atPartners = new ArrayList<>();
    for (Map.Entry<String, GatewayConfig.Route> e : GatewayConfig.running(config).entrySet()) {
      if (e.getValue().partner().isPresent()) {
        atPartners.add(e.getKey());
        continue;
      }
      names.add(e.getKey());
      checks.add(ready(e.getValue().url().orElseThrow()));
    }
    return Uni.createFrom()
        .completionStage(Future.join(checks).toCompletionStage())
        .onFailure()
        .recoverWithNull()
        .map(
            done -> {
              HealthCheckResponseBuilder response = HealthCheckResponse.named("services");
              boolean all = true;
              atPartners.forEach(name -> response.withData(name, "PARTNER"));
              for (int i = 0; i < checks.size(); i++) {
                boolean up =
                    checks.get(i).succeeded() && Boolean.TRUE.equals(checks.get(i).result());
                response.withData(names.get(i), up ? "UP" : "DOWN");
                all &= up;
              }
              return response.status(all).build();
            });
  }

  private Future<Boolean> ready(URI url) {
    return client
        .request(
            new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(url.getHost())
                .setPort(url.getPort())
                .setURI("/q/health/ready")
                .setTimeout(2000))
        .compose(request -> request.send())
        .map(response -> response.statusCode() == 200)
        .otherwise(false);
  }
}
