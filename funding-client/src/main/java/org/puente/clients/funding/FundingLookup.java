package org.puente.clients.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.puente.common.paging.Page;
import org.puente.funding.api.ObligationView;

/**
 * Asks funding-service, with the token of the user being served, whether it made obligation N for a
 * reference (e.g. {@code removal-operation:42}): funding-service lists the obligations made for the
 * reference on agreements the user's agency is party to, and the answer is whether N is one of
 * them. The question is idempotent, so it is retried; no answer is {@link
 * FundingClient.Unavailable}, and the caller fails closed.
 */
@ApplicationScoped
public class FundingLookup {

  private final FundingUserRestClient client;

  FundingLookup(@RestClient FundingUserRestClient client) {
    this.client = client;
  }

  /** True when funding-service made obligation {@code obligationId} for {@code reference}. */
  @Timeout(value = 3, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 100)
  @CircuitBreaker(
      requestVolumeThreshold = 6,
      failureRatio = 0.5,
      delay = 10,
      delayUnit = ChronoUnit.SECONDS)
  public boolean madeFor(long obligationId, String reference) {
    Page<ObligationView> page;
    try {
      // An operation has one obligation, a few at most: one page of the maximum size holds them.
      page = client.obligations(reference, 200);
    } catch (WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status == 403 || status == 404) {
        return false; // the user's agency sees no such obligation
      }
      throw new FundingClient.Unavailable("funding-service answered " + status);
    }
    for (ObligationView o : page.items()) {
      if (o.id() == obligationId && reference.equals(o.reference())) {
        return true;
      }
    }
    return false;
  }
}
