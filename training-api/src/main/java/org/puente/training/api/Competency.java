package org.puente.training.api;

/** What a course teaches and a certification attests. */
public enum Competency {
  PROTECTION_SCREENING,
  REMOVAL_ESCORT,
  DOCUMENT_EXAMINATION,
  BIOMETRICS,
  INTERVIEWING
}
