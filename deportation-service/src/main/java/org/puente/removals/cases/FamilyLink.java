package org.puente.removals.cases;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Another case of the same family, and how they are related. */
public record FamilyLink(@NotNull @Positive Long caseId, @NotNull Relation relation) {

  /** The relation of the other person to this one. */
  public enum Relation {
    PARENT,
    CHILD,
    SPOUSE,
    SIBLING,
    GUARDIAN,
    OTHER
  }
}
