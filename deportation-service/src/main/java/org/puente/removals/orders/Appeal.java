package org.puente.removals.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.puente.removals.api.AppealStatus;
import org.puente.removals.api.AppealView;

/** An appeal against a removal order. */
@Entity
@Audited
public class Appeal {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appeal_seq")
  @SequenceGenerator(name = "appeal_seq", allocationSize = 50)
  public Long id;

  @Column(name = "order_id")
  public long orderId;

  @Column(name = "filed_on")
  public LocalDate filedOn;

  public String grounds;

  /** Whether removal is suspended while the appeal is pending. */
  public boolean suspensive;

  /** The appeal deadline of the order when the appeal was lodged. */
  public LocalDate deadline;

  /** The issuer of the order appealed against, who may not decide the appeal. */
  @Column(name = "order_issued_by")
  public String orderIssuedBy;

  /** The supervisor who admitted an appeal lodged after the deadline. */
  @Column(name = "admitted_out_of_time_by")
  public String admittedOutOfTimeBy;

  @Column(name = "out_of_time_reason")
  public String outOfTimeReason;

  @Enumerated(EnumType.STRING)
  public AppealStatus status;

  @Column(name = "decided_by")
  public String decidedBy;

  @Column(name = "decided_at")
  public Instant decidedAt;

  @Column(name = "decided_on")
  public LocalDate decidedOn;

  @Column(name = "decision_reason")
  public String decisionReason;

  @Version public long version;

  public AppealView toView() {
    return new AppealView(
        id,
        filedOn,
        grounds,
        suspensive,
        deadline,
        admittedOutOfTimeBy,
        outOfTimeReason,
        status,
        decidedOn,
        decidedBy,
        decidedAt,
        decisionReason,
        version);
  }
}
