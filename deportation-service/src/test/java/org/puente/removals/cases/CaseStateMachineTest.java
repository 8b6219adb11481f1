package org.puente.removals.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.removals.api.CaseStatus;

/** Every pair of statuses: lawful exactly when the design allows it. */
class CaseStateMachineTest {

  private static final Map<CaseStatus, Set<CaseStatus>> LAWFUL =
      Map.ofEntries(
          Map.entry(
              CaseStatus.OPEN,
              EnumSet.of(CaseStatus.SCREENING, CaseStatus.RELEASED, CaseStatus.CLOSED)),
          Map.entry(
              CaseStatus.SCREENING,
              EnumSet.of(
                  CaseStatus.PROTECTION_CLAIM_PENDING,
                  CaseStatus.REMOVAL_ORDERED,
                  CaseStatus.RELEASED,
                  CaseStatus.CLOSED)),
          Map.entry(
              CaseStatus.PROTECTION_CLAIM_PENDING,
              EnumSet.of(
                  CaseStatus.PROTECTION_GRANTED,
                  CaseStatus.PROTECTION_DENIED,
                  CaseStatus.RELEASED)),
          Map.entry(CaseStatus.PROTECTION_GRANTED, EnumSet.noneOf(CaseStatus.class)),
          Map.entry(
              CaseStatus.PROTECTION_DENIED,
              EnumSet.of(
                  CaseStatus.REMOVAL_ORDERED,
                  CaseStatus.PROTECTION_CLAIM_PENDING,
                  CaseStatus.RELEASED)),
          Map.entry(
              CaseStatus.REMOVAL_ORDERED,
              EnumSet.of(
                  CaseStatus.APPEAL_PENDING,
                  CaseStatus.ENFORCEABLE,
                  CaseStatus.PROTECTION_CLAIM_PENDING,
                  CaseStatus.RELEASED)),
          Map.entry(
              CaseStatus.APPEAL_PENDING,
              EnumSet.of(CaseStatus.REMOVAL_ORDERED, CaseStatus.RELEASED)),
          Map.entry(
              CaseStatus.ENFORCEABLE,
              EnumSet.of(
                  CaseStatus.MANIFESTED,
                  CaseStatus.APPEAL_PENDING,
                  CaseStatus.PROTECTION_CLAIM_PENDING,
                  CaseStatus.RELEASED)),
          Map.entry(
              CaseStatus.MANIFESTED,
              EnumSet.of(
                  CaseStatus.REMOVED,
                  CaseStatus.ENFORCEABLE,
                  CaseStatus.APPEAL_PENDING,
                  CaseStatus.PROTECTION_CLAIM_PENDING,
                  CaseStatus.RELEASED)),
          Map.entry(CaseStatus.REMOVED, EnumSet.noneOf(CaseStatus.class)),
          Map.entry(CaseStatus.RELEASED, EnumSet.noneOf(CaseStatus.class)),
          Map.entry(CaseStatus.CLOSED, EnumSet.noneOf(CaseStatus.class)));

  @Test
  void everyMoveIsLawfulOrRefusedAsDesigned() {
    for (CaseStatus from : CaseStatus.values()) {
      for (CaseStatus to : CaseStatus.values()) {
        boolean lawful = LAWFUL.get(from).contains(to);
        assertEquals(lawful, CaseStateMachine.refusal(from, to).isEmpty(), from + " -> " + to);
      }
      assertEquals(LAWFUL.get(from), CaseStateMachine.next(from), from.name());
    }
  }

  @Test
  void grantedProtectionRemovalReleaseAndClosureAreFinal() {
    for (CaseStatus s :
        EnumSet.of(
            CaseStatus.PROTECTION_GRANTED,
            CaseStatus.REMOVED,
            CaseStatus.RELEASED,
            CaseStatus.CLOSED)) {
      assertFalse(CaseStateMachine.removable(s), s.name());
      assertTrue(
          CaseStateMachine.refusal(s, CaseStatus.ENFORCEABLE).orElseThrow().contains("is final"));
    }
  }

  @Test
  void aClaimCanBeFiledUntilTheFlightLeaves() {
    for (CaseStatus s :
        EnumSet.of(
            CaseStatus.SCREENING,
            CaseStatus.PROTECTION_DENIED,
            CaseStatus.REMOVAL_ORDERED,
            CaseStatus.ENFORCEABLE,
            CaseStatus.MANIFESTED)) {
      assertTrue(
          CaseStateMachine.refusal(s, CaseStatus.PROTECTION_CLAIM_PENDING).isEmpty(), s.name());
    }
  }

  @Test
  void onlySomeMovesAreRequestedDirectly() {
    assertEquals(
        EnumSet.of(CaseStatus.SCREENING, CaseStatus.RELEASED, CaseStatus.CLOSED),
        EnumSet.copyOf(
            java.util.Arrays.stream(CaseStatus.values())
                .filter(CaseStateMachine::requestable)
                .toList()));
  }
}
