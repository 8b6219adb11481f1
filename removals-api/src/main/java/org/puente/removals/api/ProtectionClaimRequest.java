package org.puente.removals.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A protection claim expressed or lodged. */
public record ProtectionClaimRequest(
    @NotNull @PastOrPresent LocalDate filedOn, @NotBlank @Size(max = 4000) String grounds) {}
