package org.puente.removals.api;

/**
 * Freezing or departing re-runs the gate on every seat. By default any failure refuses the step and
 * lists every seat and reason; with {@code dropFailing} those seats are dropped, with their reasons
 * on record, and the step proceeds.
 */
public record ManifestRecheck(Boolean dropFailing) {
  public boolean drop() {
    return Boolean.TRUE.equals(dropFailing);
  }
}
