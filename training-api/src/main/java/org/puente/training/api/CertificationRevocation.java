package org.puente.training.api;

import java.time.Instant;

/** Who revoked a certification, when and why. */
public record CertificationRevocation(Instant revokedAt, String revokedBy, String reason) {}
