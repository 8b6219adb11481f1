package org.puente.removals.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A recorded best-interest determination for a child. */
public record BestInterestRequest(
    @NotNull @PastOrPresent LocalDate decidedOn, @NotBlank @Size(max = 1000) String summary) {}
