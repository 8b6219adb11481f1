package org.puente.removals.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.puente.common.http.Identified;
import org.puente.common.money.Money;

/** A removal operation with its seats taken and escorts. */
public record OperationView(
    long id,
    OperationKind kind,
    String destinationCountry,
    String destinationAirport,
    Instant departureAt,
    int seats,
    int seatsTaken,
    @Schema(
            description =
                "Names given when planning, for display only; the monitors with access are the"
                    + " assignments (listMonitors)")
        List<String> monitors,
    Money costEstimate,
    Long fundingObligationId,
    Long fundingLineId,
    Money actualCost,
    Long paymentRequestId,
    String fundingNote,
    OperationStatus status,
    String statusReason,
    List<Long> escortOfficerIds,
    long version)
    implements Identified {}
