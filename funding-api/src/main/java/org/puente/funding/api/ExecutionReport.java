package org.puente.funding.api;

import java.util.List;

/**
 * Budget execution of an agreement: per line and in total, what was allotted, obligated, awaiting
 * payment, paid (disbursed and expended) and is still available to obligate.
 */
public record ExecutionReport(
    long agreementId,
    String reference,
    String title,
    List<ExecutionReportRow> lines,
    ExecutionReportRow total) {}
