package org.puente.funding.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.puente.common.money.Money;

/**
 * Returns unspent funds of an obligation to its line, with the reason as a code: it is written to
 * the ledger and published in the IATI export, so it is never free text (an unknown code is 400).
 */
public record DeobligationRequest(
    @NotNull @Valid Money amount, @NotNull DeobligationReason reason) {}
