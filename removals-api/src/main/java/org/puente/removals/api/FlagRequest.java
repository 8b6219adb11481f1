package org.puente.removals.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A vulnerability flag to raise, with why and by when it must be looked at. */
public record FlagRequest(
    @NotNull FlagType type, @NotBlank @Size(max = 1000) String reason, LocalDate dueOn) {}
