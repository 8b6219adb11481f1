package org.puente.removals.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Another case of the same family, and how they are related. */
public record FamilyLink(@NotNull @Positive Long caseId, @NotNull FamilyRelation relation) {}
