package org.puente.removals.api;

/** A manifest seat: seated, or taken off with a reason. */
public enum SeatStatus {
  SEATED,
  DROPPED
}
