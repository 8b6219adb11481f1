package org.puente.removals.aftercare;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.puente.removals.api.PostReturnContactView;

/** A contact with a removed person after their return; recorded once, never changed. */
@Entity
@Audited
@Table(name = "post_return_contact")
public class PostReturnContact {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_return_contact_seq")
  @SequenceGenerator(name = "post_return_contact_seq", allocationSize = 50)
  public Long id;

  @Column(name = "case_id")
  public long caseId;

  @Column(name = "contacted_on")
  public LocalDate contactedOn;

  public boolean reached;

  @Column(name = "concerns_reported")
  public boolean concernsReported;

  public String concerns;

  @Column(name = "recorded_by")
  public String recordedBy;

  @Column(name = "recorded_at")
  public Instant recordedAt;

  @Version public long version;

  public PostReturnContactView toView() {
    return new PostReturnContactView(
        id,
        caseId,
        contactedOn,
        reached,
        concernsReported,
        concerns,
        recordedBy,
        recordedAt,
        version);
  }
}
