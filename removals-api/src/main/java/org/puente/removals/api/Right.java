package org.puente.removals.api;

/** A right the person must be told of before a removal order is issued. */
public enum Right {
  SEEK_PROTECTION("to seek international protection"),
  APPEAL("to appeal a removal order, and by when"),
  CONSULAR_CONTACT("to contact their consulate"),
  LEGAL_AID("to legal aid"),
  UNHCR_IOM_CONTACT("to contact UNHCR or IOM");

  private final String words;

  Right(String words) {
    this.words = words;
  }

  /** The right in a sentence a supervisor can act on, with its code. */
  public String describe() {
    return words + " (" + name() + ")";
  }
}
