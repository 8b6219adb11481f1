package org.puente.removals.gate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.EnforceabilityView;
import org.puente.removals.api.FlagType;
import org.puente.removals.api.GateReason;
import org.puente.removals.api.GateRefusal;
import org.puente.removals.api.Right;

/**
 * The enforceability gate: whether a person may lawfully be put on a removal flight, and if not,
 * every reason why (never only the first). Plain Java over a snapshot of the case, so each
 * safeguard is tested on its own and in combination.
 */
public final class EnforceabilityGate {

  private EnforceabilityGate() {}

  /** A removal order as the gate sees it. */
  public record Order(LocalDate appealDeadline, boolean appealSuspensive) {}

  /** An appeal: whether it is still pending and whether it suspends removal. */
  public record Appeal(boolean pending, boolean suspensive) {}

  /** A protection claim's state. */
  public enum Claim {
    PENDING,
    GRANTED,
    DENIED
  }

  /** A travel document: issued or not, for which country, until when. */
  public record Document(boolean issued, String country, LocalDate expiresOn) {}

  /** Everything the gate looks at, read in one go from the case. */
  public record Input(
      CaseStatus status,
      LocalDate today,
      LocalDate departureDate,
      String nationality,
      String destinationCountry,
      Set<String> readmissionCountries,
      Order order,
      List<Appeal> appeals,
      List<Claim> claims,
      List<Document> documents,
      Set<FlagType> openFlags,
      boolean bestInterestDetermined,
      Boolean fitToFly,
      Set<Right> rightsNotified,
      LocalDate dateOfBirth,
      List<Relative> relatives,
      boolean familyTravelsTogether) {}

  /**
   * A linked family member (from the case's family links), known by case id only: born when,
   * whether they hold a seat on the same flight, and whether a supervisor recorded a decision that
   * the two may be removed apart.
   */
  public record Relative(
      long caseId, LocalDate dateOfBirth, boolean onSameFlight, boolean separationDecided) {}

  public static EnforceabilityView evaluate(Input in) {
    List<GateRefusal> reasons = new ArrayList<>();
    if (in.status() != CaseStatus.ENFORCEABLE && in.status() != CaseStatus.MANIFESTED) {
      add(
          reasons,
          GateReason.CASE_NOT_ENFORCEABLE,
          "The case is " + in.status() + ", not ENFORCEABLE");
    }
    if (in.order() == null) {
      add(reasons, GateReason.NO_REMOVAL_ORDER, "No removal order has been issued");
    } else if (in.order().appealSuspensive() && !in.today().isAfter(in.order().appealDeadline())) {
      add(
          reasons,
          GateReason.APPEAL_WINDOW_OPEN,
          "The appeal window is open until "
              + in.order().appealDeadline()
              + " and an appeal would suspend removal");
    }
    if (in.appeals().stream().anyMatch(a -> a.pending() && a.suspensive())) {
      add(
          reasons,
          GateReason.SUSPENSIVE_APPEAL_PENDING,
          "An appeal with suspensive effect is pending");
    }
    if (in.claims().contains(Claim.PENDING)) {
      add(reasons, GateReason.PROTECTION_CLAIM_PENDING, "A protection claim is pending");
    }
    if (in.claims().contains(Claim.GRANTED)) {
      add(
          reasons,
          GateReason.PROTECTION_GRANTED,
          "Protection was granted: the person is never removable");
    }
    boolean validDocument =
        in.documents().stream()
            .anyMatch(
                d ->
                    d.issued()
                        && (d.expiresOn() == null || !d.expiresOn().isBefore(in.departureDate())));
    if (!validDocument) {
      add(
          reasons,
          GateReason.NO_VALID_TRAVEL_DOCUMENT,
          "No issued travel document valid on " + in.departureDate());
    }
    in.openFlags().stream()
        .filter(FlagType::holdsRemoval)
        .sorted()
        .forEach(f -> add(reasons, GateReason.VULNERABILITY_HOLD, "Open vulnerability flag: " + f));
    if (in.openFlags().contains(FlagType.UNACCOMPANIED_MINOR) && !in.bestInterestDetermined()) {
      add(
          reasons,
          GateReason.UNACCOMPANIED_MINOR_WITHOUT_BEST_INTEREST_DETERMINATION,
          "An unaccompanied minor needs a recorded best-interest determination");
    }
    if (!in.destinationCountry().equals(in.nationality())
        && !in.readmissionCountries().contains(in.destinationCountry())) {
      add(
          reasons,
          GateReason.DESTINATION_NOT_ALLOWED,
          "The destination "
              + in.destinationCountry()
              + " is neither the person's nationality ("
              + in.nationality()
              + ") nor a country with a readmission arrangement");
    }
    if (!Boolean.TRUE.equals(in.fitToFly())) {
      add(
          reasons,
          GateReason.NOT_FIT_TO_FLY,
          in.fitToFly() == null
              ? "No fitness-to-fly assessment is recorded"
              : "The person was assessed not fit to fly");
    }
    checkDocumentForDestination(in, reasons);
    checkMinor(in, reasons);
    checkFamilyTogether(in, reasons);
    checkRights(in, reasons);
    return new EnforceabilityView(reasons.isEmpty(), List.copyOf(reasons));
  }

  /** A person not yet 18 on {@code day}; unknown when the date of birth is not recorded. */
  public static boolean minorOn(LocalDate dateOfBirth, LocalDate day) {
    return dateOfBirth != null && dateOfBirth.plusYears(18).isAfter(day);
  }

  /**
   * Linked relatives not on the same flight and not separated by a recorded decision, by case id:
   * the family is manifested together, so these must be seated (or a separation decided) first.
   */
  public static List<Long> relativesMissing(List<Relative> relatives) {
    return relatives.stream()
        .filter(r -> !r.onSameFlight() && !r.separationDecided())
        .map(Relative::caseId)
        .distinct()
        .sorted()
        .toList();
  }

  /**
   * A travel document is only valid for the country that issued it: a document valid on departure
   * but issued by another country than the destination does not let the person board.
   */
  private static void checkDocumentForDestination(Input in, List<GateRefusal> reasons) {
    List<Document> valid =
        in.documents().stream()
            .filter(
                d ->
                    d.issued()
                        && (d.expiresOn() == null || !d.expiresOn().isBefore(in.departureDate())))
            .toList();
    if (!valid.isEmpty()
        && valid.stream().noneMatch(d -> in.destinationCountry().equals(d.country()))) {
      add(
          reasons,
          GateReason.NO_VALID_TRAVEL_DOCUMENT,
          "No travel document issued by the destination country "
              + in.destinationCountry()
              + " (issued by: "
              + valid.stream().map(Document::country).distinct().sorted().toList()
              + ")");
    }
  }

  /**
   * A person under 18 on the departure date is a minor whatever flags were raised by hand (a flag
   * saying so counts as well, e.g. when the date of birth is disputed). A minor with no adult
   * family member on the same flight is unaccompanied and needs a recorded best-interest
   * determination. An open UNACCOMPANIED_MINOR flag already gives this reason above.
   */
  private static void checkMinor(Input in, List<GateRefusal> reasons) {
    boolean minor =
        minorOn(in.dateOfBirth(), in.departureDate())
            || in.openFlags().contains(FlagType.MINOR)
            || in.openFlags().contains(FlagType.UNACCOMPANIED_MINOR);
    if (!minor
        || in.bestInterestDetermined()
        || in.openFlags().contains(FlagType.UNACCOMPANIED_MINOR)) {
      return;
    }
    boolean accompanied =
        in.relatives().stream()
            .anyMatch(
                r ->
                    r.onSameFlight()
                        && r.dateOfBirth() != null
                        && !minorOn(r.dateOfBirth(), in.departureDate()));
    if (!accompanied) {
      add(
          reasons,
          GateReason.UNACCOMPANIED_MINOR_WITHOUT_BEST_INTEREST_DETERMINATION,
          "A minor on "
              + in.departureDate()
              + " with no adult family member on this flight is unaccompanied and needs a"
              + " recorded best-interest determination");
    }
  }

  /**
   * Linked family members are removed together unless a supervisor recorded a separation decision;
   * checked where the whole manifest is known (freezing, departing), naming the missing relatives
   * by case id only.
   */
  private static void checkFamilyTogether(Input in, List<GateRefusal> reasons) {
    if (!in.familyTravelsTogether()) {
      return;
    }
    List<Long> missing = relativesMissing(in.relatives());
    if (!missing.isEmpty()) {
      add(
          reasons,
          GateReason.FAMILY_NOT_TOGETHER,
          "Linked family members are not on this flight: case(s) "
              + missing.stream().map(String::valueOf).collect(Collectors.joining(", "))
              + " (seat them, or a supervisor records a separation decision)");
    }
  }

  /** Each right the person was never told of is a reason of its own. */
  private static void checkRights(Input in, List<GateRefusal> reasons) {
    for (Right r : Right.values()) {
      if (!in.rightsNotified().contains(r)) {
        add(
            reasons,
            GateReason.RIGHTS_NOT_NOTIFIED,
            "The person was not told of their right " + r.describe());
      }
    }
  }

  private static void add(List<GateRefusal> reasons, GateReason code, String message) {
    reasons.add(new GateRefusal(code, message));
  }
}
