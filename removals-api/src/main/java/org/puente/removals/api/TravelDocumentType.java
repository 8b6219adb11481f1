package org.puente.removals.api;

/** The kind of travel document requested for return. */
public enum TravelDocumentType {
  PASSPORT,
  CONSULAR_TRAVEL_DOCUMENT,
  LAISSEZ_PASSER
}
