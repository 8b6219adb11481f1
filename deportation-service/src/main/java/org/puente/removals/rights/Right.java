package org.puente.removals.rights;

/** A right the person must be told of before a removal order is issued. */
public enum Right {
  /** To seek international protection. */
  SEEK_PROTECTION,
  /** To appeal a removal order, and by when. */
  APPEAL,
  /** To contact their country's consulate. */
  CONSULAR_CONTACT,
  /** To legal aid. */
  LEGAL_AID,
  /** To contact UNHCR or IOM. */
  UNHCR_IOM_CONTACT
}
