package org.puente.removals.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.puente.common.audit.AuditExport;

/**
 * The disclosure log (partners' reads of the agency's cases under grants, and the agency's own
 * reads of partners' cases) in [from, to), for an export; what {@code disclosureLog} pages.
 */
@ApplicationScoped
public class DisclosureLogExport {

  public static final List<String> COLUMNS =
      List.of(
          "id",
          "readAt",
          "reader",
          "readerAgency",
          "caseId",
          "grantId",
          "legalBasis",
          "what",
          "requestId");

  private final EntityManager em;

  DisclosureLogExport(EntityManager em) {
    this.em = em;
  }

  public AuditExport.Chunks between(String agency, Instant from, Instant to) {
    return (after, size) -> {
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery(
                  "select l.id, l.read_at, l.reader, l.reader_agency, l.case_id, l.grant_id,"
                      + " l.legal_basis, l.what, l.request_id from disclosure_log l"
                      + " where (l.reader_agency = :agency or l.case_id in"
                      + " (select c.id from removal_case c where c.owning_agency = :agency))"
                      + " and l.read_at >= :from and l.read_at < :to and l.id > :after"
                      + " order by l.id limit :size")
              .setParameter("agency", agency)
              .setParameter("from", from.atOffset(ZoneOffset.UTC))
              .setParameter("to", to.atOffset(ZoneOffset.UTC))
              .setParameter("after", after)
              .setParameter("size", size)
              .getResultList();
      return rows.stream()
          .map(
              r -> {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("id", ((Number) r[0]).longValue());
                c.put("readAt", CaseReadLog.instant(r[1]));
                c.put("reader", r[2]);
                c.put("readerAgency", r[3]);
                c.put("caseId", ((Number) r[4]).longValue());
                c.put("grantId", ((Number) r[5]).longValue());
                c.put("legalBasis", r[6]);
                c.put("what", r[7]);
                c.put("requestId", r[8]);
                return new AuditExport.Row(((Number) r[0]).longValue(), c);
              })
          .toList();
    };
  }
}
