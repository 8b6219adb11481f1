package org.puente.removals.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.puente.removals.api.RetentionOutcome;
import org.puente.removals.api.RetentionRunView;
import org.puente.removals.api.RetentionTableCount;
import org.puente.removals.api.RetentionTrigger;

/**
 * One run of the retention policy: a log entry, written by the run itself (not audited, like the
 * disclosure log). Counts only, never a value.
 */
@Entity
@Table(name = "retention_run")
public class RetentionRun {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "retention_run_seq")
  @SequenceGenerator(name = "retention_run_seq", allocationSize = 50)
  public Long id;

  @Column(name = "started_at")
  public Instant startedAt;

  @Column(name = "finished_at")
  public Instant finishedAt;

  @Column(name = "dry_run")
  public boolean dryRun;

  @Enumerated(EnumType.STRING)
  @Column(name = "trigger_kind")
  public RetentionTrigger trigger;

  @Column(name = "triggered_by")
  public String triggeredBy;

  @Column(name = "request_id")
  public String requestId;

  @Enumerated(EnumType.STRING)
  public RetentionOutcome outcome;

  public long cases;

  @Column(name = "grants_ended")
  public long grantsEnded;

  /** Rows per table changed (or, dry, that would be). */
  @JdbcTypeCode(SqlTypes.JSON)
  public Map<String, Long> counts = new LinkedHashMap<>();

  public RetentionRunView toView() {
    return new RetentionRunView(
        id,
        startedAt,
        finishedAt,
        dryRun,
        trigger,
        triggeredBy,
        outcome,
        cases,
        grantsEnded,
        counts.entrySet().stream()
            .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
            .map(e -> new RetentionTableCount(e.getKey(), e.getValue()))
            .toList());
  }
}
