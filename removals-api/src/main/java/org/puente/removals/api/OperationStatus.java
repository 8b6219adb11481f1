package org.puente.removals.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a removal operation: {@code PLANNED → FUNDED → MANIFEST_FROZEN → DEPARTED →
 * COMPLETED}, or {@code CANCELLED} before departure. While funding-service is asked for the funds
 * the operation is {@code FUNDING_PENDING}; a refusal brings it back to {@code PLANNED}, with the
 * reason.
 */
public enum OperationStatus {
  PLANNED,
  FUNDING_PENDING,
  FUNDED,
  MANIFEST_FROZEN,
  DEPARTED,
  COMPLETED,
  CANCELLED;

  public Set<OperationStatus> next() {
    return switch (this) {
      case PLANNED -> EnumSet.of(FUNDING_PENDING, FUNDED, CANCELLED);
      case FUNDING_PENDING -> EnumSet.of(FUNDED, PLANNED, CANCELLED);
      case FUNDED -> EnumSet.of(MANIFEST_FROZEN, CANCELLED);
      case MANIFEST_FROZEN -> EnumSet.of(DEPARTED, CANCELLED);
      case DEPARTED -> EnumSet.of(COMPLETED);
      case COMPLETED, CANCELLED -> EnumSet.noneOf(OperationStatus.class);
    };
  }

  public boolean canMoveTo(OperationStatus target) {
    return next().contains(target);
  }

  /** Seats are added and dropped only before the manifest is frozen. */
  public boolean manifestOpen() {
    return this == PLANNED || this == FUNDING_PENDING || this == FUNDED;
  }
}
