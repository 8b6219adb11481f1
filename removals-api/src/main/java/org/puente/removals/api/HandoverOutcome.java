package org.puente.removals.api;

/** What became of one person on the manifest, as the monitor saw it. */
public enum HandoverOutcome {
  HANDED_OVER,
  REFUSED_BOARDING,
  DID_NOT_SHOW
}
