package org.puente.integration;

import java.util.Map;
import org.puente.testing.EmbeddedPostgresResource;
import org.puente.testing.Steps;
import org.puente.testing.TestTokenEndpoint;
import org.puente.testing.TestTokens;

/**
 * The three services as deployed, against one embedded PostgreSQL (a database each) and a test
 * issuer: tokens of people come from {@link TestTokens}; the services get their own tokens by
 * client credentials from {@link TestTokenEndpoint}. Every request is verified for real.
 */
final class Suite {

  final TestTokenEndpoint issuer =
      TestTokenEndpoint.start()
          .client("deportation-service", "PA-SNM")
          .client("training-service", "US-DHS");
  final ServiceProcess training;
  final ServiceProcess funding;
  final ServiceProcess removals;
  final Steps steps;

  Suite() {
    training = new ServiceProcess("training-service", env("it_training"));
    funding = new ServiceProcess("funding-service", env("it_funding"));
    Map<String, String> removalsEnv = env("it_removals");
    removalsEnv.put("TRAINING_URL", training.url());
    removalsEnv.put("FUNDING_URL", funding.url());
    removals = new ServiceProcess("deportation-service", removalsEnv);
    training.env("FUNDING_URL", funding.url());
    steps = new Steps(Suite::bearer, this::url);
  }

  Suite start() {
    funding.start();
    training.start();
    removals.start();
    return this;
  }

  void stop() {
    removals.stop();
    training.stop();
    funding.stop();
    issuer.close();
  }

  /** The address of an API path: each service serves its own prefix. */
  String url(String path) {
    if (path.startsWith("/api/v1/training")) {
      return training.url() + path;
    }
    if (path.startsWith("/api/v1/removals")) {
      return removals.url() + path;
    }
    if (path.startsWith("/api/v1/funding")) {
      return funding.url() + path;
    }
    throw new IllegalArgumentException(path);
  }

  /** The people of the scenario, by the names the demo realm gives them. */
  static String bearer(String user) {
    TestTokens token =
        switch (user) {
          case "snm-officer" ->
              TestTokens.user(user).agency("PA-SNM").roles("case-officer").officerId(1);
          case "snm-supervisor" ->
              TestTokens.user(user).agency("PA-SNM").roles("supervisor").officerId(2);
          case "snm-coordinator" ->
              TestTokens.user(user).agency("PA-SNM").roles("training-coordinator");
          case "dhs-coordinator" ->
              TestTokens.user(user).agency("US-DHS").roles("training-coordinator");
          case "dos-budget" -> TestTokens.user(user).agency("US-DOS").roles("funding-officer");
          case "dos-certifier" ->
              TestTokens.user(user).agency("US-DOS").roles("certifying-officer");
          default -> throw new IllegalArgumentException("no such user in the scenario: " + user);
        };
    return token.bearer();
  }

  private Map<String, String> env(String database) {
    Map<String, String> env = new java.util.LinkedHashMap<>();
    env.put("DB_URL", EmbeddedPostgresResource.database(database));
    env.put("DB_USER", "postgres");
    env.put("DB_PASSWORD", "postgres");
    // People's tokens: verified against the test key and issuer, as against a real JWKS.
    env.put("quarkus.oidc.public-key", TestTokens.publicKey());
    env.put("quarkus.oidc.token.issuer", TestTokens.ISSUER);
    // The service's own token: client credentials at the test issuer's token endpoint.
    env.put("quarkus.oidc-client.auth-server-url", issuer.url());
    env.put("quarkus.oidc-client.discovery-enabled", "false");
    env.put("quarkus.oidc-client.token-path", "/token");
    env.put("OIDC_CLIENT_SECRET", TestTokenEndpoint.SECRET);
    // Retry soon, so a recovery shows within seconds rather than a minute.
    env.put("puente.outbox.every", "200ms");
    env.put("puente.outbox.first-retry", "200ms");
    env.put("puente.outbox.max-retry", "2s");
    return env;
  }
}
