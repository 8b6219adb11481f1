package org.puente.training.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer other services rely on: whether the officer holds a valid certification in the
 * competency on the day (not revoked, vetting cleared through the day). When certified, which
 * certification and the last day the answer holds (the earlier of the certificate's expiry and the
 * end of the holder's clearance); when not, the reason is in the {@code Certification-Reason}
 * header.
 */
public record CertificationCheck(
    long officerId,
    Competency competency,
    LocalDate on,
    boolean certified,
    @Schema(description = "The certification relied on; null when not certified")
        Long certificationId,
    @Schema(
            description =
                "When certified, the last day the answer holds: the earlier of the certificate's"
                    + " expiry and the end of the officer's vetting clearance, so an answer kept"
                    + " until then is never kept past either (a revocation or a new vetting"
                    + " decision can still end it sooner: ask again rather than cache for long);"
                    + " null when not certified")
        LocalDate expiresOn) {}
