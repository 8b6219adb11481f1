package org.puente.training;

import java.util.HashMap;
import java.util.Map;
import org.puente.testing.TestTokenEndpoint;
import org.puente.testing.stubs.FundingStub;
import org.puente.testing.stubs.FundingStubResource;

/**
 * funding-service stood in for ({@link FundingStub}, injected into a test's {@code @InjectStub
 * FundingStub} field), answering this service's obligations. The service's own token comes from a
 * test token endpoint by client credentials, as in production, and the outbox retries quickly.
 */
public class TrainingFundingStub extends FundingStubResource {

  @Override
  protected Map<String, String> config(FundingStub stub) {
    Map<String, String> config =
        new HashMap<>(TestTokenEndpoint.shared().clientConfig("training-service", "US-DHS"));
    config.put("puente.outbox.first-retry", "200ms");
    config.put("puente.outbox.max-retry", "1s");
    return config;
  }
}
