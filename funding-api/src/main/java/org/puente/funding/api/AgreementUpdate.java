package org.puente.funding.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.puente.common.money.Money;

/** What may change on an agreement: its title, ceiling (an amendment) and end of availability. */
public record AgreementUpdate(
    @NotBlank @Size(max = 200) String title,
    @NotNull @Valid Money ceiling,
    @NotNull LocalDate periodEnd) {}
