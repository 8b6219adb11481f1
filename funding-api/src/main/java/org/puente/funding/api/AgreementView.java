package org.puente.funding.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import org.puente.common.http.Identified;
import org.puente.common.money.Money;
import org.puente.common.security.Agency;

/** An agreement with its totals across budget lines. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgreementView(
    long id,
    String reference,
    String title,
    Agency donorAgency,
    Agency recipientAgency,
    String treasuryAccount,
    Money ceiling,
    Money allotted,
    Money obligated,
    Money disbursed,
    Money unallotted,
    LocalDate periodStart,
    LocalDate periodEnd,
    AgreementStatus status,
    long version)
    implements Identified {}
