package org.puente.clients.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.puente.common.http.Identified;
import org.puente.common.money.Money;
import org.puente.common.problem.Problem;
import org.puente.funding.api.DeliveredOutput;
import org.puente.funding.api.DeobligationReason;
import org.puente.funding.api.DeobligationRequest;
import org.puente.funding.api.DisbursementRequest;
import org.puente.funding.api.ObligationRequest;
import org.puente.funding.api.ObligationView;
import org.puente.funding.api.OutputUnit;
import org.puente.funding.api.PaymentKind;

/**
 * Asks funding-service for money, for the outbox handlers of the services that spend it. Every
 * request carries an {@code Idempotency-Key}, so the outbox may send it again until it is answered
 * and it is still done once. An answer is either {@link Answer#accepted() accepted} or refused with
 * funding-service's reasons; no answer at all (down, slow, 5xx, circuit open) is an exception, and
 * the outbox tries again later. Retrying is left to the outbox, which backs off; the timeout and
 * circuit breaker keep a sick funding-service from holding the sender up.
 */
@ApplicationScoped
@Timeout(value = 5, unit = ChronoUnit.SECONDS)
@CircuitBreaker(
    requestVolumeThreshold = 4,
    failureRatio = 0.5,
    delay = 5,
    delayUnit = ChronoUnit.SECONDS)
public class FundingClient {

  /** funding-service's answer: the id of what it did, or why it refused. */
  public record Answer(Long id, String refusal) {
    public boolean accepted() {
      return refusal == null;
    }

    static Answer refused(String why) {
      return new Answer(null, why);
    }
  }

  /** No answer from funding-service; the request may be sent again. */
  public static class Unavailable extends RuntimeException {
    Unavailable(String message) {
      super(message);
    }
  }

  private final FundingRestClient client;

  FundingClient(@RestClient FundingRestClient client) {
    this.client = client;
  }

  /** Obligates {@code amount} on a budget line for what {@code reference} names. */
  public Answer obligate(
      String key, long budgetLineId, Money amount, String purpose, String reference) {
    return obligate(key, budgetLineId, amount, purpose, reference, null);
  }

  /**
   * Obligates {@code amount} on a budget line for what {@code reference} names, for a user of
   * agency {@code onBehalfOf} (the one whose act asked for the funds): funding-service refuses a
   * line whose agreement's recipient is another agency. Null: for this service itself.
   */
  public Answer obligate(
      String key,
      long budgetLineId,
      Money amount,
      String purpose,
      String reference,
      String onBehalfOf) {
    return answer(
        () ->
            client.obligate(
                key, new ObligationRequest(budgetLineId, amount, purpose, reference, onBehalfOf)));
  }

  /**
   * Returns {@code amount} of an obligation this service asked for to its line. {@code reasonCode}
   * is a {@link DeobligationReason} code (e.g. {@code "OPERATION_CANCELLED"}), never free text:
   * only a code crosses, as it enters funding-service's ledger and its IATI export, where free text
   * must never go. Anything else is an IllegalArgumentException before anything is sent.
   */
  public Answer deobligate(String key, long obligationId, Money amount, String reasonCode) {
    DeobligationReason reason = reason(reasonCode);
    return answer(
        () -> {
          // The current version, for If-Match; a resend with the same key is replayed anyway.
          String etag;
          try (RestResponse<ObligationView> current = client.obligation(obligationId)) {
            etag = current.getHeaderString("ETag");
          }
          return client.deobligate(
              obligationId, etag, key, new DeobligationRequest(amount, reason));
        });
  }

  /** Files a payment request for the actual cost; a second person approves it. */
  public Answer requestPayment(String key, long obligationId, Money amount, String description) {
    return requestPayment(key, obligationId, amount, description, null);
  }

  /**
   * Files the actual cost of a completed operation or training session as a payment request, with
   * the output it bought ({@code output}: people removed, officers certified; a count, never who),
   * for funding-service's unit costs; a second person approves it. Null output: none said (requests
   * written before outputs were filed are sent again exactly as written).
   */
  public Answer requestPayment(
      String key, long obligationId, Money amount, String description, DeliveredOutput output) {
    return answer(
        () ->
            client.requestPayment(
                key,
                new DisbursementRequest(
                    obligationId, PaymentKind.EXPENDITURE, amount, description, output)));
  }

  /** The output of an actual cost, or null when no count was written with the request. */
  public static DeliveredOutput output(Integer quantity, OutputUnit unit) {
    return quantity == null ? null : new DeliveredOutput(quantity, unit);
  }

  /** The code itself if it is one; otherwise IllegalArgumentException (a programming error). */
  static DeobligationReason reason(String code) {
    for (DeobligationReason r : DeobligationReason.values()) {
      if (r.name().equals(code)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "Not a de-obligation reason code: use one of "
            + Arrays.toString(DeobligationReason.values()));
  }

  private static Answer answer(Supplier<? extends Identified> call) {
    try {
      Identified body = call.get();
      return new Answer(body.id(), null);
    } catch (WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (!definitive(status)) {
        throw new Unavailable("funding-service answered " + status);
      }
      return Answer.refused(reasons(status, e.getResponse()));
    }
  }

  /**
   * A 4xx is funding-service's decision and sending again would not change it; except 401 (our
   * token, renewed on the next try), 408 and 429 (come back later).
   */
  static boolean definitive(int status) {
    return status >= 400 && status < 500 && status != 401 && status != 408 && status != 429;
  }

  private static String reasons(int status, Response response) {
    Problem problem;
    try {
      problem = response.readEntity(Problem.class);
    } catch (RuntimeException unreadable) {
      return "funding-service refused (" + status + ")";
    }
    List<String> parts = new ArrayList<>();
    parts.add(
        problem.title() != null ? problem.title() : "funding-service refused (" + status + ")");
    if (problem.detail() != null) {
      parts.add(problem.detail());
    }
    if (problem.reasons() != null) {
      parts.addAll(problem.reasons());
    }
    if (problem.errors() != null) {
      problem.errors().forEach(e -> parts.add(e.field() + " " + e.message()));
    }
    return String.join("; ", parts);
  }
}
