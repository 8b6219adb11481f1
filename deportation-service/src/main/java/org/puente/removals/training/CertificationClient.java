package org.puente.removals.training;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.puente.common.problem.ProblemException;
import org.puente.common.problem.ProblemType;

/**
 * Asks training-service whether an officer holds a valid certification, with the caller's token. A
 * slow or failing training-service is retried (the question is idempotent), then cut off by the
 * circuit breaker; when no answer comes the answer is no: {@link #requireCertified} fails closed.
 */
@ApplicationScoped
public class CertificationClient {

  private static final Logger LOG = Logger.getLogger(CertificationClient.class);

  /** The competencies this service asks about, as training-service names them. */
  public enum Competency {
    PROTECTION_SCREENING,
    REMOVAL_ESCORT
  }

  private final CertificationRestClient client;

  CertificationClient(@RestClient CertificationRestClient client) {
    this.client = client;
  }

  /** The certification id when certified on the day; empty when training-service says no. */
  @Timeout(value = 3, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 100, abortOn = jakarta.ws.rs.ClientErrorException.class)
  @CircuitBreaker(
      requestVolumeThreshold = 6,
      failureRatio = 0.5,
      delay = 10,
      delayUnit = ChronoUnit.SECONDS)
  public Optional<Long> certification(long officerId, Competency competency, LocalDate on) {
    CertificationRestClient.Answer answer = client.check(officerId, competency.name(), on);
    return answer.certified() && answer.certificationId() != null
        ? Optional.of(answer.certificationId())
        : Optional.empty();
  }

  /**
   * The certification that allows the act, or a problem: 403 when the officer is not certified, 503
   * when training-service cannot answer (fail closed: nothing is recorded either way).
   */
  public long requireCertified(long officerId, Competency competency, LocalDate on, String act) {
    Optional<Long> certification;
    try {
      certification = certification(officerId, competency, on);
    } catch (RuntimeException e) {
      LOG.warnf("Certification check unavailable: %s", e.getClass().getSimpleName());
      throw new ProblemException(
          ProblemType.UNAVAILABLE,
          "training-service could not confirm a valid "
              + competency
              + " certification, so "
              + act
              + " was not recorded; try again later");
    }
    return certification.orElseThrow(
        () ->
            ProblemException.forbidden(
                "Officer "
                    + officerId
                    + " holds no valid "
                    + competency
                    + " certification on "
                    + on));
  }
}
