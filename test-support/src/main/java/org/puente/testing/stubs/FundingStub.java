package org.puente.testing.stubs;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puente.common.money.Money;
import org.puente.common.paging.Page;
import org.puente.funding.api.DeobligationRequest;
import org.puente.funding.api.DisbursementRequest;
import org.puente.funding.api.DisbursementStatus;
import org.puente.funding.api.DisbursementView;
import org.puente.funding.api.FundingPaths;
import org.puente.funding.api.ObligationRequest;
import org.puente.funding.api.ObligationView;

/**
 * funding-service stood in for: the part of its obligations API the other services use, read and
 * answered with funding-api's records. It obligates ({@code POST /obligations}, refused for lack of
 * funds on {@link #SHORT_LINE}, held back on {@link #SLOW_LINE}), reads an obligation with its
 * ETag, de-obligates, files payment requests ({@code POST /disbursements}), and lists obligations
 * by reference: those it made and those a test says it made ({@link #made}). A request without a
 * bearer token is 401. Writes may be answered 503 instead ({@link #writesAway}), as from a
 * funding-service that keeps away, so the outbox keeps them.
 */
public class FundingStub extends PartnerStub {

  /** A budget line without enough funds: funding-service refuses with 409. */
  public static final long SHORT_LINE = 999_001L;

  /**
   * A line whose obligations funding-service takes its time over: the answer waits until {@link
   * #release()} (at most 3 s, within the client's timeout).
   */
  public static final long SLOW_LINE = 999_002L;

  private static final String OBLIGATIONS = FundingPaths.ROOT + FundingPaths.OBLIGATIONS;
  private static final String DISBURSEMENTS = FundingPaths.ROOT + FundingPaths.DISBURSEMENTS;
  private static final Pattern ONE = Pattern.compile(Pattern.quote(OBLIGATIONS) + "/(\\d+)");
  private static final Pattern DEOBLIGATION =
      Pattern.compile(Pattern.quote(OBLIGATIONS) + "/(\\d+)/deobligation");

  private final boolean writesAwayByDefault;
  private final AtomicLong ids = new AtomicLong(70_000);
  private final Map<Long, ObligationView> obligations = new ConcurrentHashMap<>();
  private final Semaphore releases = new Semaphore(0);
  private volatile boolean writesAway;

  /**
   * @param writesAway whether writes (obligate, de-obligate, ...) are answered 503 unless a test
   *     says otherwise
   */
  public FundingStub(boolean writesAway) {
    this.writesAwayByDefault = writesAway;
    this.writesAway = writesAway;
  }

  @Override
  protected String urlProperty() {
    return "quarkus.rest-client.funding.url";
  }

  @Override
  public void reset() {
    super.reset();
    obligations.clear();
    releases.drainPermits();
    writesAway = writesAwayByDefault;
  }

  /** While true, every write is answered 503; reads are still answered. */
  public void writesAway(boolean away) {
    writesAway = away;
  }

  /** funding-service made obligation {@code id} for {@code reference} (e.g. by hand). */
  public void made(long id, String reference) {
    obligations.put(id, view(id, 0, Money.usd("1.00"), "made by hand", reference));
  }

  /** Lets one held answer on {@link #SLOW_LINE} go. */
  public void release() {
    releases.release();
  }

  /** The requests whose body or key mentions {@code text} (e.g. a session's reference). */
  public List<Received> received(String text) {
    return all().stream()
        .filter(r -> r.body().contains(text) || String.valueOf(r.idempotencyKey()).contains(text))
        .toList();
  }

  /** The obligation requests received, as funding-service reads them. */
  public List<ObligationRequest> obligationRequests() {
    return all().stream()
        .filter(r -> r.method().equals("POST") && r.path().equals(OBLIGATIONS))
        .map(r -> read(r.body(), ObligationRequest.class))
        .toList();
  }

  @Override
  protected void routes(HttpServer server) {
    server.createContext(FundingPaths.ROOT + "/", this::answer);
  }

  private void answer(HttpExchange exchange) throws IOException {
    Received r = receive(exchange);
    if (r == null) {
      return;
    }
    if (r.authorization() == null || !r.authorization().startsWith("Bearer ")) {
      empty(exchange, 401);
      return;
    }
    if (r.method().equals("GET")) {
      read(exchange, r);
    } else if (writesAway) {
      empty(exchange, 503);
    } else {
      write(exchange, r);
    }
  }

  private void read(HttpExchange exchange, Received r) throws IOException {
    Matcher one = ONE.matcher(r.path());
    if (r.path().equals(OBLIGATIONS)) {
      String reference = query(exchange.getRequestURI()).get("reference");
      List<ObligationView> items =
          obligations.values().stream()
              .filter(o -> reference == null || reference.equals(o.reference()))
              .sorted((a, b) -> Long.compare(a.id(), b.id()))
              .toList();
      send(exchange, 200, new Page<>(items, null));
    } else if (one.matches()) {
      ObligationView o = obligation(Long.parseLong(one.group(1)));
      send(exchange, 200, o, Map.of("ETag", "\"" + o.version() + "\""));
    } else {
      empty(exchange, 404);
    }
  }

  private void write(HttpExchange exchange, Received r) throws IOException {
    Matcher deobligation = DEOBLIGATION.matcher(r.path());
    if (r.path().equals(OBLIGATIONS)) {
      ObligationRequest request = read(r.body(), ObligationRequest.class);
      if (request.budgetLineId() == SLOW_LINE) {
        try {
          releases.tryAcquire(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (request.budgetLineId() == SHORT_LINE) {
        send(exchange, 409, problem(409, "Conflict", "Not enough funds on the line"));
        return;
      }
      ObligationView made =
          view(
              ids.incrementAndGet(),
              request.budgetLineId(),
              request.amount(),
              request.purpose(),
              request.reference());
      obligations.put(made.id(), made);
      send(exchange, 201, made);
    } else if (deobligation.matches()) {
      DeobligationRequest request = read(r.body(), DeobligationRequest.class);
      ObligationView o = obligation(Long.parseLong(deobligation.group(1)));
      ObligationView returned =
          new ObligationView(
              o.id(),
              o.agreementId(),
              o.budgetLineId(),
              o.amount(),
              request.amount(),
              o.pending(),
              o.disbursed(),
              Money.of(o.remainder().amount().subtract(request.amount().amount()), Money.USD),
              o.purpose(),
              o.reference(),
              o.obligatedOn(),
              o.createdBy(),
              o.version() + 1);
      obligations.put(o.id(), returned);
      send(exchange, 200, returned);
    } else if (r.path().equals(DISBURSEMENTS)) {
      // A payment request (an actual cost, with its output): filed, for a second person.
      DisbursementRequest request = read(r.body(), DisbursementRequest.class);
      send(
          exchange,
          201,
          new DisbursementView(
              ids.incrementAndGet(),
              request.obligationId(),
              1,
              request.kind(),
              request.amount(),
              request.description(),
              DisbursementStatus.REQUESTED,
              "funding-stub",
              java.time.Instant.now(),
              null,
              null,
              null,
              0,
              request.output()));
    } else {
      empty(exchange, 404);
    }
  }

  /**
   * The obligation with that id; one made before the test began (the outbox may still be busy with
   * it) is answered as an obligation the stub knows nothing more about.
   */
  private ObligationView obligation(long id) {
    return obligations.getOrDefault(id, view(id, 0, Money.usd("0.00"), null, null));
  }

  private static ObligationView view(
      long id, long line, Money amount, String purpose, String reference) {
    Money zero = Money.of(BigDecimal.ZERO, amount.currency());
    return new ObligationView(
        id,
        1,
        line,
        amount,
        zero,
        zero,
        zero,
        amount,
        purpose,
        reference,
        LocalDate.now(),
        "funding-stub",
        0);
  }
}
