package org.puente.common.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The service's revision log for auditors: every Envers revision (who, which agency, when, which
 * request id) with the kinds of record it changed, read in chunks for {@link AuditExport}.
 */
@ApplicationScoped
public class RevisionLog {

  public static final List<String> COLUMNS =
      List.of("revision", "changedAt", "username", "agency", "requestId", "entities");

  private final EntityManager em;

  RevisionLog(EntityManager em) {
    this.em = em;
  }

  /** Revisions made in [from, to), in revision order. */
  public AuditExport.Chunks between(Instant from, Instant to) {
    return (after, size) -> chunk(null, from, to, after, size);
  }

  /**
   * Revisions made in [from, to) by users of {@code agency}: where a deployment keeps records of
   * several agencies (funding agreements have a donor and a recipient), each agency's auditors
   * export their own users' changes.
   */
  public AuditExport.Chunks byAgencyBetween(String agency, Instant from, Instant to) {
    return (after, size) -> chunk(agency, from, to, after, size);
  }

  List<AuditExport.Row> chunk(String agency, Instant from, Instant to, long after, int size) {
    var query =
        em.createNativeQuery(
                "select r.id, r.changed_at, r.username, r.agency, r.request_id,"
                    + " (select string_agg(e.entity_name, ' ' order by e.entity_name)"
                    + "  from audit_revision_entity e where e.revision_id = r.id)"
                    + " from audit_revision r"
                    + " where r.changed_at >= :from and r.changed_at < :to and r.id > :after"
                    + (agency == null ? "" : " and r.agency = :agency")
                    + " order by r.id limit :size")
            .setParameter("from", from.toEpochMilli())
            .setParameter("to", to.toEpochMilli())
            .setParameter("after", after)
            .setParameter("size", size);
    if (agency != null) {
      query.setParameter("agency", agency);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    List<AuditExport.Row> out = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      long id = ((Number) r[0]).longValue();
      Map<String, Object> columns = new LinkedHashMap<>();
      columns.put("revision", id);
      columns.put("changedAt", Instant.ofEpochMilli(((Number) r[1]).longValue()));
      columns.put("username", r[2]);
      columns.put("agency", r[3]);
      columns.put("requestId", r[4]);
      columns.put("entities", simpleNames((String) r[5]));
      out.add(new AuditExport.Row(id, columns));
    }
    return out;
  }

  /** {@code org.puente.x.RemovalCase org.puente.y.Screening} as {@code RemovalCase Screening}. */
  static String simpleNames(String names) {
    if (names == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (String name : names.split(" ")) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(name.substring(name.lastIndexOf('.') + 1));
    }
    return out.toString();
  }
}
