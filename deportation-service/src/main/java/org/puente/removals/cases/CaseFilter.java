package org.puente.removals.cases;

import java.time.LocalDate;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.FlagType;

/**
 * What a case list is narrowed by; every field is optional. The last five are the work queues: a
 * case with something due, or waiting for a supervisor.
 *
 * @param flagDueBefore only cases with an open flag due before this day
 * @param appealDeadlineFrom only cases whose removal order, not appealed, can be appealed until a
 *     day on or after this one
 * @param appealDeadlineTo the same, until a day on or before this one
 * @param claimPending only cases whose protection claim awaits a decision
 * @param screeningAwaitingReview only cases with a negative screening no supervisor has confirmed
 */
public record CaseFilter(
    CaseStatus status,
    String nationality,
    FlagType openFlag,
    LocalDate encounteredFrom,
    LocalDate encounteredTo,
    String text,
    LocalDate flagDueBefore,
    LocalDate appealDeadlineFrom,
    LocalDate appealDeadlineTo,
    boolean claimPending,
    boolean screeningAwaitingReview) {

  public static final CaseFilter NONE = new CaseFilter(null, null, null, null, null, null);

  /** A filter of the search's fields, without the work queues' (a search asks for none). */
  public CaseFilter(
      CaseStatus status,
      String nationality,
      FlagType openFlag,
      LocalDate encounteredFrom,
      LocalDate encounteredTo,
      String text) {
    this(
        status,
        nationality,
        openFlag,
        encounteredFrom,
        encounteredTo,
        text,
        null,
        null,
        null,
        false,
        false);
  }

  /** Whether the list asks for a deadline: each case then says its earliest one ({@code due}). */
  public boolean asksDeadline() {
    return flagDueBefore != null || appealDeadlineFrom != null || appealDeadlineTo != null;
  }
}
