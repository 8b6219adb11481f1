package org.puente.removals.gate;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.puente.common.security.Caller;
import org.puente.removals.RemovalsConfig;
import org.puente.removals.calendar.LegalCalendar;
import org.puente.removals.cases.CaseAccess;
import org.puente.removals.cases.RemovalCase;
import org.puente.removals.claims.ClaimRepository;
import org.puente.removals.documents.DocumentRepository;
import org.puente.removals.documents.TravelDocument;
import org.puente.removals.flags.FlagRepository;
import org.puente.removals.orders.Appeal;
import org.puente.removals.orders.OrderRepository;
import org.puente.removals.orders.RemovalOrder;
import org.puente.removals.rights.RightsRepository;

/** Reads a case's safeguards from the database and runs the {@link EnforceabilityGate}. */
@ApplicationScoped
public class EnforceabilityService {

  private final CaseAccess access;
  private final OrderRepository orders;
  private final ClaimRepository claims;
  private final DocumentRepository documents;
  private final FlagRepository flags;
  private final RemovalsConfig config;
  private final RightsRepository rights;
  private final LegalCalendar calendar;

  EnforceabilityService(
      CaseAccess access,
      OrderRepository orders,
      ClaimRepository claims,
      DocumentRepository documents,
      FlagRepository flags,
      RemovalsConfig config,
      RightsRepository rights,
      LegalCalendar calendar) {
    this.rights = rights;
    this.calendar = calendar;
    this.access = access;
    this.orders = orders;
    this.claims = claims;
    this.documents = documents;
    this.flags = flags;
    this.config = config;
  }

  /** The gate for a caller reading the case (a partner's read is logged). */
  public EnforceabilityGate.Result check(
      Caller caller, long caseId, String destination, LocalDate departure) {
    RemovalCase c = access.read(caller, caseId, "enforceability");
    return evaluate(c, destination == null ? c.nationality : destination, departure);
  }

  /** The gate for a flight to {@code destination} departing on {@code departure}. */
  public EnforceabilityGate.Result evaluate(
      RemovalCase c, String destination, LocalDate departure) {
    RemovalOrder order = orders.forCase(c.id).orElse(null);
    List<EnforceabilityGate.Appeal> appeals =
        order == null
            ? List.of()
            : orders.appeals(order.id).stream()
                .map(
                    a ->
                        new EnforceabilityGate.Appeal(
                            a.status == Appeal.Status.PENDING, a.suspensive))
                .toList();
    LocalDate today = calendar.today();
    return EnforceabilityGate.evaluate(
        new EnforceabilityGate.Input(
            c.status,
            today,
            departure == null || departure.isBefore(today) ? today : departure,
            c.nationality,
            destination,
            config.readmission(),
            order == null
                ? null
                : new EnforceabilityGate.Order(order.appealDeadline, order.appealSuspensive),
            appeals,
            claims.statuses(c.id).stream()
                .map(s -> EnforceabilityGate.Claim.valueOf(s.name()))
                .toList(),
            documents.forCase(c.id).stream()
                .map(
                    d ->
                        new EnforceabilityGate.Document(
                            d.status == TravelDocument.Status.ISSUED, d.country, d.expiresOn))
                .toList(),
            flags.openTypes(c.id),
            c.bestInterestDecidedOn != null,
            c.fitToFly,
            rights.notified(c.id)));
  }
}
