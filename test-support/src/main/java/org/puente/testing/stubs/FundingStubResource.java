package org.puente.testing.stubs;

import java.util.Map;

/**
 * Stands funding-service in with a {@link FundingStub}. Init arg {@code writesAway=true}: writes
 * are answered 503 unless a test says otherwise (for a service whose tests never want its outbox
 * answered).
 */
public class FundingStubResource extends StubResource<FundingStub> {

  @Override
  protected FundingStub create(Map<String, String> args) {
    return new FundingStub(Boolean.parseBoolean(args.getOrDefault("writesAway", "false")));
  }
}
