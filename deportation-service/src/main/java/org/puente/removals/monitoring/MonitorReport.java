package org.puente.removals.monitoring;

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
import org.puente.common.security.Agency;
import org.puente.removals.api.MonitorHandover;
import org.puente.removals.api.MonitorReportView;
import org.puente.removals.api.MonitoringPhase;

/** What a monitor saw in one phase of an operation, with each person's handover outcome. */
@Entity
@Audited
@Table(name = "monitor_report")
public class MonitorReport {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monitor_report_seq")
  @SequenceGenerator(name = "monitor_report_seq", allocationSize = 50)
  public Long id;

  @Column(name = "operation_id")
  public long operationId;

  @Enumerated(EnumType.STRING)
  public MonitoringPhase phase;

  public String conditions;

  @Column(name = "restraints_used")
  public boolean restraintsUsed;

  @Column(name = "restraint_details")
  public String restraintDetails;

  @Column(name = "medical_needs")
  public String medicalNeeds;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<MonitorHandover> handovers = new ArrayList<>();

  @Column(name = "filed_by")
  public String filedBy;

  @Column(name = "filed_by_agency")
  public String filedByAgency;

  @Column(name = "filed_at")
  public Instant filedAt;

  @Version public long version;

  public MonitorReportView toView() {
    return new MonitorReportView(
        id,
        operationId,
        phase,
        conditions,
        restraintsUsed,
        restraintDetails,
        medicalNeeds,
        List.copyOf(handovers),
        filedBy,
        Agency.fromCode(filedByAgency).orElseThrow(),
        filedAt,
        version);
  }
}
