package org.puente.removals.operations;

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
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.puente.removals.api.IncidentCategory;
import org.puente.removals.api.IncidentFollowUp;
import org.puente.removals.api.IncidentSeverity;
import org.puente.removals.api.IncidentView;

/**
 * Something that happened during an operation and must be on record, with the people involved and
 * its follow-up. What was reported (when, what, by whom) never changes; the follow-up does.
 */
@Entity
@Audited
@Table(name = "operation_incident")
public class OperationIncident {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "operation_incident_seq")
  @SequenceGenerator(name = "operation_incident_seq", allocationSize = 50)
  public Long id;

  @Column(name = "operation_id", updatable = false)
  public long operationId;

  @Column(name = "occurred_at", updatable = false)
  public Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  public IncidentCategory category;

  @Column(updatable = false)
  public String description;

  @Column(name = "reported_by", updatable = false)
  public String reportedBy;

  @Column(name = "reported_at", updatable = false)
  public Instant reportedAt;

  @Enumerated(EnumType.STRING)
  public IncidentSeverity severity;

  /** The people involved, by case id: each was on the operation's manifest. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "involved_case_ids", updatable = false)
  public List<Long> involvedCaseIds = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "follow_up")
  public IncidentFollowUp followUp = IncidentFollowUp.REPORTED;

  public String assignee;

  public String findings;

  @Column(name = "closed_by")
  public String closedBy;

  @Column(name = "closed_at")
  public Instant closedAt;

  @Version public long version;

  public IncidentView toView() {
    return new IncidentView(
        id,
        operationId,
        occurredAt,
        category,
        description,
        reportedBy,
        reportedAt,
        severity,
        List.copyOf(involvedCaseIds),
        followUp,
        assignee,
        findings,
        closedAt,
        version);
  }

  /**
   * The incident without what may identify people (the account, the people involved, the assignee's
   * findings), for readers who never receive personal data.
   */
  public IncidentView toViewWithoutPersonalData() {
    return new IncidentView(
        id,
        operationId,
        occurredAt,
        category,
        null,
        reportedBy,
        reportedAt,
        severity,
        List.of(),
        followUp,
        assignee,
        null,
        closedAt,
        version);
  }
}
