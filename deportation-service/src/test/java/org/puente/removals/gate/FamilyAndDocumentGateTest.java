package org.puente.removals.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.EnforceabilityView;
import org.puente.removals.api.FlagType;
import org.puente.removals.api.GateReason;
import org.puente.removals.api.GateRefusal;
import org.puente.removals.api.Right;

/** Children, families and travel documents at the gate: the rules added on top of the others. */
class FamilyAndDocumentGateTest {

  private static final LocalDate TODAY = LocalDate.of(2024, 8, 15);
  private static final LocalDate DEPARTURE = LocalDate.of(2024, 8, 20);
  private static final LocalDate ADULT = LocalDate.of(1985, 3, 1);
  private static final EnforceabilityGate.Document CO_PASSPORT =
      new EnforceabilityGate.Document(true, "CO", DEPARTURE.plusYears(1));

  private static EnforceabilityGate.Relative relative(
      long id, LocalDate born, boolean onFlight, boolean separated) {
    return new EnforceabilityGate.Relative(id, born, onFlight, separated);
  }

  /** A person removable to Colombia but for the given birth date, flags, family and documents. */
  private static EnforceabilityGate.Input input(
      LocalDate born,
      Set<FlagType> flags,
      boolean bestInterest,
      List<EnforceabilityGate.Relative> relatives,
      boolean together,
      String destination,
      List<EnforceabilityGate.Document> documents) {
    return new EnforceabilityGate.Input(
        CaseStatus.ENFORCEABLE,
        TODAY,
        DEPARTURE,
        "CO",
        destination,
        Set.of("PA"),
        new EnforceabilityGate.Order(TODAY.minusDays(1), true),
        List.of(),
        List.of(),
        documents,
        flags,
        bestInterest,
        true,
        EnumSet.allOf(Right.class),
        born,
        relatives,
        together);
  }

  private static EnforceabilityGate.Input person(
      LocalDate born, List<EnforceabilityGate.Relative> relatives, boolean together) {
    return input(
        born,
        EnumSet.noneOf(FlagType.class),
        false,
        relatives,
        together,
        "CO",
        List.of(CO_PASSPORT));
  }

  private static List<GateReason> codes(EnforceabilityGate.Input in) {
    return EnforceabilityGate.evaluate(in).reasons().stream().map(GateRefusal::code).toList();
  }

  private static final List<GateReason> UNACCOMPANIED =
      List.of(GateReason.UNACCOMPANIED_MINOR_WITHOUT_BEST_INTEREST_DETERMINATION);

  @Test
  void underEighteenOnTheDepartureDateIsAMinorWithoutAnyFlag() {
    // Turns 18 the day after departure: still a minor on the flight, and alone on it.
    assertEquals(
        UNACCOMPANIED, codes(person(DEPARTURE.minusYears(18).plusDays(1), List.of(), true)));
    // Turns 18 on the day of departure: an adult.
    assertEquals(List.of(), codes(person(DEPARTURE.minusYears(18), List.of(), true)));
    // 17 today but 18 by the departure: the departure date decides, not today.
    LocalDate eighteenOnDeparture = DEPARTURE.minusYears(18);
    assertTrue(EnforceabilityGate.minorOn(eighteenOnDeparture, TODAY));
    assertFalse(EnforceabilityGate.minorOn(eighteenOnDeparture, DEPARTURE));
    assertFalse(EnforceabilityGate.minorOn(null, DEPARTURE));
  }

  @Test
  void aMinorFlagRaisedByHandCountsEvenWhenTheRecordedBirthDateSaysAdult() {
    assertEquals(
        UNACCOMPANIED,
        codes(
            input(
                ADULT,
                EnumSet.of(FlagType.MINOR),
                false,
                List.of(),
                true,
                "CO",
                List.of(CO_PASSPORT))));
  }

  @Test
  void aMinorIsAccompaniedOnlyByAnAdultRelativeOnTheSameFlight() {
    LocalDate child = DEPARTURE.minusYears(9);
    assertEquals(List.of(), codes(person(child, List.of(relative(3, ADULT, true, false)), false)));
    // The adult relative is not on this flight.
    assertEquals(
        UNACCOMPANIED, codes(person(child, List.of(relative(3, ADULT, false, false)), false)));
    // The relative on the flight is a minor too (16 on the departure date).
    assertEquals(
        UNACCOMPANIED,
        codes(person(child, List.of(relative(4, DEPARTURE.minusYears(16), true, false)), false)));
    // A relative of unknown age is not known to be an adult.
    assertEquals(
        UNACCOMPANIED, codes(person(child, List.of(relative(5, null, true, false)), false)));
  }

  @Test
  void anUnaccompaniedMinorWithABestInterestDeterminationMayTravel() {
    assertEquals(
        List.of(),
        codes(
            input(
                DEPARTURE.minusYears(15),
                EnumSet.noneOf(FlagType.class),
                true,
                List.of(),
                true,
                "CO",
                List.of(CO_PASSPORT))));
  }

  @Test
  void theFamilyTravelsTogetherAndTheMissingAreNamedByCaseId() {
    EnforceabilityView r =
        EnforceabilityGate.evaluate(
            person(
                ADULT,
                List.of(
                    relative(12, ADULT, false, false),
                    relative(13, ADULT, true, false),
                    relative(11, DEPARTURE.minusYears(40), false, false)),
                true));
    assertFalse(r.enforceable());
    assertEquals(1, r.reasons().size());
    assertEquals(GateReason.FAMILY_NOT_TOGETHER, r.reasons().get(0).code());
    assertTrue(
        r.reasons().get(0).message().contains("case(s) 11, 12 "), r.reasons().get(0).message());
    assertFalse(r.reasons().get(0).message().contains("13"), r.reasons().get(0).message());
  }

  @Test
  void aRecordedSeparationDecisionLetsARelativeStayBehind() {
    List<EnforceabilityGate.Relative> family =
        List.of(relative(12, ADULT, false, true), relative(13, ADULT, true, false));
    assertEquals(List.of(), codes(person(ADULT, family, true)));
    assertEquals(List.of(), EnforceabilityGate.relativesMissing(family));
  }

  @Test
  void seatingOneByOneNamesTheMissingWithoutRefusing() {
    List<EnforceabilityGate.Relative> family =
        List.of(relative(22, ADULT, false, false), relative(21, ADULT, false, false));
    assertEquals(List.of(), codes(person(ADULT, family, false)));
    assertEquals(List.of(21L, 22L), EnforceabilityGate.relativesMissing(family));
  }

  @Test
  void aSeparationDoesNotMakeAChildAccompanied() {
    // The parent stays behind by decision: the child travels alone, so needs the determination.
    assertEquals(
        UNACCOMPANIED,
        codes(person(DEPARTURE.minusYears(10), List.of(relative(3, ADULT, false, true)), true)));
  }

  @Test
  void theTravelDocumentMustBeIssuedByTheDestinationCountry() {
    // To Panama (a readmission country) with only a Colombian passport.
    EnforceabilityView r =
        EnforceabilityGate.evaluate(
            input(
                ADULT,
                EnumSet.noneOf(FlagType.class),
                false,
                List.of(),
                true,
                "PA",
                List.of(CO_PASSPORT)));
    assertEquals(
        List.of(GateReason.NO_VALID_TRAVEL_DOCUMENT),
        r.reasons().stream().map(GateRefusal::code).toList());
    assertTrue(r.reasons().get(0).message().contains("destination country PA"));
    // A Panamanian document that expires before departure does not count either.
    assertEquals(
        List.of(GateReason.NO_VALID_TRAVEL_DOCUMENT),
        codes(
            input(
                ADULT,
                EnumSet.noneOf(FlagType.class),
                false,
                List.of(),
                true,
                "PA",
                List.of(
                    CO_PASSPORT,
                    new EnforceabilityGate.Document(true, "PA", DEPARTURE.minusDays(1))))));
    // One valid document of the destination is enough, whatever else the person holds.
    assertEquals(
        List.of(),
        codes(
            input(
                ADULT,
                EnumSet.noneOf(FlagType.class),
                false,
                List.of(),
                true,
                "PA",
                List.of(CO_PASSPORT, new EnforceabilityGate.Document(true, "PA", DEPARTURE)))));
    // Requested but not issued by the destination: no document.
    assertEquals(
        List.of(GateReason.NO_VALID_TRAVEL_DOCUMENT),
        codes(
            input(
                ADULT,
                EnumSet.noneOf(FlagType.class),
                false,
                List.of(),
                true,
                "CO",
                List.of(new EnforceabilityGate.Document(false, "CO", null)))));
  }
}
