package org.puente.removals.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/** A medical assessment of whether the person can travel by air. */
public record FitnessRequest(
    @NotNull Boolean fitToFly, @NotNull @PastOrPresent java.time.LocalDate assessedOn) {}
