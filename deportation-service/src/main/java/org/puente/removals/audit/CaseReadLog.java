package org.puente.removals.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.puente.common.audit.AuditExport;
import org.puente.common.paging.PageRequest;
import org.puente.common.request.RequestIds;
import org.puente.common.security.Agency;
import org.puente.common.security.Caller;
import org.puente.removals.api.CaseReadView;

/**
 * Reads of cases' personal data by the owning agency's own staff, and by the monitors named on an
 * operation (of any agency: they read by their assignment, not under a grant), the counterpart of
 * the disclosure log (partners' reads): who, when, which cases, which part, which request. One
 * statement per request whatever the number of cases read; no personal data in the rows.
 */
@ApplicationScoped
public class CaseReadLog {

  public static final List<String> COLUMNS =
      List.of("id", "readAt", "reader", "readerAgency", "caseId", "what", "requestId");

  private final EntityManager em;

  CaseReadLog(EntityManager em) {
    this.em = em;
  }

  /**
   * Records that {@code reader} read {@code what} of these cases. In a transaction of its own,
   * committed before the answer leaves: a read that could not be logged is not answered.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(Caller reader, Collection<Long> caseIds, String what) {
    if (caseIds.isEmpty()) {
      return;
    }
    em.createNativeQuery(
            "insert into case_read_log (case_id, reader, reader_agency, what, request_id, read_at)"
                + " select cast(c as bigint), ?2, ?3, ?4, ?5, ?6"
                + " from unnest(string_to_array(?1, ',')) as c")
        .setParameter(
            1, caseIds.stream().distinct().map(String::valueOf).collect(Collectors.joining(",")))
        .setParameter(2, reader.username())
        .setParameter(3, reader.agency().code())
        .setParameter(4, what)
        .setParameter(5, RequestIds.current())
        .setParameter(6, OffsetDateTime.now(ZoneOffset.UTC))
        .executeUpdate();
  }

  /** A page of the log, filtered by case, reader and period. */
  public List<CaseReadView> page(
      Long caseId, String reader, Instant from, Instant to, PageRequest page) {
    return rows(caseId, reader, from, to, page.afterId(), page.fetchSize()).stream()
        .map(CaseReadLog::view)
        .toList();
  }

  /** The log in [from, to) for an export. */
  public AuditExport.Chunks between(Instant from, Instant to) {
    return (after, size) ->
        rows(null, null, from, to, after, size).stream()
            .map(r -> new AuditExport.Row(((Number) r[0]).longValue(), columns(r)))
            .toList();
  }

  private List<Object[]> rows(
      Long caseId, String reader, Instant from, Instant to, long after, int size) {
    StringBuilder sql =
        new StringBuilder(
            "select id, read_at, reader, reader_agency, case_id, what, request_id"
                + " from case_read_log where id > :after");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("after", after);
    if (caseId != null) {
      sql.append(" and case_id = :case");
      params.put("case", caseId);
    }
    if (reader != null) {
      sql.append(" and reader = :reader");
      params.put("reader", reader);
    }
    if (from != null) {
      sql.append(" and read_at >= :from");
      params.put("from", from.atOffset(ZoneOffset.UTC));
    }
    if (to != null) {
      sql.append(" and read_at < :to");
      params.put("to", to.atOffset(ZoneOffset.UTC));
    }
    sql.append(" order by id limit :size");
    params.put("size", size);
    var query = em.createNativeQuery(sql.toString());
    params.forEach(query::setParameter);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return new ArrayList<>(rows);
  }

  private static Map<String, Object> columns(Object[] r) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", ((Number) r[0]).longValue());
    c.put("readAt", instant(r[1]));
    c.put("reader", r[2]);
    c.put("readerAgency", r[3]);
    c.put("caseId", ((Number) r[4]).longValue());
    c.put("what", r[5]);
    c.put("requestId", r[6]);
    return c;
  }

  private static CaseReadView view(Object[] r) {
    return new CaseReadView(
        ((Number) r[0]).longValue(),
        ((Number) r[4]).longValue(),
        (String) r[2],
        Agency.fromCode((String) r[3]).orElse(null),
        (String) r[5],
        (String) r[6],
        instant(r[1]));
  }

  static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    return value == null ? null : Instant.parse(value.toString());
  }
}
