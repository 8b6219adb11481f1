package org.puente.testing.stubs;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.puente.training.api.CertificationCheck;
import org.puente.training.api.CertificationCheckReason;
import org.puente.training.api.Competency;
import org.puente.training.api.TrainingPaths;

/**
 * training-service stood in for: its certification check ({@code GET
 * /api/v1/training/certifications/check?officerId=&competency=&on=}), answered with training-api's
 * {@link CertificationCheck}. Tests say who is certified until when ({@link #certify}), can look at
 * things while a check is being answered ({@link #onCheck}), and can take it down.
 */
public class TrainingStub extends PartnerStub {

  private final Map<String, LocalDate> certified = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong(9000);
  private volatile Runnable onCheck = () -> {};

  @Override
  protected String urlProperty() {
    return "quarkus.rest-client.training.url";
  }

  @Override
  public void reset() {
    super.reset();
    certified.clear();
    onCheck = () -> {};
  }

  /** The officer holds the competency until {@code until}, inclusive. */
  public void certify(long officerId, Competency competency, LocalDate until) {
    certified.put(officerId + "/" + competency.name(), until);
  }

  /** Runs {@code hook} on every check, before it is answered (e.g. to look at the database). */
  public void onCheck(Runnable hook) {
    onCheck = hook == null ? () -> {} : hook;
  }

  @Override
  protected void routes(HttpServer server) {
    server.createContext(TrainingPaths.ROOT + TrainingPaths.CERTIFICATION_CHECK, this::check);
  }

  private void check(HttpExchange exchange) throws IOException {
    onCheck.run();
    Received r = receive(exchange);
    if (r == null) {
      return;
    }
    Map<String, String> q = query(exchange.getRequestURI());
    long officerId = Long.parseLong(q.get("officerId"));
    Competency competency = Competency.valueOf(q.get("competency"));
    LocalDate on = LocalDate.parse(q.get("on"));
    LocalDate until = certified.get(officerId + "/" + competency.name());
    boolean yes = until != null && !on.isAfter(until);
    CertificationCheck answer =
        new CertificationCheck(
            officerId, competency, on, yes, yes ? ids.incrementAndGet() : null, yes ? until : null);
    send(
        exchange,
        200,
        answer,
        yes
            ? Map.of()
            : Map.of(
                CertificationCheckReason.HEADER, CertificationCheckReason.NOT_CERTIFIED.name()));
  }
}
