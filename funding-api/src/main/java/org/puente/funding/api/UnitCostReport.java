package org.puente.funding.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What each output cost, from actuals: cost per person removed ({@code removals}) and cost per
 * certified officer ({@code training}), per group, for the caller's agency's agreements. Costs are
 * approved payments that carry an output, net of reversals, dated by their approval (UTC) within
 * {@code from}..{@code to} (inclusive, either open). {@code rounding} states how the quotient is
 * rounded.
 */
public record UnitCostReport(
    String groupBy,
    LocalDate from,
    LocalDate to,
    String rounding,
    List<UnitCostRow> removals,
    List<UnitCostRow> training) {}
