package org.puente.removals.complaints;

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
import org.puente.common.security.Agency;
import org.puente.removals.api.ComplaintCategory;
import org.puente.removals.api.ComplaintChannel;
import org.puente.removals.api.ComplaintOutcome;
import org.puente.removals.api.ComplaintStatus;
import org.puente.removals.api.ComplaintView;

/** A complaint from or on behalf of a person; decided, never deleted. */
@Entity
@Audited
@Table(name = "complaint")
public class Complaint {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
  @SequenceGenerator(name = "complaint_seq", allocationSize = 50)
  public Long id;

  @Column(name = "owning_agency")
  public String owningAgency;

  @Column(name = "case_id")
  public Long caseId;

  @Column(name = "operation_id")
  public Long operationId;

  public String complainant;

  @Column(name = "on_behalf")
  public boolean onBehalf;

  public String relationship;

  @Enumerated(EnumType.STRING)
  public ComplaintChannel channel;

  @Enumerated(EnumType.STRING)
  public ComplaintCategory category;

  @Column(name = "received_on")
  public LocalDate receivedOn;

  public String summary;

  @Enumerated(EnumType.STRING)
  public ComplaintStatus status;

  @Column(name = "acknowledge_by")
  public LocalDate acknowledgeBy;

  @Column(name = "decide_by")
  public LocalDate decideBy;

  @Column(name = "acknowledged_on")
  public LocalDate acknowledgedOn;

  @Column(name = "decided_on")
  public LocalDate decidedOn;

  @Enumerated(EnumType.STRING)
  public ComplaintOutcome outcome;

  public String decision;

  @Column(name = "recorded_by")
  public String recordedBy;

  @Column(name = "recorded_by_agency")
  public String recordedByAgency;

  @Column(name = "recorded_at")
  public Instant recordedAt;

  @Version public long version;

  /** The view, with {@code overdue} as of {@code today} in the agency's zone. */
  public ComplaintView toView(LocalDate today) {
    return new ComplaintView(
        id,
        Agency.fromCode(owningAgency).orElseThrow(),
        caseId,
        operationId,
        complainant,
        onBehalf,
        relationship,
        channel,
        category,
        receivedOn,
        summary,
        status,
        acknowledgeBy,
        decideBy,
        ComplaintRules.overdue(status, acknowledgeBy, decideBy, today),
        acknowledgedOn,
        decidedOn,
        outcome,
        decision,
        recordedBy,
        Agency.fromCode(recordedByAgency).orElseThrow(),
        recordedAt,
        version);
  }
}
