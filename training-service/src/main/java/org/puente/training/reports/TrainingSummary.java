package org.puente.training.reports;

import java.util.List;
import org.puente.common.money.Money;
import org.puente.common.security.Agency;
import org.puente.training.courses.Competency;

/** What training achieved and cost: aggregates only, no personal data. */
public record TrainingSummary(List<TrainedOfficers> trainedOfficers, List<CompetencyCost> costs) {

  /**
   * Distinct officers of an agency who were ever certified in a competency, by a certification not
   * revoked since.
   */
  public record TrainedOfficers(Agency agency, Competency competency, long officers) {}

  /**
   * The cost of the completed sessions of a competency, and that cost divided by the officers they
   * certified, revoked certifications left out ({@code costPerTrainedOfficer} is null when none was
   * certified).
   */
  public record CompetencyCost(
      Competency competency,
      long sessionsCompleted,
      Money totalCost,
      long officersCertified,
      Money costPerTrainedOfficer) {}
}
