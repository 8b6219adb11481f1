package org.puente.training.api;

/** Human-rights vetting of a partner official (Leahy law), needed for U.S.-funded training. */
public enum VettingStatus {
  PENDING,
  CLEARED,
  DENIED
}
