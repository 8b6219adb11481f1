package org.puente.funding.agreements;

/** An agreement takes obligations while ACTIVE; a CLOSED one takes none. */
public enum AgreementStatus {
  ACTIVE,
  CLOSED
}
