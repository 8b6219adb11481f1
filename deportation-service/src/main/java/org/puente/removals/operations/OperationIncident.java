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
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.puente.removals.api.IncidentCategory;
import org.puente.removals.api.IncidentView;

/** Something that happened during an operation and must be on record. */
@Entity
@Immutable
@Table(name = "operation_incident")
public class OperationIncident {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "operation_incident_seq")
  @SequenceGenerator(name = "operation_incident_seq", allocationSize = 50)
  public Long id;

  @Column(name = "operation_id")
  public long operationId;

  @Column(name = "occurred_at")
  public Instant occurredAt;

  @Enumerated(EnumType.STRING)
  public IncidentCategory category;

  public String description;

  @Column(name = "reported_by")
  public String reportedBy;

  @Column(name = "reported_at")
  public Instant reportedAt;

  public IncidentView toView() {
    return new IncidentView(
        id, operationId, occurredAt, category, description, reportedBy, reportedAt);
  }
}
