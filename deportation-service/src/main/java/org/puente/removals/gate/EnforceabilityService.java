package org.puente.removals.gate;

import static java.util.stream.Collectors.toSet;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.puente.common.security.Caller;
import org.puente.removals.RemovalsConfig;
import org.puente.removals.api.AppealStatus;
import org.puente.removals.api.EnforceabilityView;
import org.puente.removals.api.TravelDocumentStatus;
import org.puente.removals.calendar.LegalCalendar;
import org.puente.removals.cases.CaseAccess;
import org.puente.removals.cases.FamilyLinks;
import org.puente.removals.cases.FamilySeparationRepository;
import org.puente.removals.cases.RemovalCase;
import org.puente.removals.claims.ClaimRepository;
import org.puente.removals.documents.DocumentRepository;
import org.puente.removals.flags.FlagRepository;
import org.puente.removals.operations.OperationRepository;
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
  private final FamilyLinks family;
  private final FamilySeparationRepository separations;
  private final OperationRepository operations;

  EnforceabilityService(
      CaseAccess access,
      OrderRepository orders,
      ClaimRepository claims,
      DocumentRepository documents,
      FlagRepository flags,
      RemovalsConfig config,
      RightsRepository rights,
      LegalCalendar calendar,
      FamilyLinks family,
      FamilySeparationRepository separations,
      OperationRepository operations) {
    this.rights = rights;
    this.calendar = calendar;
    this.access = access;
    this.orders = orders;
    this.claims = claims;
    this.documents = documents;
    this.flags = flags;
    this.config = config;
    this.family = family;
    this.separations = separations;
    this.operations = operations;
  }

  /** The gate for a caller reading the case (a partner's read is logged). */
  public EnforceabilityView check(
      Caller caller, long caseId, String destination, LocalDate departure) {
    RemovalCase c = access.read(caller, caseId, "enforceability");
    return evaluate(c, destination == null ? c.nationality : destination, departure);
  }

  /**
   * The gate for a flight to {@code destination} departing on {@code departure}, outside a manifest
   * decision: when the person holds a seat, their family is looked at on that flight (as freezing
   * it would); otherwise no relative is on the flight.
   */
  public EnforceabilityView evaluate(RemovalCase c, String destination, LocalDate departure) {
    Optional<Long> flight = operations.seatOf(c.id).map(s -> s.operationId);
    Set<Long> onFlight =
        flight
            .map(op -> operations.seated(op).stream().map(s -> s.caseId).collect(toSet()))
            .orElse(Set.of());
    return evaluate(c, destination, departure, onFlight, flight.isPresent());
  }

  /**
   * The gate for a seat on a flight whose seated people are {@code onFlight}; with {@code
   * familyTogether} (freezing, departing) every linked relative must be among them or separated
   * from the person by a recorded decision.
   */
  public EnforceabilityView evaluate(
      RemovalCase c,
      String destination,
      LocalDate departure,
      Set<Long> onFlight,
      boolean familyTogether) {
    RemovalOrder order = orders.forCase(c.id).orElse(null);
    List<EnforceabilityGate.Appeal> appeals =
        order == null
            ? List.of()
            : orders.appeals(order.id).stream()
                .map(
                    a ->
                        new EnforceabilityGate.Appeal(
                            a.status == AppealStatus.PENDING, a.suspensive))
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
                            d.status == TravelDocumentStatus.ISSUED, d.country, d.expiresOn))
                .toList(),
            flags.openTypes(c.id),
            c.bestInterestDecidedOn != null,
            c.fitToFly,
            rights.notified(c.id),
            c.dateOfBirth,
            relatives(c, onFlight),
            familyTogether));
  }

  /**
   * Linked relatives of the case who are not among {@code onFlight} and not separated from it by a
   * recorded decision, by case id.
   */
  public List<Long> relativesMissing(RemovalCase c, Set<Long> onFlight) {
    return EnforceabilityGate.relativesMissing(relatives(c, onFlight));
  }

  /**
   * For each case (a page of a manifest), its linked relatives not among {@code onFlight} and not
   * separated from it by a recorded decision, by case id: a fixed number of queries for the page.
   */
  public Map<Long, List<Long>> relativesMissing(List<RemovalCase> of, Set<Long> onFlight) {
    Map<Long, Set<Long>> relatives = family.relativeIds(of);
    Map<Long, Set<Long>> separated = separations.separatedFrom(relatives.keySet());
    Map<Long, List<Long>> out = new HashMap<>();
    relatives.forEach(
        (id, ids) ->
            out.put(
                id,
                EnforceabilityGate.relativesMissing(
                    ids.stream()
                        .map(
                            r ->
                                new EnforceabilityGate.Relative(
                                    r, null, onFlight.contains(r), separated.get(id).contains(r)))
                        .toList())));
    return out;
  }

  /** The case's linked relatives as the gate sees them: by case id, born when, where they are. */
  private List<EnforceabilityGate.Relative> relatives(RemovalCase c, Set<Long> onFlight) {
    Set<Long> ids = family.relativeIds(c);
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, LocalDate> born = new HashMap<>();
    family.relatives(c).forEach(r -> born.put(r.id, r.dateOfBirth));
    Set<Long> separated = separations.separatedFrom(c.id);
    return ids.stream()
        .map(
            id ->
                new EnforceabilityGate.Relative(
                    id, born.get(id), onFlight.contains(id), separated.contains(id)))
        .toList();
  }
}
