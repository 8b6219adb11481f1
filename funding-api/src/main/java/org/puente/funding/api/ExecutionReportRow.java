package org.puente.funding.api;

import org.puente.common.money.Money;

/**
 * One line of the execution report; {@code budgetLineId} and {@code category} are null on the
 * total.
 */
public record ExecutionReportRow(
    Long budgetLineId,
    BudgetCategory category,
    Money allotted,
    Money obligated,
    Money pending,
    Money disbursed,
    Money expended,
    Money available) {}
