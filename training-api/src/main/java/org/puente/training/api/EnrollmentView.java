package org.puente.training.api;

import java.time.LocalDate;
import org.puente.common.http.Identified;
import org.puente.common.security.Agency;

/** A nomination and its outcome. Names the officer: personal data. */
public record EnrollmentView(
    long id,
    long sessionId,
    long officerId,
    String officerName,
    Agency nominatingAgency,
    EnrollmentStatus status,
    Integer waitlistPosition,
    Integer score,
    LocalDate completedOn,
    long version)
    implements Identified {}
