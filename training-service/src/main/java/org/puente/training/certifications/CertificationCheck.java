package org.puente.training.certifications;

import java.time.LocalDate;
import org.puente.training.courses.Competency;

/**
 * The answer other services rely on: whether the officer holds a valid certification in the
 * competency on the day (not revoked, vetting cleared through the day). When certified, which
 * certification and until when; when not, the reason is in the {@code Certification-Reason} header.
 */
public record CertificationCheck(
    long officerId,
    Competency competency,
    LocalDate on,
    boolean certified,
    Long certificationId,
    LocalDate expiresOn) {}
