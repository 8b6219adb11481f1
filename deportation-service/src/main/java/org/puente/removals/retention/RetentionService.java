package org.puente.removals.retention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.puente.common.idempotency.IdempotencyPurge;
import org.puente.common.outbox.OutboxPurge;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.problem.ProblemException;
import org.puente.common.request.RequestIds;
import org.puente.common.security.Caller;
import org.puente.removals.RemovalsConfig;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.RetentionOutcome;
import org.puente.removals.api.RetentionRunView;
import org.puente.removals.api.RetentionTrigger;
import org.puente.removals.retention.PersonalDataRegistry.PersonalTable;

/**
 * Runs the retention policy: pseudonymises every case past its period ({@link RetentionPolicy}) in
 * every table and history table of {@link PersonalDataRegistry}, ends partners' grants on them, and
 * purges the short-lived copies (idempotency answers, delivered outbox messages). Cases go in
 * batches, one transaction each, so a run over years of cases holds no long locks; a run stopped
 * half-way leaves whole cases done and the next run takes the rest. Running twice changes nothing
 * more: a pseudonymised case is marked and never due again.
 *
 * <p>A dry run counts, in the same queries, what a run would change, and changes nothing.
 */
@ApplicationScoped
public class RetentionService {

  private static final Logger LOG = Logger.getLogger(RetentionService.class);

  /** After this a run still marked running is taken as stopped. */
  private static final Duration STALE = Duration.ofHours(6);

  /** Who ended a grant whose case was pseudonymised. */
  public static final String GRANT_ENDED_BY = "retention-policy";

  private final EntityManager em;
  private final RetentionRunRepository runs;
  private final Clock clock;
  private final RemovalsConfig.Retention config;
  private final IdempotencyPurge idempotency;
  private final OutboxPurge outbox;

  RetentionService(
      EntityManager em,
      RetentionRunRepository runs,
      Clock clock,
      RemovalsConfig config,
      IdempotencyPurge idempotency,
      OutboxPurge outbox) {
    this.em = em;
    this.runs = runs;
    this.clock = clock;
    this.config = config.retention();
    this.idempotency = idempotency;
    this.outbox = outbox;
  }

  @Scheduled(
      cron = "${puente.removals.retention.cron}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    try {
      run(null, false);
    } catch (ProblemException e) {
      // Another replica's schedule (or an administrator) is running it.
      LOG.info("Retention run skipped: another run is in progress");
    }
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** Runs the policy now; {@code caller} is null for the schedule. */
  public RetentionRunView run(Caller caller, boolean dryRun) {
    Instant now = clock.instant();
    long id;
    try {
      id = QuarkusTransaction.requiringNew().call(() -> start(caller, dryRun, now));
    } catch (PersistenceException e) {
      if (causedBy(e, ConstraintViolationException.class)) {
        throw ProblemException.conflict("A retention run is in progress; try again when it ends");
      }
      throw e;
    }
    Map<String, Long> counts = new TreeMap<>();
    long[] totals = new long[2];
    try {
      counts.put("idempotency_record", dryRun ? idempotency.count() : idempotency.purge());
      counts.put("outbox_message", dryRun ? outbox.count() : outbox.purge());
      List<Long> due = QuarkusTransaction.requiringNew().call(() -> due(now));
      int batch = Math.max(1, config.batch());
      for (int from = 0; from < due.size(); from += batch) {
        List<Long> ids = due.subList(from, Math.min(due.size(), from + batch));
        totals[1] +=
            QuarkusTransaction.requiringNew().call(() -> pseudonymise(ids, now, dryRun, counts));
        totals[0] += ids.size();
      }
    } catch (RuntimeException e) {
      QuarkusTransaction.requiringNew()
          .run(() -> finish(id, RetentionOutcome.FAILED, totals, counts));
      // The exception's class only: a database message may quote a value.
      LOG.errorf("Retention run %d failed: %s", id, e.getClass().getSimpleName());
      throw e;
    }
    RetentionRunView view =
        QuarkusTransaction.requiringNew()
            .call(() -> finish(id, RetentionOutcome.COMPLETED, totals, counts));
    LOG.infof(
        "Retention run %d%s: %d case(s) past their period, %d grant(s) ended, rows per table %s",
        id, dryRun ? " (dry run)" : "", totals[0], totals[1], counts);
    return view;
  }

  @Transactional
  public Page<RetentionRunView> list(PageRequest page) {
    return Page.of(runs.page(page), page, r -> r.id, RetentionRun::toView);
  }

  private long start(Caller caller, boolean dryRun, Instant now) {
    // A run that never finished (its replica stopped) no longer holds the others back.
    em.createQuery(
            "update RetentionRun r set r.outcome = ?1, r.finishedAt = ?2"
                + " where r.outcome = ?3 and r.startedAt < ?4")
        .setParameter(1, RetentionOutcome.FAILED)
        .setParameter(2, now)
        .setParameter(3, RetentionOutcome.RUNNING)
        .setParameter(4, now.minus(STALE))
        .executeUpdate();
    RetentionRun run = new RetentionRun();
    run.startedAt = now;
    run.dryRun = dryRun;
    run.trigger = caller == null ? RetentionTrigger.SCHEDULE : RetentionTrigger.REQUEST;
    run.triggeredBy =
        caller == null ? "schedule" : caller.agency().code() + "/" + caller.username();
    run.requestId = RequestIds.current();
    run.outcome = RetentionOutcome.RUNNING;
    runs.persist(run);
    runs.flush();
    return run.id;
  }

  private RetentionRunView finish(
      long id, RetentionOutcome outcome, long[] totals, Map<String, Long> counts) {
    RetentionRun run = runs.findById(id);
    run.finishedAt = clock.instant();
    run.outcome = outcome;
    run.cases = totals[0];
    run.grantsEnded = totals[1];
    run.counts = new TreeMap<>(counts);
    return run.toView();
  }

  /** The cases past their period at {@code now}, not yet pseudonymised, in id order. */
  private List<Long> due(Instant now) {
    Map<CaseStatus, Instant> cutoffs = RetentionPolicy.of(config).cutoffs(now);
    return jdbc(
        conn -> {
          List<Long> ids = new ArrayList<>();
          for (Map.Entry<CaseStatus, Instant> e : cutoffs.entrySet()) {
            try (PreparedStatement st =
                conn.prepareStatement(
                    "select c.id from removal_case c where c.pseudonymised_at is null"
                        + " and c.status = ? and coalesce((select max(e.at) from case_event e"
                        + " where e.case_id = c.id and e.to_status is not null), c.created_at) < ?"
                        + " order by c.id")) {
              st.setString(1, e.getKey().name());
              st.setObject(2, OffsetDateTime.ofInstant(e.getValue(), ZoneOffset.UTC));
              try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                  ids.add(rs.getLong(1));
                }
              }
            }
          }
          ids.sort(null);
          return ids;
        });
  }

  /** Pseudonymises (or counts) one batch of cases; answers the grants ended. */
  private long pseudonymise(
      List<Long> caseIds, Instant now, boolean dryRun, Map<String, Long> counts) {
    OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    return jdbc(
        conn -> {
          Array ids = conn.createArrayOf("bigint", caseIds.toArray(new Long[0]));
          Set<String> versioned = versionedTables(conn);
          // Grants first: they end whether or not they had expired, so none outlives its case.
          String grants = "disclosure_grant where case_id = any(?) and revoked_at is null";
          long ended =
              dryRun
                  ? count(conn, grants, ids)
                  : update(
                      conn,
                      "update disclosure_grant set revoked_at = ?, revoked_by = ?"
                          + (versioned.contains("disclosure_grant")
                              ? ", version = version + 1"
                              : "")
                          + " where case_id = any(?) and revoked_at is null",
                      ids,
                      at,
                      GRANT_ENDED_BY);
          for (PersonalTable rule : PersonalDataRegistry.PERSONAL) {
            String where = rule.rowsOfCases().replace(":ids", "?");
            for (String table : rule.tables()) {
              long rows;
              if (dryRun) {
                rows = count(conn, table + " where " + where, ids);
              } else {
                // A replacement may name the cases too (bound after the leading values).
                String set = rule.assignments().replace(":ids", "?");
                if (versioned.contains(table)) {
                  set += ", version = version + 1";
                }
                if (table.equals("removal_case")) {
                  set += ", pseudonymised_at = ?";
                  rows =
                      update(conn, "update " + table + " set " + set + " where " + where, ids, at);
                } else {
                  rows = update(conn, "update " + table + " set " + set + " where " + where, ids);
                }
              }
              counts.merge(table, rows, Long::sum);
            }
          }
          return ended;
        });
  }

  private static Set<String> versionedTables(Connection conn) throws SQLException {
    Set<String> tables = new HashSet<>();
    try (PreparedStatement st =
            conn.prepareStatement(
                "select table_name from information_schema.columns"
                    + " where table_schema = current_schema() and column_name = 'version'");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    return tables;
  }

  private static long count(Connection conn, String fromWhere, Array ids) throws SQLException {
    try (PreparedStatement st = conn.prepareStatement("select count(*) from " + fromWhere)) {
      bindIds(st, 1, ids);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Runs an update whose leading {@code leading} values come first, then the case ids. */
  private static long update(Connection conn, String sql, Array ids, Object... leading)
      throws SQLException {
    try (PreparedStatement st = conn.prepareStatement(sql)) {
      for (int i = 0; i < leading.length; i++) {
        st.setObject(i + 1, leading[i]);
      }
      bindIds(st, leading.length + 1, ids);
      return st.executeUpdate();
    }
  }

  /** Binds the case ids to every remaining parameter. */
  private static void bindIds(PreparedStatement st, int from, Array ids) throws SQLException {
    int n = st.getParameterMetaData().getParameterCount();
    for (int i = from; i <= n; i++) {
      st.setArray(i, ids);
    }
  }

  @FunctionalInterface
  private interface Work<T> {
    T apply(Connection conn) throws SQLException;
  }

  private <T> T jdbc(Work<T> work) {
    return em.unwrap(Session.class).doReturningWork(work::apply);
  }
}
