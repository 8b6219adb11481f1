package org.puente.removals.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.puente.common.security.Agency;
import org.puente.removals.api.MonitorAssignmentView;

/**
 * A monitor named on an operation: the user {@code username} as signed in by {@code agency}'s
 * identity provider. While active (not ended) that user, holding the monitor role, reads the
 * operation, its care manifest and incidents, and files reports.
 */
@Entity
@Audited
@Table(name = "monitor_assignment")
public class MonitorAssignment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monitor_assignment_seq")
  @SequenceGenerator(name = "monitor_assignment_seq", allocationSize = 50)
  public Long id;

  @Column(name = "operation_id")
  public long operationId;

  /** The agency's code ({@link Agency#code()}), as the token's {@code agency} claim spells it. */
  public String agency;

  public String username;

  public String organisation;

  @Column(name = "assigned_by")
  public String assignedBy;

  @Column(name = "assigned_at")
  public Instant assignedAt;

  @Column(name = "ended_by")
  public String endedBy;

  @Column(name = "ended_at")
  public Instant endedAt;

  @Column(name = "end_reason")
  public String endReason;

  @Version public long version;

  public boolean active() {
    return endedAt == null;
  }

  public MonitorAssignmentView toView() {
    return new MonitorAssignmentView(
        id,
        operationId,
        Agency.fromCode(agency).orElseThrow(),
        username,
        organisation,
        assignedBy,
        assignedAt,
        endedBy,
        endedAt,
        endReason,
        version);
  }
}
