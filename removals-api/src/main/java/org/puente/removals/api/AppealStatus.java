package org.puente.removals.api;

/** Where an appeal against a removal order stands. */
public enum AppealStatus {
  PENDING,
  ALLOWED,
  DISMISSED
}
