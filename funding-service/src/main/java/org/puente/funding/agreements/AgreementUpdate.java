package org.puente.funding.agreements;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.puente.common.money.Money;

/** What may change on an agreement: its title, ceiling (an amendment) and end of availability. */
@Schema(name = "AgreementUpdate")
public record AgreementUpdate(
    @NotBlank @Size(max = 200) String title,
    @NotNull @Valid Money ceiling,
    @NotNull LocalDate periodEnd) {}
