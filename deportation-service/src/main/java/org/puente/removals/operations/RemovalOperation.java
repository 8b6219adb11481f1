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
import org.puente.common.money.Money;
import org.puente.removals.api.OperationKind;
import org.puente.removals.api.OperationStatus;
import org.puente.removals.api.OperationView;

/** A removal flight, charter or commercial, and its manifest. */
@Entity
@Audited
@Table(name = "removal_operation")
public class RemovalOperation {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "removal_operation_seq")
  @SequenceGenerator(name = "removal_operation_seq", allocationSize = 50)
  public Long id;

  @Column(name = "owning_agency")
  public String owningAgency;

  @Enumerated(EnumType.STRING)
  public OperationKind kind;

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

  /** The budget line Puente asked funding-service to obligate on; null if funded by hand. */
  @Column(name = "funding_line_id")
  public Long fundingLineId;

  @Column(name = "actual_cost_amount")
  public BigDecimal actualCostAmount;

  @Column(name = "actual_cost_currency")
  public String actualCostCurrency;

  /** The payment request filed in funding-service for the actual cost. */
  @Column(name = "payment_request_id")
  public Long paymentRequestId;

  /**
   * What funding-service last said after the status was settled (funds returned, payment filed).
   */
  @Column(name = "funding_note")
  public String fundingNote;

  @Enumerated(EnumType.STRING)
  public OperationStatus status;

  @Column(name = "status_reason")
  public String statusReason;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "created_at")
  public Instant createdAt;

  @Version public long version;

  /** The identity funding-service knows the operation by: reference and idempotency key. */
  public String fundingReference() {
    return "removal-operation:" + id;
  }

  /** Funded through Puente's own request, so Puente returns the funds and files the cost. */
  public boolean fundedThroughPuente() {
    return fundingLineId != null && fundingObligationId != null;
  }

  /** The operation as shown, with its seats taken and escorts. */
  public OperationView toView(int seatsTaken, List<Long> escorts) {
    return new OperationView(
        id,
        kind,
        destinationCountry,
        destinationAirport,
        departureAt,
        seats,
        seatsTaken,
        List.copyOf(monitors),
        costAmount == null ? null : Money.of(costAmount, costCurrency),
        fundingObligationId,
        fundingLineId,
        actualCostAmount == null ? null : Money.of(actualCostAmount, actualCostCurrency),
        paymentRequestId,
        fundingNote,
        status,
        statusReason,
        List.copyOf(escorts),
        version);
  }
}
