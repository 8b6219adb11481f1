package org.puente.funding.api;

/** How paid money comes back: returned by the payee (refund) or claimed back (recovery). */
public enum ReversalKind {
  REFUND,
  RECOVERY
}
