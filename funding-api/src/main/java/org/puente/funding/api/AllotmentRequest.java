package org.puente.funding.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.puente.common.money.Money;

/** A line's new allotment. */
public record AllotmentRequest(@NotNull @Valid Money allotted) {}
