package org.puente.removals.api;

/** Where a travel-document request stands; it moves forward only. */
public enum TravelDocumentStatus {
  REQUESTED,
  ISSUED,
  REFUSED,
  EXPIRED,
  CANCELLED
}
