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
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** An appeal against a removal order. */
@Entity
@Audited
public class Appeal {

  /** Where the appeal stands. */
  public enum Status {
    PENDING,
    ALLOWED,
    DISMISSED
  }

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

  @Enumerated(EnumType.STRING)
  public Status status;

  @Column(name = "decided_on")
  public LocalDate decidedOn;

  @Column(name = "decision_reason")
  public String decisionReason;

  @Version public long version;
}
