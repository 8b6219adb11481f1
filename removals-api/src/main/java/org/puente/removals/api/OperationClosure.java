package org.puente.removals.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.puente.common.money.Money;

/**
 * Completing or cancelling an operation, with a reason. Completing an operation funded through
 * Puente needs its actual cost, which is filed with funding-service as a payment request.
 */
public record OperationClosure(
    @NotNull OperationStatus status,
    @NotBlank @Size(max = 1000) String reason,
    @Valid Money actualCost) {}
