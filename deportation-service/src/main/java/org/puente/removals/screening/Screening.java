package org.puente.removals.screening;

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
import org.hibernate.envers.Audited;
import org.puente.removals.api.ScreeningOutcome;
import org.puente.removals.api.ScreeningView;

/** A protection-screening interview, by a certified screener. */
@Entity
@Audited
public class Screening {

  /**
   * A negative screening (screened out, or no claim although fear was expressed) must be confirmed
   * by a second supervisor before a removal order is issued on it.
   */
  public static boolean negative(ScreeningOutcome outcome, boolean claimExpressed) {
    return outcome == ScreeningOutcome.SCREENED_OUT
        || (outcome == ScreeningOutcome.NO_CLAIM && claimExpressed);
  }

  public boolean needsConfirmation() {
    return negative(outcome, claimExpressed);
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "screening_seq")
  @SequenceGenerator(name = "screening_seq", allocationSize = 50)
  public Long id;

  @Column(name = "case_id")
  public long caseId;

  public String screener;

  @Column(name = "screener_officer_id")
  public long screenerOfficerId;

  /** The screener's PROTECTION_SCREENING certification, as training-service confirmed it. */
  @Column(name = "certification_id")
  public long certificationId;

  public String language;

  public String interpreter;

  @Column(name = "claim_expressed")
  public boolean claimExpressed;

  @Enumerated(EnumType.STRING)
  public ScreeningOutcome outcome;

  public String notes;

  @Column(name = "screened_at")
  public Instant screenedAt;

  @Column(name = "confirmed_by")
  public String confirmedBy;

  @Column(name = "confirmed_at")
  public Instant confirmedAt;

  @Column(name = "confirmation_reason")
  public String confirmationReason;

  @Version public long version;

  public ScreeningView toView() {
    return new ScreeningView(
        id,
        caseId,
        screener,
        screenerOfficerId,
        certificationId,
        language,
        interpreter,
        claimExpressed,
        outcome,
        notes,
        screenedAt,
        needsConfirmation(),
        confirmedBy,
        confirmedAt,
        confirmationReason,
        version);
  }
}
