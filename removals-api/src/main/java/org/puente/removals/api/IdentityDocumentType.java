package org.puente.removals.api;

/** What kind of identity document. */
public enum IdentityDocumentType {
  PASSPORT,
  NATIONAL_ID,
  BIRTH_CERTIFICATE,
  OTHER
}
