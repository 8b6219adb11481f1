package org.puente.funding.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.puente.common.http.Identified;
import org.puente.common.money.Money;

/** A budget line with its balances: available = allotted - obligated. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BudgetLineView(
    long id,
    long agreementId,
    BudgetCategory category,
    String description,
    Money allotted,
    Money obligated,
    Money disbursed,
    Money available,
    long version)
    implements Identified {}
