package org.puente.removals.api;

/** One failing safeguard of the enforceability gate, with a sentence a supervisor can act on. */
public record GateRefusal(GateReason code, String message) {}
