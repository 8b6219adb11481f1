package org.puente.removals.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.envers.Audited;
import org.puente.removals.api.RemovalOrderView;

/** The order to remove a person, and the window in which it can be appealed. */
@Entity
@Audited
@Table(name = "removal_order")
public class RemovalOrder {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "removal_order_seq")
  @SequenceGenerator(name = "removal_order_seq", allocationSize = 50)
  public Long id;

  @Column(name = "case_id")
  public long caseId;

  @Column(name = "legal_basis")
  public String legalBasis;

  @Column(name = "issued_on")
  public LocalDate issuedOn;

  @Column(name = "notified_on")
  public LocalDate notifiedOn;

  @Column(name = "appeal_deadline")
  public LocalDate appealDeadline;

  /** Whether an appeal against this order suspends removal while it is decided. */
  @Column(name = "appeal_suspensive")
  public boolean appealSuspensive;

  @Column(name = "issued_by")
  public String issuedBy;

  @Version public long version;

  /** The order with its appeals. */
  public RemovalOrderView toView(List<Appeal> appeals) {
    return new RemovalOrderView(
        id,
        caseId,
        legalBasis,
        issuedOn,
        notifiedOn,
        appealDeadline,
        appealSuspensive,
        issuedBy,
        appeals.stream().map(Appeal::toView).toList(),
        version);
  }
}
