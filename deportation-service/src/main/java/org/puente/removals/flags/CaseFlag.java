package org.puente.removals.flags;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.puente.removals.api.FlagType;
import org.puente.removals.api.FlagView;

/** A vulnerability flag on a case; resolved by a supervisor with a reason, never deleted. */
@Entity
@Audited
@Table(name = "case_flag")
public class CaseFlag {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_flag_seq")
  @SequenceGenerator(name = "case_flag_seq", allocationSize = 50)
  public Long id;

  @Column(name = "case_id")
  public long caseId;

  @Enumerated(EnumType.STRING)
  public FlagType type;

  public String reason;

  @Column(name = "due_on")
  public LocalDate dueOn;

  @Column(name = "raised_by")
  public String raisedBy;

  @Column(name = "raised_at")
  public Instant raisedAt;

  @Column(name = "resolved_by")
  public String resolvedBy;

  @Column(name = "resolved_at")
  public Instant resolvedAt;

  public String resolution;

  @Version public long version;

  public boolean open() {
    return resolvedAt == null;
  }

  public FlagView toView() {
    return new FlagView(
        id,
        caseId,
        type,
        reason,
        dueOn,
        raisedBy,
        raisedAt,
        open(),
        resolvedBy,
        resolvedAt,
        resolution,
        version);
  }
}
