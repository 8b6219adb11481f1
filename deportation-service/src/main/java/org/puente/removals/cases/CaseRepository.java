package org.puente.removals.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.puente.common.paging.PageRequest;

@ApplicationScoped
public class CaseRepository implements PanacheRepository<RemovalCase> {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** Which cases a list may contain: the caller's own, plus those disclosed to them. */
  public record Scope(
      String ownAgency, Collection<String> blanketOwners, Collection<Long> grantedIds) {}

  /** The SQL of a list and its parameters, kept apart so tests can EXPLAIN exactly what runs. */
  public record ListQuery(String sql, Map<String, Object> params) {}

  public List<RemovalCase> page(Scope scope, CaseFilter filter, PageRequest page) {
    ListQuery q = listQuery(scope, filter, page);
    Query query = getEntityManager().createNativeQuery(q.sql(), RemovalCase.class);
    q.params().forEach(query::setParameter);
    @SuppressWarnings("unchecked")
    List<RemovalCase> rows = query.getResultList();
    return rows;
  }

  /**
   * A keyset page ordered by id. Each filter is a condition an index serves; the scope adds only
   * the conditions it needs, so an owner's list is one index range.
   */
  public ListQuery listQuery(Scope scope, CaseFilter filter, PageRequest page) {
    Map<String, Object> params = new LinkedHashMap<>();
    List<String> visible = new ArrayList<>();
    visible.add("c.owning_agency = :own");
    params.put("own", scope.ownAgency());
    if (!scope.blanketOwners().isEmpty()) {
      visible.add("c.owning_agency in (:owners)");
      params.put("owners", scope.blanketOwners());
    }
    if (!scope.grantedIds().isEmpty()) {
      visible.add("c.id in (:granted)");
      params.put("granted", scope.grantedIds());
    }
    StringBuilder sql = new StringBuilder("select c.* from removal_case c where ");
    sql.append(visible.size() == 1 ? visible.get(0) : "(" + String.join(" or ", visible) + ")");
    sql.append(" and c.id > :after");
    params.put("after", page.afterId());
    if (filter.status() != null) {
      sql.append(" and c.status = :status");
      params.put("status", filter.status().name());
    }
    if (filter.nationality() != null) {
      sql.append(" and c.nationality = :nationality");
      params.put("nationality", filter.nationality());
    }
    if (filter.encounteredFrom() != null) {
      sql.append(" and c.encountered_on >= :from");
      params.put("from", filter.encounteredFrom());
    }
    if (filter.encounteredTo() != null) {
      sql.append(" and c.encountered_on <= :to");
      params.put("to", filter.encounteredTo());
    }
    if (filter.openFlag() != null) {
      sql.append(
          " and c.id in (select f.case_id from case_flag f where f.type = :flag and f.resolved_at is null)");
      params.put("flag", filter.openFlag().name());
    }
    // The work queues: each a semi-join on the records it is about, served by its V10 index.
    if (filter.flagDueBefore() != null) {
      sql.append(
          " and c.id in (select f.case_id from case_flag f where f.resolved_at is null"
              + " and f.due_on < :flagDue)");
      params.put("flagDue", filter.flagDueBefore());
    }
    if (filter.appealDeadlineFrom() != null || filter.appealDeadlineTo() != null) {
      sql.append(" and c.id in (select o.case_id from removal_order o where true");
      if (filter.appealDeadlineFrom() != null) {
        sql.append(" and o.appeal_deadline >= :appealFrom");
        params.put("appealFrom", filter.appealDeadlineFrom());
      }
      if (filter.appealDeadlineTo() != null) {
        sql.append(" and o.appeal_deadline <= :appealTo");
        params.put("appealTo", filter.appealDeadlineTo());
      }
      sql.append(" and not exists (select 1 from appeal a where a.order_id = o.id))");
    }
    if (filter.claimPending()) {
      sql.append(
          " and c.id in (select p.case_id from protection_claim p where p.status = 'PENDING')");
    }
    if (filter.screeningAwaitingReview()) {
      sql.append(
          " and c.id in (select s.case_id from screening s where s.confirmed_by is null"
              + " and (s.outcome = 'SCREENED_OUT' or (s.outcome = 'NO_CLAIM' and s.claim_expressed)))");
    }
    String tsquery = tsquery(filter.text());
    if (tsquery != null) {
      sql.append(" and c.search_text @@ to_tsquery('simple', :text)");
      params.put("text", tsquery);
    }
    sql.append(" order by c.id limit :limit");
    params.put("limit", page.fetchSize());
    return new ListQuery(sql.toString(), params);
  }

  /** Each word of the search as a prefix, all required: "mar gonz" finds María González. */
  static String tsquery(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = WORD.matcher(text.toLowerCase(java.util.Locale.ROOT));
    List<String> words = new ArrayList<>();
    while (m.find() && words.size() < 8) {
      words.add(m.group() + ":*");
    }
    return words.isEmpty() ? null : words.stream().collect(Collectors.joining(" & "));
  }

  /**
   * The deadline each listed case is in the list for, when the list asked for one: the earliest of
   * its open flags due before the day asked, else its order's appeal deadline. One query for the
   * page, whatever its size.
   */
  public Map<Long, LocalDate> deadlines(CaseFilter filter, Collection<Long> ids) {
    Map<Long, LocalDate> due = new HashMap<>();
    if (ids.isEmpty() || !filter.asksDeadline()) {
      return due;
    }
    if (filter.flagDueBefore() != null) {
      rows(
          "select f.case_id, min(f.due_on) from case_flag f where f.case_id in (:ids)"
              + " and f.resolved_at is null and f.due_on < :before group by f.case_id",
          Map.of("ids", ids, "before", filter.flagDueBefore()),
          due);
    } else {
      rows(
          "select o.case_id, o.appeal_deadline from removal_order o where o.case_id in (:ids)",
          Map.of("ids", ids),
          due);
    }
    return due;
  }

  private void rows(String sql, Map<String, Object> params, Map<Long, LocalDate> into) {
    Query query = getEntityManager().createNativeQuery(sql);
    params.forEach(query::setParameter);
    for (Object row : query.getResultList()) {
      Object[] cells = (Object[]) row;
      Object day = cells[1];
      into.put(
          ((Number) cells[0]).longValue(),
          day instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) day);
    }
  }

  public RemovalCase lock(long id) {
    return getEntityManager()
        .find(RemovalCase.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
  }
}
