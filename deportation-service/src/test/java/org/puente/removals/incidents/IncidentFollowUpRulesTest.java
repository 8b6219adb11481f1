package org.puente.removals.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.removals.api.IncidentFollowUp;

class IncidentFollowUpRulesTest {

  private static List<String> step(
      IncidentFollowUp from, IncidentFollowUp to, String assignee, String findings) {
    return IncidentFollowUpRules.refusals(from, to, assignee, findings);
  }

  @Test
  void theFollowUpGoesOneStepAtATimeToClosed() {
    assertTrue(
        step(IncidentFollowUp.REPORTED, IncidentFollowUp.ASSIGNED, "inspector", null).isEmpty());
    assertTrue(
        step(IncidentFollowUp.ASSIGNED, IncidentFollowUp.UNDER_REVIEW, "inspector", null)
            .isEmpty());
    assertTrue(
        step(IncidentFollowUp.UNDER_REVIEW, IncidentFollowUp.CLOSED, "inspector", "No injury")
            .isEmpty());
    assertEquals(null, IncidentFollowUpRules.next(IncidentFollowUp.CLOSED));
  }

  @Test
  void assigningNeedsAnAssigneeAndClosingNeedsFindings() {
    assertEquals(
        List.of("Assigning the follow-up needs an assignee"),
        step(IncidentFollowUp.REPORTED, IncidentFollowUp.ASSIGNED, " ", null));
    assertEquals(
        List.of("Closing the follow-up needs findings"),
        step(IncidentFollowUp.UNDER_REVIEW, IncidentFollowUp.CLOSED, "inspector", null));
  }

  @Test
  void skippingOrGoingBackIsRefusedWithTheReason() {
    List<String> skip = step(IncidentFollowUp.REPORTED, IncidentFollowUp.CLOSED, null, "Findings");
    assertEquals(
        List.of("An incident that is REPORTED cannot become CLOSED; it may become ASSIGNED"), skip);
    assertEquals(
        List.of("An incident that is UNDER_REVIEW cannot go back to REPORTED"),
        step(IncidentFollowUp.UNDER_REVIEW, IncidentFollowUp.REPORTED, "inspector", null));
    assertEquals(
        List.of("An incident that is ASSIGNED cannot become CLOSED; it may become UNDER_REVIEW"),
        step(IncidentFollowUp.ASSIGNED, IncidentFollowUp.CLOSED, "inspector", "Findings"));
  }

  @Test
  void aClosedIncidentStaysClosed() {
    for (IncidentFollowUp to : IncidentFollowUp.values()) {
      assertEquals(
          List.of("The incident is CLOSED; its follow-up is over"),
          step(IncidentFollowUp.CLOSED, to, "inspector", "More"));
    }
  }

  @Test
  void theSameStatusAgainChangesOnlyWhatComesWithIt() {
    // Reassigning, or changing the severity while under review.
    assertTrue(step(IncidentFollowUp.ASSIGNED, IncidentFollowUp.ASSIGNED, "other", null).isEmpty());
    assertTrue(
        step(IncidentFollowUp.UNDER_REVIEW, IncidentFollowUp.UNDER_REVIEW, "inspector", null)
            .isEmpty());
    assertTrue(step(IncidentFollowUp.REPORTED, IncidentFollowUp.REPORTED, null, null).isEmpty());
  }
}
