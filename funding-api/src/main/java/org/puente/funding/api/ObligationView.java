package org.puente.funding.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import org.puente.common.http.Identified;
import org.puente.common.money.Money;

/** An obligation and what became of it: remainder = amount - deobligated - pending - disbursed. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ObligationView(
    long id,
    long agreementId,
    long budgetLineId,
    Money amount,
    Money deobligated,
    Money pending,
    Money disbursed,
    Money remainder,
    String purpose,
    String reference,
    LocalDate obligatedOn,
    String createdBy,
    long version)
    implements Identified {}
