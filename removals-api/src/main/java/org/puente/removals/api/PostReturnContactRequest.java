package org.puente.removals.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A contact with a person after their return: whether they were reached and whether they reported
 * concerns ({@code concerns} is personal data, only with {@code concernsReported}).
 */
public record PostReturnContactRequest(
    @NotNull @Schema(examples = "2024-09-02") LocalDate contactedOn,
    boolean reached,
    boolean concernsReported,
    @Size(max = 4000) String concerns) {}
