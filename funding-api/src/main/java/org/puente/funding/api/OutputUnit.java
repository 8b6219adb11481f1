package org.puente.funding.api;

/**
 * What an actual cost bought, counted: people removed on a completed removal operation (seats,
 * never who), or officers certified by a completed training session.
 */
public enum OutputUnit {
  PEOPLE_REMOVED,
  OFFICERS_CERTIFIED
}
