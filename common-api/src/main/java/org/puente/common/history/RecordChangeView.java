package org.puente.common.history;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.puente.common.security.Agency;

/**
 * One revision of a record from its audit history: who changed it (user and agency; "system" for
 * background work, with no agency), when, under which request id, and which fields changed.
 */
@Schema(description = "One change of a record: who, when, which request, which fields")
public record RecordChangeView(
    long revision,
    Instant changedAt,
    String username,
    @Schema(nullable = true) Agency agency,
    @Schema(nullable = true) String requestId,
    RecordChangeKind kind,
    List<FieldChangeView> changes) {}
