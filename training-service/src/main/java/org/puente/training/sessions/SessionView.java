package org.puente.training.sessions;

import java.time.LocalDate;
import java.util.List;
import org.puente.common.http.Identified;
import org.puente.common.money.Money;
import org.puente.common.security.Agency;
import org.puente.training.courses.Competency;

/** A session as the API shows it, with its seats taken and waiting list. */
public record SessionView(
    long id,
    long courseId,
    String courseTitle,
    Competency competency,
    String location,
    LocalDate startDate,
    LocalDate endDate,
    int capacity,
    int seatsTaken,
    int waitlisted,
    List<String> instructors,
    Money cost,
    SessionStatus status,
    String cancellationReason,
    Agency providerAgency,
    Funding funding,
    long version)
    implements Identified {

  /** The session's funding in funding-service. */
  public record Funding(
      FundingStatus status, Long budgetLineId, Long obligationId, String reason) {}

  static SessionView of(TrainingSession s, SessionRepository.SeatCount seats) {
    return new SessionView(
        s.id,
        s.course.id,
        s.course.title,
        s.course.competency,
        s.location,
        s.startDate,
        s.endDate,
        s.capacity,
        seats.taken(),
        seats.waitlisted(),
        List.copyOf(s.instructors),
        Money.of(s.costAmount, s.costCurrency),
        s.status,
        s.cancellationReason,
        Agency.fromCode(s.providerAgency).orElseThrow(),
        new Funding(s.fundingStatus, s.fundingLineId, s.obligationId, s.fundingReason),
        s.version);
  }
}
