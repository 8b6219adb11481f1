package org.puente.removals.incidents;

import java.util.ArrayList;
import java.util.List;
import org.puente.removals.api.IncidentFollowUp;

/**
 * The follow-up of an incident, one step at a time: REPORTED → ASSIGNED (to someone named) →
 * UNDER_REVIEW → CLOSED (with findings). A step to the status the incident already has (other than
 * CLOSED) changes nothing but what comes with it: a new assignee, a severity. A closed incident
 * stays closed.
 */
public final class IncidentFollowUpRules {

  private IncidentFollowUpRules() {}

  /** The next status in the follow-up, or null after CLOSED. */
  public static IncidentFollowUp next(IncidentFollowUp from) {
    return switch (from) {
      case REPORTED -> IncidentFollowUp.ASSIGNED;
      case ASSIGNED -> IncidentFollowUp.UNDER_REVIEW;
      case UNDER_REVIEW -> IncidentFollowUp.CLOSED;
      case CLOSED -> null;
    };
  }

  /**
   * Why the step may not be taken; empty when it may. {@code assignee} is the one already recorded
   * when the request names none.
   */
  public static List<String> refusals(
      IncidentFollowUp from, IncidentFollowUp to, String assignee, String findings) {
    List<String> reasons = new ArrayList<>();
    if (from == IncidentFollowUp.CLOSED) {
      reasons.add("The incident is CLOSED; its follow-up is over");
      return reasons;
    }
    if (to == IncidentFollowUp.REPORTED && from != IncidentFollowUp.REPORTED) {
      reasons.add("An incident that is " + from + " cannot go back to REPORTED");
    } else if (to != from && to != next(from)) {
      reasons.add(
          "An incident that is " + from + " cannot become " + to + "; it may become " + next(from));
    }
    if (to == IncidentFollowUp.ASSIGNED && blank(assignee)) {
      reasons.add("Assigning the follow-up needs an assignee");
    }
    if (to == IncidentFollowUp.CLOSED && blank(findings)) {
      reasons.add("Closing the follow-up needs findings");
    }
    return reasons;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
