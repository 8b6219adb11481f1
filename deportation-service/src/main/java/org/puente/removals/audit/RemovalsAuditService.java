package org.puente.removals.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.puente.common.audit.RecordHistory;
import org.puente.common.history.RecordChangeView;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.security.Caller;
import org.puente.removals.HomeAgency;
import org.puente.removals.api.CaseReadView;

/** Records' history and the read log, for auditors of the agency that keeps them. */
@ApplicationScoped
public class RemovalsAuditService {

  private final RecordHistory history;
  private final RemovalsRecords records;
  private final CaseReadLog reads;
  private final HomeAgency home;

  RemovalsAuditService(
      RecordHistory history, RemovalsRecords records, CaseReadLog reads, HomeAgency home) {
    this.history = history;
    this.records = records;
    this.reads = reads;
    this.home = home;
  }

  /**
   * Who changed the record, when, under which request. The history of a case or of a part of one
   * shows personal data: reading it is logged as a read of that case.
   */
  @Transactional
  public Page<RecordChangeView> history(
      Caller caller, String recordType, long id, PageRequest page) {
    Page<RecordChangeView> answer = history.read(caller, records.types(), recordType, id, page);
    records
        .caseOf(recordType, id)
        .ifPresent(caseId -> reads.record(caller, List.of(caseId), "history:" + recordType));
    return answer;
  }

  /** The own-agency read log; only the home agency's staff read it. */
  public Page<CaseReadView> reads(
      Caller caller, Long caseId, String reader, Instant from, Instant to, PageRequest page) {
    home.requireOwnStaff(caller, "Logs of reads of removal cases");
    return Page.of(reads.page(caseId, reader, from, to, page), page, CaseReadView::id, r -> r);
  }
}
