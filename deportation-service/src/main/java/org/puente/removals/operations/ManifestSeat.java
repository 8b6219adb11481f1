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
import java.util.List;
import org.hibernate.envers.Audited;
import org.puente.removals.api.SeatStatus;
import org.puente.removals.api.SeatView;

/** A person's seat on an operation's manifest; a dropped seat keeps its reason. */
@Entity
@Audited
@Table(name = "manifest_seat")
public class ManifestSeat {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "manifest_seat_seq")
  @SequenceGenerator(name = "manifest_seat_seq", allocationSize = 50)
  public Long id;

  @Column(name = "operation_id")
  public long operationId;

  @Column(name = "case_id")
  public long caseId;

  @Enumerated(EnumType.STRING)
  public SeatStatus status;

  @Column(name = "added_by")
  public String addedBy;

  @Column(name = "added_at")
  public Instant addedAt;

  @Column(name = "dropped_at")
  public Instant droppedAt;

  @Column(name = "drop_reason")
  public String dropReason;

  @Version public long version;

  public SeatView toView() {
    return toView(List.of());
  }

  /** The seat with the linked relatives (by case id) not seated on the same flight. */
  public SeatView toView(List<Long> relativesNotSeated) {
    return new SeatView(
        id,
        operationId,
        caseId,
        status,
        addedBy,
        addedAt,
        droppedAt,
        dropReason,
        version,
        List.copyOf(relativesNotSeated));
  }
}
