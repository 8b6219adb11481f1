package org.puente.removals.api;

/** Vulnerabilities that must be taken into account; every one but MINOR holds removal. */
public enum FlagType {
  UNACCOMPANIED_MINOR,
  MINOR,
  MEDICAL,
  PREGNANCY,
  TRAFFICKING_SURVIVOR,
  DISABILITY,
  FAMILY_UNITY;

  /** An open flag of this type keeps the person off any flight until a supervisor resolves it. */
  public boolean holdsRemoval() {
    return this != MINOR;
  }
}
