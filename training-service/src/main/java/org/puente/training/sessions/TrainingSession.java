package org.puente.training.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;
import org.puente.common.money.Money;
import org.puente.common.security.Agency;
import org.puente.training.api.FundingStatus;
import org.puente.training.api.SessionFunding;
import org.puente.training.api.SessionStatus;
import org.puente.training.api.SessionView;
import org.puente.training.courses.Course;

@Entity
@Audited
@Table(name = "training_session")
public class TrainingSession {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_session_seq")
  @SequenceGenerator(name = "training_session_seq", allocationSize = 50)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "course_id")
  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  public Course course;

  public String location;

  @Column(name = "start_date")
  public LocalDate startDate;

  @Column(name = "end_date")
  public LocalDate endDate;

  public int capacity;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> instructors = new ArrayList<>();

  @Column(name = "cost_amount")
  public BigDecimal costAmount;

  @Column(name = "cost_currency")
  public String costCurrency;

  @Enumerated(EnumType.STRING)
  public SessionStatus status;

  @Column(name = "provider_agency")
  public String providerAgency;

  @Column(name = "created_at")
  public Instant createdAt;

  /** Why it was cancelled, as the coordinator said; stays here (funding-service gets a code). */
  @Column(name = "cancellation_reason")
  public String cancellationReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "funding_status")
  public FundingStatus fundingStatus = FundingStatus.UNFUNDED;

  /** The TRAINING line funding-service was asked to obligate on. */
  @Column(name = "funding_line_id")
  public Long fundingLineId;

  @Column(name = "obligation_id")
  public Long obligationId;

  /** funding-service's last word: the obligation, or why it refused. */
  @Column(name = "funding_reason")
  public String fundingReason;

  /** What the completed session actually cost, filed with funding-service for payment. */
  @Column(name = "actual_cost_amount")
  public BigDecimal actualCostAmount;

  @Column(name = "actual_cost_currency")
  public String actualCostCurrency;

  /** The officers the session certified, counted when it was completed. */
  @Column(name = "officers_certified")
  public Integer officersCertified;

  /** funding-service's payment request for the actual cost, once it answered. */
  @Column(name = "payment_request_id")
  public Long paymentRequestId;

  @Version public long version;

  /** Calendar days from start to end, both included. */
  public long days() {
    return ChronoUnit.DAYS.between(startDate, endDate) + 1;
  }

  /** The session as the API shows it, with its seats taken and waiting list. */
  public SessionView toView(SessionRepository.SeatCount seats) {
    return new SessionView(
        id,
        course.id,
        course.title,
        course.competency,
        location,
        startDate,
        endDate,
        capacity,
        seats.taken(),
        seats.waitlisted(),
        List.copyOf(instructors),
        Money.of(costAmount, costCurrency),
        status,
        cancellationReason,
        Agency.fromCode(providerAgency).orElseThrow(),
        new SessionFunding(
            fundingStatus,
            fundingLineId,
            obligationId,
            fundingReason,
            actualCostAmount == null ? null : Money.of(actualCostAmount, actualCostCurrency),
            officersCertified,
            paymentRequestId),
        version);
  }
}
