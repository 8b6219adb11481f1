package org.puente.removals.api;

/** Charter aircraft or seats on commercial flights. */
public enum OperationKind {
  CHARTER,
  COMMERCIAL
}
