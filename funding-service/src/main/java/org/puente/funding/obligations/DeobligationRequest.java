package org.puente.funding.obligations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.puente.common.money.Money;

/**
 * Returns unspent funds of an obligation to its line, with the reason as a code: it is written to
 * the ledger and published in the IATI export, so it is never free text (an unknown code is 400).
 */
@Schema(name = "DeobligationRequest")
public record DeobligationRequest(
    @NotNull @Valid Money amount, @NotNull DeobligationReason reason) {}
