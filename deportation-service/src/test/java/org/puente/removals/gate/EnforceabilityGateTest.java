package org.puente.removals.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.EnforceabilityView;
import org.puente.removals.api.FlagType;
import org.puente.removals.api.GateReason;
import org.puente.removals.api.GateRefusal;
import org.puente.removals.api.Right;

/** Each safeguard alone, and all together: the gate names every failing one. */
class EnforceabilityGateTest {

  private static final LocalDate TODAY = LocalDate.of(2024, 8, 15);
  private static final LocalDate DEPARTURE = LocalDate.of(2024, 8, 20);

  /** A person who may lawfully be removed to Colombia. */
  private static EnforceabilityGate.Input clear() {
    return new EnforceabilityGate.Input(
        CaseStatus.ENFORCEABLE,
        TODAY,
        DEPARTURE,
        "CO",
        "CO",
        Set.of("PA"),
        new EnforceabilityGate.Order(TODAY.minusDays(1), true),
        List.of(),
        List.of(EnforceabilityGate.Claim.DENIED),
        List.of(new EnforceabilityGate.Document(true, "CO", DEPARTURE)),
        EnumSet.noneOf(FlagType.class),
        false,
        true,
        EnumSet.allOf(Right.class),
        LocalDate.of(1990, 1, 1),
        List.of(),
        true);
  }

  private static final LocalDate ADULT = LocalDate.of(1985, 3, 1);

  /** The input with another date of birth, relatives, and family check. */
  private static EnforceabilityGate.Input family(
      EnforceabilityGate.Input i,
      LocalDate dateOfBirth,
      List<EnforceabilityGate.Relative> relatives,
      boolean together) {
    return new EnforceabilityGate.Input(
        i.status(),
        i.today(),
        i.departureDate(),
        i.nationality(),
        i.destinationCountry(),
        i.readmissionCountries(),
        i.order(),
        i.appeals(),
        i.claims(),
        i.documents(),
        i.openFlags(),
        i.bestInterestDetermined(),
        i.fitToFly(),
        i.rightsNotified(),
        dateOfBirth,
        relatives,
        together);
  }

  private static List<GateReason> reasons(UnaryOperator<EnforceabilityGate.Input> change) {
    return EnforceabilityGate.evaluate(change.apply(clear())).reasons().stream()
        .map(GateRefusal::code)
        .toList();
  }

  private static EnforceabilityGate.Input with(
      EnforceabilityGate.Input i,
      CaseStatus status,
      String destination,
      EnforceabilityGate.Order order,
      List<EnforceabilityGate.Appeal> appeals,
      List<EnforceabilityGate.Claim> claims,
      List<EnforceabilityGate.Document> documents,
      Set<FlagType> flags,
      boolean bid,
      Boolean fit) {
    return new EnforceabilityGate.Input(
        status,
        i.today(),
        i.departureDate(),
        i.nationality(),
        destination,
        i.readmissionCountries(),
        order,
        appeals,
        claims,
        documents,
        flags,
        bid,
        fit,
        i.rightsNotified(),
        i.dateOfBirth(),
        i.relatives(),
        i.familyTravelsTogether());
  }

  @Test
  void aClearCaseIsEnforceable() {
    EnforceabilityView r = EnforceabilityGate.evaluate(clear());
    assertTrue(r.enforceable());
    assertEquals(List.of(), r.reasons());
  }

  @Test
  void eachSafeguardOnItsOwn() {
    assertEquals(
        List.of(GateReason.CASE_NOT_ENFORCEABLE),
        reasons(
            i ->
                with(
                    i,
                    CaseStatus.REMOVAL_ORDERED,
                    "CO",
                    i.order(),
                    i.appeals(),
                    i.claims(),
                    i.documents(),
                    i.openFlags(),
                    false,
                    true)));
    assertEquals(
        List.of(GateReason.NO_REMOVAL_ORDER),
        reasons(
            i ->
                with(
                    i,
                    i.status(),
                    "CO",
                    null,
                    i.appeals(),
                    i.claims(),
                    i.documents(),
                    i.openFlags(),
                    false,
                    true)));
    assertEquals(
        List.of(GateReason.APPEAL_WINDOW_OPEN),
        reasons(
            i ->
                with(
                    i,
                    i.status(),
                    "CO",
                    new EnforceabilityGate.Order(TODAY, true),
                    i.appeals(),
                    i.claims(),
                    i.documents(),
                    i.openFlags(),
                    false,
                    true)));
    assertEquals(
        List.of(GateReason.SUSPENSIVE_APPEAL_PENDING),
        reasons(
            i ->
                with(
                    i,
                    i.status(),
                    "CO",
                    i.order(),
                    List.of(new EnforceabilityGate.Appeal(true, true)),
                    i.claims(),
                    i.documents(),
                    i.openFlags(),
                    false,
                    true)));
    assertEquals(
        List.of(GateReason.PROTECTION_CLAIM_PENDING),
        reasons(
            i ->
                with(
                    i,
                    i.status(),
                    "CO",
                    i.order(),
                    i.appeals(),
                    List.of(EnforceabilityGate.Claim.DENIED, EnforceabilityGate.Claim.PENDING),
                    i.documents(),
                    i.openFlags(),
                    false,
                    true)));
    assertEquals(
        List.of(GateReason.PROTECTION_GRANTED),
        reasons(
            i ->
                with(
                    i,
                    i.status(),
                    "CO",
                    i.order(),
                    i.appeals(),
                    List.of(EnforceabilityGate.Claim.GRANTED),
                    i.documents(),
                    i.openFlags(),
                    false,
                    true)));
    assertEquals(
        List.of(GateReason.NO_VALID_TRAVEL_DOCUMENT),
        reasons(
            i ->
                with(
                    i,
                    i.status(),
                    "CO",
                    i.order(),
                    i.appeals(),
                    i.claims(),
                    List.of(new EnforceabilityGate.Document(false, "CO", null)),
                    i.openFlags(),
                    false,
                    true)));
    assertEquals(
        List.of(GateReason.NO_VALID_TRAVEL_DOCUMENT),
        reasons(
            i ->
                with(
                    i,
                    i.status(),
                    "CO",
                    i.order(),
                    i.appeals(),
                    i.claims(),
                    List.of(new EnforceabilityGate.Document(true, "CO", DEPARTURE.minusDays(1))),
                    i.openFlags(),
                    false,
                    true)));
    assertEquals(
        List.of(GateReason.VULNERABILITY_HOLD),
        reasons(
            i ->
                with(
                    i,
                    i.status(),
                    "CO",
                    i.order(),
                    i.appeals(),
                    i.claims(),
                    i.documents(),
                    EnumSet.of(FlagType.MEDICAL),
                    false,
                    true)));
    assertEquals(
        List.of(
            GateReason.VULNERABILITY_HOLD,
            GateReason.UNACCOMPANIED_MINOR_WITHOUT_BEST_INTEREST_DETERMINATION),
        reasons(
            i ->
                with(
                    i,
                    i.status(),
                    "CO",
                    i.order(),
                    i.appeals(),
                    i.claims(),
                    i.documents(),
                    EnumSet.of(FlagType.UNACCOMPANIED_MINOR),
                    false,
                    true)));
    assertEquals(
        List.of(GateReason.DESTINATION_NOT_ALLOWED),
        reasons(
            i ->
                with(
                    i,
                    i.status(),
                    "EC",
                    i.order(),
                    i.appeals(),
                    i.claims(),
                    List.of(new EnforceabilityGate.Document(true, "EC", DEPARTURE)),
                    i.openFlags(),
                    false,
                    true)));
    assertEquals(
        List.of(GateReason.NOT_FIT_TO_FLY),
        reasons(
            i ->
                with(
                    i,
                    i.status(),
                    "CO",
                    i.order(),
                    i.appeals(),
                    i.claims(),
                    i.documents(),
                    i.openFlags(),
                    false,
                    false)));
    assertEquals(
        List.of(GateReason.NOT_FIT_TO_FLY),
        reasons(
            i ->
                with(
                    i,
                    i.status(),
                    "CO",
                    i.order(),
                    i.appeals(),
                    i.claims(),
                    i.documents(),
                    i.openFlags(),
                    false,
                    null)));
  }

  @Test
  void whatDoesNotBlock() {
    // An accompanied minor (an adult relative on the flight), a non-suspensive order in its
    // window, a decided appeal, a readmission country (and its travel document).
    assertEquals(
        List.of(),
        reasons(
            i ->
                family(
                    with(
                        i,
                        i.status(),
                        "PA",
                        new EnforceabilityGate.Order(TODAY.plusDays(5), false),
                        List.of(
                            new EnforceabilityGate.Appeal(false, true),
                            new EnforceabilityGate.Appeal(true, false)),
                        i.claims(),
                        List.of(new EnforceabilityGate.Document(true, "PA", DEPARTURE)),
                        EnumSet.of(FlagType.MINOR),
                        false,
                        true),
                    DEPARTURE.minusYears(12),
                    List.of(new EnforceabilityGate.Relative(7, ADULT, true, false)),
                    true)));
    // A best-interest determination alone does not lift an open unaccompanied-minor hold.
    assertEquals(
        List.of(GateReason.VULNERABILITY_HOLD),
        reasons(
            i ->
                with(
                    i,
                    i.status(),
                    "CO",
                    i.order(),
                    i.appeals(),
                    i.claims(),
                    i.documents(),
                    EnumSet.of(FlagType.UNACCOMPANIED_MINOR),
                    true,
                    true)));
  }

  @Test
  void everyReasonAtOnce() {
    EnforceabilityView r =
        EnforceabilityGate.evaluate(
            with(
                clear(),
                CaseStatus.APPEAL_PENDING,
                "EC",
                new EnforceabilityGate.Order(TODAY, true),
                List.of(new EnforceabilityGate.Appeal(true, true)),
                List.of(EnforceabilityGate.Claim.PENDING, EnforceabilityGate.Claim.GRANTED),
                List.of(),
                EnumSet.of(FlagType.UNACCOMPANIED_MINOR, FlagType.PREGNANCY),
                false,
                false));
    assertEquals(
        List.of(
            GateReason.CASE_NOT_ENFORCEABLE,
            GateReason.APPEAL_WINDOW_OPEN,
            GateReason.SUSPENSIVE_APPEAL_PENDING,
            GateReason.PROTECTION_CLAIM_PENDING,
            GateReason.PROTECTION_GRANTED,
            GateReason.NO_VALID_TRAVEL_DOCUMENT,
            GateReason.VULNERABILITY_HOLD,
            GateReason.VULNERABILITY_HOLD,
            GateReason.UNACCOMPANIED_MINOR_WITHOUT_BEST_INTEREST_DETERMINATION,
            GateReason.DESTINATION_NOT_ALLOWED,
            GateReason.NOT_FIT_TO_FLY),
        r.reasons().stream().map(GateRefusal::code).toList());
    assertEquals(false, r.enforceable());
    assertEquals(
        List.of(GateReason.NO_REMOVAL_ORDER),
        reasons(
            i ->
                with(
                    i,
                    i.status(),
                    "CO",
                    null,
                    i.appeals(),
                    i.claims(),
                    i.documents(),
                    i.openFlags(),
                    false,
                    true)));
  }

  @Test
  void eachRightNeverExplainedIsAReasonOfItsOwn() {
    EnforceabilityGate.Input told = clear();
    EnforceabilityGate.Input partly =
        new EnforceabilityGate.Input(
            told.status(),
            told.today(),
            told.departureDate(),
            told.nationality(),
            told.destinationCountry(),
            told.readmissionCountries(),
            told.order(),
            told.appeals(),
            told.claims(),
            told.documents(),
            told.openFlags(),
            told.bestInterestDetermined(),
            told.fitToFly(),
            EnumSet.of(Right.SEEK_PROTECTION, Right.APPEAL),
            told.dateOfBirth(),
            told.relatives(),
            told.familyTravelsTogether());
    EnforceabilityView r = EnforceabilityGate.evaluate(partly);
    assertEquals(
        List.of(
            GateReason.RIGHTS_NOT_NOTIFIED,
            GateReason.RIGHTS_NOT_NOTIFIED,
            GateReason.RIGHTS_NOT_NOTIFIED),
        r.reasons().stream().map(GateRefusal::code).toList());
    assertEquals(
        List.of("CONSULAR_CONTACT", "LEGAL_AID", "UNHCR_IOM_CONTACT"),
        r.reasons().stream().map(x -> x.message().replaceAll(".*\\((\\w+)\\)$", "$1")).toList());
  }

  @Test
  void theAppealWindowIsOpenUntilTheEndOfTheDeadlineDay() {
    EnforceabilityGate.Input onDeadline = clear();
    assertEquals(
        List.of(GateReason.APPEAL_WINDOW_OPEN),
        reasons(
            i ->
                with(
                    i,
                    i.status(),
                    "CO",
                    new EnforceabilityGate.Order(onDeadline.today(), true),
                    i.appeals(),
                    i.claims(),
                    i.documents(),
                    i.openFlags(),
                    false,
                    true)));
    assertEquals(
        List.of(),
        reasons(
            i ->
                with(
                    i,
                    i.status(),
                    "CO",
                    new EnforceabilityGate.Order(onDeadline.today(), false),
                    List.of(new EnforceabilityGate.Appeal(true, false)),
                    i.claims(),
                    i.documents(),
                    i.openFlags(),
                    false,
                    true)),
        "a pending appeal without suspensive effect does not stop removal");
  }
}
