package org.puente.removals.operations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An officer escorting an operation, certified REMOVAL_ESCORT for its departure. */
@Entity
@Table(name = "operation_escort")
public class OperationEscort {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "operation_escort_seq")
  @SequenceGenerator(name = "operation_escort_seq", allocationSize = 50)
  public Long id;

  @Column(name = "operation_id")
  public long operationId;

  @Column(name = "officer_id")
  public long officerId;

  @Column(name = "certification_id")
  public long certificationId;

  @Column(name = "added_by")
  public String addedBy;

  @Column(name = "added_at")
  public Instant addedAt;
}
