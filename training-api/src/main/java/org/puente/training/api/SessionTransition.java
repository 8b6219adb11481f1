package org.puente.training.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Moves a session to another status; a cancellation needs a reason, kept with the session (never
 * sent on to funding-service).
 */
public record SessionTransition(@NotNull SessionStatus status, @Size(max = 500) String reason) {}
