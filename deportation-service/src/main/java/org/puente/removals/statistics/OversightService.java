package org.puente.removals.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Agency;
import org.puente.common.security.Caller;
import org.puente.removals.RemovalsConfig;
import org.puente.removals.api.ComplaintCategory;
import org.puente.removals.api.ComplaintOutcome;
import org.puente.removals.api.ComplaintStatistics;
import org.puente.removals.api.OversightStatistics;

/**
 * Oversight figures (what happened to people, by nationality, sex or age band) and complaint
 * figures (by category and outcome), protected for other agencies as the removal tables are: each
 * month of each column on its own by {@link SmallCells}, then added up ({@link GroupedTable}); and
 * so, like them, asked by other agencies for whole months only.
 */
@ApplicationScoped
public class OversightService {

  /** The oversight columns, in order. */
  public static final List<String> OVERSIGHT_COLUMNS =
      List.of(
          "screenings",
          "screenedIn",
          "claimsFiled",
          "claimsGranted",
          "claimsDenied",
          "removalOrders",
          "appealsFiled",
          "appealsAllowed",
          "removals",
          "postReturnContacts",
          "contactsReached",
          "concernsReported");

  /** The column of complaints not decided yet. */
  public static final String OPEN = "OPEN";

  /** Groupings of the oversight table. */
  public static final List<String> GROUPINGS = List.of("nationality", "sex", "ageBand");

  /**
   * Per column: the tables joined to the case, the event's date (as SQL, {@code ?4} the agency's
   * zone), the condition on the period ({@code ?2}/{@code ?3} dates, {@code ?5}/{@code ?6} the
   * instants that bound them), and what else the event must be.
   */
  private record Event(String column, String from, String date, String range, String where) {}

  private static final String SCREENING = "screening s join removal_case c on c.id = s.case_id";
  private static final String SCREENED_ON = "(s.screened_at at time zone ?4)::date";
  private static final String SCREENED_IN_PERIOD = "s.screened_at >= ?5 and s.screened_at < ?6";
  private static final String CLAIM = "protection_claim p join removal_case c on c.id = p.case_id";
  private static final String APPEAL =
      "appeal a join removal_order o on o.id = a.order_id join removal_case c on c.id = o.case_id";
  private static final String CONTACT =
      "post_return_contact r join removal_case c on c.id = r.case_id";

  private static final List<Event> EVENTS =
      List.of(
          new Event("screenings", SCREENING, SCREENED_ON, SCREENED_IN_PERIOD, "true"),
          new Event(
              "screenedIn",
              SCREENING,
              SCREENED_ON,
              SCREENED_IN_PERIOD,
              "s.outcome = 'SCREENED_IN'"),
          new Event("claimsFiled", CLAIM, "p.filed_on", "p.filed_on between ?2 and ?3", "true"),
          new Event(
              "claimsGranted",
              CLAIM,
              "p.decided_on",
              "p.decided_on between ?2 and ?3",
              "p.status = 'GRANTED'"),
          new Event(
              "claimsDenied",
              CLAIM,
              "p.decided_on",
              "p.decided_on between ?2 and ?3",
              "p.status = 'DENIED'"),
          new Event(
              "removalOrders",
              "removal_order o join removal_case c on c.id = o.case_id",
              "o.issued_on",
              "o.issued_on between ?2 and ?3",
              "true"),
          new Event("appealsFiled", APPEAL, "a.filed_on", "a.filed_on between ?2 and ?3", "true"),
          new Event(
              "appealsAllowed",
              APPEAL,
              "a.decided_on",
              "a.decided_on between ?2 and ?3",
              "a.status = 'ALLOWED'"),
          new Event(
              "removals",
              "removal_case c",
              "c.removed_on",
              "c.removed_on between ?2 and ?3",
              "true"),
          new Event(
              "postReturnContacts",
              CONTACT,
              "r.contacted_on",
              "r.contacted_on between ?2 and ?3",
              "true"),
          new Event(
              "contactsReached",
              CONTACT,
              "r.contacted_on",
              "r.contacted_on between ?2 and ?3",
              "r.reached"),
          new Event(
              "concernsReported",
              CONTACT,
              "r.contacted_on",
              "r.contacted_on between ?2 and ?3",
              "r.concerns_reported"));

  private final EntityManager em;
  private final RemovalsConfig config;

  OversightService(EntityManager em, RemovalsConfig config) {
    this.em = em;
    this.config = config;
  }

  /** The oversight table in the period, grouped {@code by} nationality, sex or ageBand. */
  public OversightStatistics oversight(Caller caller, LocalDate from, LocalDate to, String by) {
    Agency owner = config.home();
    boolean exact = caller.agency() == owner;
    checkPeriod(exact, from, to);
    // One statement: a grouped count per kind of event, each on its own date's index.
    StringBuilder sql = new StringBuilder();
    for (Event e : EVENTS) {
      if (!sql.isEmpty()) {
        sql.append(" union all ");
      }
      sql.append("select '")
          .append(e.column())
          .append("' as k, to_char(")
          .append(e.date())
          .append(", 'YYYY-MM') as m, ")
          .append(group(by, e.date()))
          .append(" as g, count(*) as n from ")
          .append(e.from())
          .append(" where c.owning_agency = ?1 and ")
          .append(e.range())
          .append(" and ")
          .append(e.where())
          .append(" group by 2, 3");
    }
    Query query =
        em.createNativeQuery(sql.toString())
            .setParameter(1, owner.code())
            .setParameter(2, from)
            .setParameter(3, to)
            .setParameter(4, config.zone().getId())
            .setParameter(5, startOf(from))
            .setParameter(6, startOf(to.plusDays(1)));
    GroupedTable.Result table =
        GroupedTable.of(
            counts(query),
            OVERSIGHT_COLUMNS,
            by.equals("ageBand") ? List.of("ADULT", "MINOR") : List.of(),
            exact ? null : StatisticsService.THRESHOLD);
    return new OversightStatistics(
        owner,
        from,
        to,
        by,
        exact ? null : StatisticsService.THRESHOLD,
        OVERSIGHT_COLUMNS,
        table.rows(),
        table.totals());
  }

  /** Complaints received in the period, by category and outcome (OPEN until decided). */
  public ComplaintStatistics complaints(Caller caller, LocalDate from, LocalDate to) {
    Agency owner = config.home();
    boolean exact = caller.agency() == owner;
    checkPeriod(exact, from, to);
    Query query =
        em.createNativeQuery(
                "select coalesce(outcome, '"
                    + OPEN
                    + "'), to_char(received_on, 'YYYY-MM'), category, count(*) from complaint"
                    + " where owning_agency = ?1 and received_on between ?2 and ?3"
                    + " group by 1, 2, 3")
            .setParameter(1, owner.code())
            .setParameter(2, from)
            .setParameter(3, to);
    List<String> columns = new ArrayList<>();
    Arrays.stream(ComplaintOutcome.values()).forEach(o -> columns.add(o.name()));
    columns.add(OPEN);
    GroupedTable.Result table =
        GroupedTable.of(
            counts(query),
            columns,
            Arrays.stream(ComplaintCategory.values()).map(Enum::name).toList(),
            exact ? null : StatisticsService.THRESHOLD);
    return new ComplaintStatistics(
        owner,
        from,
        to,
        exact ? null : StatisticsService.THRESHOLD,
        columns,
        table.rows(),
        table.totals());
  }

  /** The group of an event's case, on the event's date for the age band. */
  private static String group(String by, String date) {
    return switch (by) {
      case "nationality" -> "c.nationality";
      case "sex" -> "c.sex";
      case "ageBand" ->
          "case when c.date_of_birth is null then 'UNKNOWN' when c.date_of_birth > ("
              + date
              + " - interval '18 years')::date then 'MINOR' else 'ADULT' end";
      default -> throw ProblemException.invalid("by", "must be nationality, sex or ageBand");
    };
  }

  private OffsetDateTime startOf(LocalDate day) {
    return day.atStartOfDay(config.zone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
  }

  @SuppressWarnings("unchecked")
  private static List<GroupedTable.Count> counts(Query query) {
    List<Object[]> rows = query.getResultList();
    List<GroupedTable.Count> counts = new ArrayList<>();
    for (Object[] r : rows) {
      counts.add(
          new GroupedTable.Count(
              // A one-letter column (sex) reads as a Character.
              String.valueOf(r[0]),
              String.valueOf(r[1]),
              String.valueOf(r[2]),
              ((Number) r[3]).longValue()));
    }
    return counts;
  }

  /**
   * The period's rules, as for removals: other agencies ask for whole months only, since a period
   * starting or ending inside a month, differenced with another, would tell a few days' events.
   */
  static void checkPeriod(boolean exact, LocalDate from, LocalDate to) {
    if (!exact && from.getDayOfMonth() != 1) {
      throw ProblemException.invalid(
          "from",
          "must be the first day of a month (or a month such as 2024-03):"
              + " other agencies see whole months only");
    }
    if (!exact && to.getDayOfMonth() != to.lengthOfMonth()) {
      throw ProblemException.invalid(
          "to",
          "must be the last day of a month (or a month such as 2024-05):"
              + " other agencies see whole months only");
    }
    if (to.isBefore(from)) {
      throw ProblemException.invalid("to", "must not be before from");
    }
    if (from.plusYears(10).isBefore(to)) {
      throw ProblemException.invalid("to", "the period is limited to ten years");
    }
  }
}
