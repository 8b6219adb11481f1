package org.puente.removals.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.puente.common.http.Identified;

/** A seat on an operation's manifest. */
public record SeatView(
    long id,
    long operationId,
    long caseId,
    SeatStatus status,
    String addedBy,
    Instant addedAt,
    Instant droppedAt,
    String dropReason,
    long version,
    @Schema(
            description =
                "Linked relatives (by case id) not seated on this flight and without a separation"
                    + " decision; the freeze is refused while any remain")
        List<Long> relativesNotSeated)
    implements Identified {}
