package org.puente.removals.api;

/** What a complaint is about. */
public enum ComplaintCategory {
  TREATMENT,
  USE_OF_FORCE,
  MEDICAL_CARE,
  DETENTION_CONDITIONS,
  DUE_PROCESS,
  FAMILY_UNITY,
  PROPERTY,
  DISCRIMINATION,
  OTHER
}
