package org.puente.funding.api;

/** An agreement takes obligations while ACTIVE; a CLOSED one takes none. */
public enum AgreementStatus {
  ACTIVE,
  CLOSED
}
