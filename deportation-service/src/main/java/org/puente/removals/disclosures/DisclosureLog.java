package org.puente.removals.disclosures;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.puente.common.paging.PageRequest;
import org.puente.common.request.RequestIds;
import org.puente.common.security.Caller;

/** Writes and reads the disclosure log. */
@ApplicationScoped
public class DisclosureLog implements PanacheRepository<DisclosureLogEntry> {

  /**
   * Records a partner's read. In a transaction of its own, committed before the answer leaves: a
   * read that could not be logged is not answered.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(Caller reader, DisclosureGrant grant, long caseId, String what) {
    write(reader, grant, caseId, what);
  }

  /** Records the reads of a page of cases, in one transaction of its own. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordAll(Caller reader, Map<Long, DisclosureGrant> grantByCase, String what) {
    grantByCase.forEach((caseId, grant) -> write(reader, grant, caseId, what));
  }

  private void write(Caller reader, DisclosureGrant grant, long caseId, String what) {
    DisclosureLogEntry e = new DisclosureLogEntry();
    e.grantId = grant.id;
    e.caseId = caseId;
    e.reader = reader.username();
    e.readerAgency = reader.agency().code();
    e.legalBasis = grant.legalBasis;
    e.what = what;
    e.requestId = RequestIds.current();
    e.readAt = Instant.now();
    persist(e);
    // The read also appears on the case's own timeline, so its history shows who looked.
    getEntityManager()
        .createNativeQuery(
            "insert into case_event (id, case_id, kind, summary, actor, agency, request_id, at)"
                + " values (nextval('case_event_seq'), ?1, 'PARTNER_READ', ?2, ?3, ?4, ?5, ?6)")
        .setParameter(1, caseId)
        .setParameter(2, "Read (" + what + ") under grant " + grant.id + ": " + grant.legalBasis)
        .setParameter(3, e.reader)
        .setParameter(4, e.readerAgency)
        .setParameter(5, e.requestId)
        .setParameter(6, e.readAt)
        .executeUpdate();
  }

  /** Reads of the agency's cases by partners, and the agency's own reads of partners' cases. */
  public List<DisclosureLogEntry> visibleTo(String agency, Long caseId, PageRequest page) {
    StringBuilder sql =
        new StringBuilder(
            "select l.* from disclosure_log l where (l.reader_agency = :agency or l.case_id in"
                + " (select c.id from removal_case c where c.owning_agency = :agency))"
                + " and l.id > :after");
    if (caseId != null) {
      sql.append(" and l.case_id = :case");
    }
    sql.append(" order by l.id limit :limit");
    var query =
        getEntityManager()
            .createNativeQuery(sql.toString(), DisclosureLogEntry.class)
            .setParameter("agency", agency)
            .setParameter("after", page.afterId())
            .setParameter("limit", page.fetchSize());
    if (caseId != null) {
      query.setParameter("case", caseId);
    }
    @SuppressWarnings("unchecked")
    List<DisclosureLogEntry> rows = query.getResultList();
    return rows;
  }
}
