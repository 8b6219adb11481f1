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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A removal flight, charter or commercial, and its manifest. */
@Entity
@Audited
@Table(name = "removal_operation")
public class RemovalOperation {

  /** Charter aircraft or seats on commercial flights. */
  public enum Kind {
    CHARTER,
    COMMERCIAL
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "removal_operation_seq")
  @SequenceGenerator(name = "removal_operation_seq", allocationSize = 50)
  public Long id;

  @Column(name = "owning_agency")
  public String owningAgency;

  @Enumerated(EnumType.STRING)
  public Kind kind;

  @Column(name = "destination_country")
  public String destinationCountry;

  @Column(name = "destination_airport")
  public String destinationAirport;

  @Column(name = "departure_at")
  public Instant departureAt;

  public int seats;

  /** Independent monitors on board (names of organisations or people). */
  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> monitors = new ArrayList<>();

  @Column(name = "cost_amount")
  public BigDecimal costAmount;

  @Column(name = "cost_currency")
  public String costCurrency;

  @Column(name = "funding_obligation_id")
  public Long fundingObligationId;

  @Enumerated(EnumType.STRING)
  public OperationStatus status;

  @Column(name = "status_reason")
  public String statusReason;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "created_at")
  public Instant createdAt;

  @Version public long version;
}
