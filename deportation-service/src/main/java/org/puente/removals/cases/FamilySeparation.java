package org.puente.removals.cases;

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
import org.puente.removals.api.SeparationView;

/**
 * A supervisor's decision that a person may be removed without a linked family member (who, when,
 * why). Without one, linked family members are manifested together. It holds both ways and is never
 * deleted.
 */
@Entity
@Audited
@Table(name = "family_separation")
public class FamilySeparation {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "family_separation_seq")
  @SequenceGenerator(name = "family_separation_seq", allocationSize = 50)
  public Long id;

  @Column(name = "case_id")
  public long caseId;

  @Column(name = "relative_case_id")
  public long relativeCaseId;

  public String reason;

  @Column(name = "decided_by")
  public String decidedBy;

  @Column(name = "decided_at")
  public Instant decidedAt;

  @Column(name = "request_id")
  public String requestId;

  @Version public long version;

  public SeparationView toView() {
    return new SeparationView(id, caseId, relativeCaseId, reason, decidedBy, decidedAt, version);
  }
}
