package org.puente.removals.api;

/** Kinds of incident during a removal operation. */
public enum IncidentCategory {
  MEDICAL,
  USE_OF_FORCE,
  ESCAPE_ATTEMPT,
  SELF_HARM,
  COMPLAINT,
  OTHER
}
