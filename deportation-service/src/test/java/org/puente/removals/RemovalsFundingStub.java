package org.puente.removals;

import java.util.HashMap;
import java.util.Map;
import org.puente.testing.TestTokenEndpoint;
import org.puente.testing.stubs.FundingStub;
import org.puente.testing.stubs.FundingStubResource;

/**
 * funding-service stood in for ({@link FundingStub}), its writes away unless a test brings them
 * back. The service's own token comes from a test token endpoint by client credentials, as in
 * production, so what the outbox sends is authorized; messages die after five quick failures, so
 * the dead-letter test sees the rule work in seconds (five rounds of the sender also outlast the
 * funding client's circuit breaker, 5 s).
 */
public class RemovalsFundingStub extends FundingStubResource {

  @Override
  protected Map<String, String> config(FundingStub stub) {
    Map<String, String> config =
        new HashMap<>(TestTokenEndpoint.shared().clientConfig("deportation-service", "PA-SNM"));
    config.put("puente.outbox.max-attempts", "5");
    config.put("puente.outbox.first-retry", "100ms");
    config.put("puente.outbox.max-retry", "300ms");
    return config;
  }
}
