package org.puente.removals.complaints;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.puente.common.paging.PageRequest;
import org.puente.removals.api.ComplaintCategory;
import org.puente.removals.api.ComplaintStatus;

@ApplicationScoped
public class ComplaintRepository implements PanacheRepository<Complaint> {

  /** What a list asks for; {@code recordedBy} non-null limits it to one recorder's complaints. */
  public record Filter(
      String agency,
      String recordedByAgency,
      String recordedBy,
      ComplaintStatus status,
      ComplaintCategory category,
      boolean overdue,
      LocalDate today) {}

  public List<Complaint> page(Filter f, PageRequest page) {
    StringBuilder where = new StringBuilder("owningAgency = :agency and id > :after");
    Parameters params = Parameters.with("agency", f.agency()).and("after", page.afterId());
    if (f.recordedBy() != null) {
      where.append(" and recordedByAgency = :recorderAgency and recordedBy = :recorder");
      params.and("recorderAgency", f.recordedByAgency()).and("recorder", f.recordedBy());
    }
    if (f.status() != null) {
      where.append(" and status = :status");
      params.and("status", f.status());
    }
    if (f.category() != null) {
      where.append(" and category = :category");
      params.and("category", f.category());
    }
    if (f.overdue()) {
      // The same rule as ComplaintRules.overdue, as a query on the open-deadlines index.
      where.append(
          " and status <> :decided and ((status = :received and acknowledgeBy < :today)"
              + " or decideBy < :today)");
      params
          .and("decided", ComplaintStatus.DECIDED)
          .and("received", ComplaintStatus.RECEIVED)
          .and("today", f.today());
    }
    return find(where + " order by id", params).page(0, page.fetchSize()).list();
  }
}
