package org.puente.removals.api;

import java.time.Instant;
import org.puente.common.security.Agency;

/** A logged partner read of a case. */
public record DisclosureLogView(
    long id,
    long grantId,
    long caseId,
    String reader,
    Agency readerAgency,
    String legalBasis,
    String what,
    String requestId,
    Instant readAt) {}
