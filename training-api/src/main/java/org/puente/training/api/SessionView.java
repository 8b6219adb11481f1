package org.puente.training.api;

import java.time.LocalDate;
import java.util.List;
import org.puente.common.http.Identified;
import org.puente.common.money.Money;
import org.puente.common.security.Agency;

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
    SessionFunding funding,
    long version)
    implements Identified {}
