package org.puente.removals.api;

/** How a complaint reached the agency or the monitor. */
public enum ComplaintChannel {
  IN_PERSON,
  PHONE,
  LETTER,
  EMAIL,
  HOTLINE,
  MONITOR_VISIT
}
