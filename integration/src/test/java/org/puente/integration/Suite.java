package org.puente.integration;

import java.util.Map;
import org.puente.testing.EmbeddedPostgresResource;
import org.puente.testing.ServiceProcess;
import org.puente.testing.Steps;
import org.puente.testing.TestTokenEndpoint;
import org.puente.testing.TestTokens;

/**
 * The three services as deployed, against one embedded PostgreSQL (a database each) and the three
 * agencies' test realms: tokens of people come from {@link TestTokens}; the services get their own
 * tokens by client credentials from their own agency's realm at {@link TestTokenEndpoint}. Every
 * request is verified for real, against the realm its issuer names.
 */
final class Suite {

  final TestTokenEndpoint issuer = TestTokenEndpoint.shared();
  final ServiceProcess training;
  final ServiceProcess funding;
  final ServiceProcess removals;
  final ServiceProcess gateway;
  final Steps steps;

  private static Suite shared;

  /** The suite every test class of this module uses: started once, stopped when the JVM ends. */
  static synchronized Suite shared() {
    if (shared == null) {
      Suite suite = new Suite();
      PostgresControl.durableCommits("it_training", "it_removals", "it_funding");
      Runtime.getRuntime().addShutdownHook(new Thread(suite::stop));
      shared = suite.start();
    }
    return shared;
  }

  private Suite() {
    Map<String, String> trainingEnv = env("it_training");
    trainingEnv.putAll(issuer.clientConfig("training-service", "US-DHS"));
    training = new ServiceProcess("training-service", trainingEnv);
    funding = new ServiceProcess("funding-service", env("it_funding"));
    Map<String, String> removalsEnv = env("it_removals");
    removalsEnv.putAll(issuer.clientConfig("deportation-service", "PA-SNM"));
    removalsEnv.put("TRAINING_URL", training.url());
    removalsEnv.put("FUNDING_URL", funding.url());
    removals = new ServiceProcess("deportation-service", removalsEnv);
    training.env("FUNDING_URL", funding.url());
    gateway = new ServiceProcess("gateway", gatewayEnv());
    steps = new Steps(Suite::bearer, this::url);
  }

  private Suite start() {
    funding.start();
    training.start();
    removals.start();
    gateway.start();
    return this;
  }

  private void stop() {
    gateway.stop();
    removals.stop();
    training.stop();
    funding.stop();
  }

  /** The services behind it, as a deployment configures the gateway. */
  private Map<String, String> gatewayEnv() {
    // PA-SNM's gateway: its portal signs in at PA-SNM's realm.
    Map<String, String> env = issuer.gatewayConfig("PA-SNM");
    env.put("OIDC_STATE_SECRET", "integration-only-state-secret-of-32-chars-or-more");
    env.put("TRAINING_URL", training.url());
    env.put("REMOVALS_URL", removals.url());
    env.put("FUNDING_URL", funding.url());
    return env;
  }

  /**
   * Tokens are verified as in production: each against the published keys (JWKS) of the realm its
   * issuer names, one of the three trusted; nothing but the signature, issuer, agency, audience and
   * lifetime lets one in.
   */
  private void oidc(Map<String, String> env) {
    env.putAll(issuer.trustConfig());
  }

  /** The address of an API path: each service serves its own prefix. */
  String url(String path) {
    if (path.startsWith("http")) {
      return path;
    }
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
    oidc(env);
    // Retry soon, so a recovery shows within seconds rather than a minute.
    env.put("puente.outbox.every", "200ms");
    env.put("puente.outbox.first-retry", "200ms");
    env.put("puente.outbox.max-retry", "2s");
    return env;
  }
}
