package org.puente.funding.api;

import org.puente.common.money.Money;

/**
 * One group of the unit-cost report: the actual cost paid (approved payments that carry an output,
 * less what was reversed of them), the output it bought, and their quotient.
 *
 * @param group the group's key: an obligation, line or agreement id, or a period {@code YYYY-MM}
 * @param label what the group is: the obligation's reference (e.g. {@code removal-operation:42}),
 *     the line's category, the agreement's reference, or the period
 * @param agreementId the agreement of the group; null for a period
 * @param costPerUnit actual cost / output, to the cent (scale 2, rounded HALF_UP); null when the
 *     output is 0
 * @param payments how many payments the group adds up
 */
public record UnitCostRow(
    String group,
    String label,
    Long agreementId,
    OutputUnit unit,
    Money actualCost,
    long output,
    Money costPerUnit,
    int payments) {}
