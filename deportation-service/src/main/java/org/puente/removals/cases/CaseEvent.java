package org.puente.removals.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One entry of a case's timeline: who did what, when, for which agency, and why. */
@Entity
@Immutable
@Table(name = "case_event")
public class CaseEvent {

  /** What happened. */
  public enum Kind {
    OPENED,
    RIGHTS_NOTIFIED,
    TRANSITION,
    FLAG_RAISED,
    FLAG_RESOLVED,
    SCREENED,
    SCREENING_CONFIRMED,
    CLAIM_FILED,
    CLAIM_DECIDED,
    ORDER_ISSUED,
    APPEAL_FILED,
    APPEAL_DECIDED,
    DOCUMENT_REQUESTED,
    DOCUMENT_UPDATED,
    FITNESS_ASSESSED,
    BEST_INTEREST_DETERMINED,
    FAMILY_SEPARATION_DECIDED,
    MANIFESTED,
    DROPPED_FROM_MANIFEST,
    REMOVED,
    PARTNER_READ
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_event_seq")
  @SequenceGenerator(name = "case_event_seq", allocationSize = 50)
  public Long id;

  @Column(name = "case_id")
  public long caseId;

  @Enumerated(EnumType.STRING)
  public Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  public CaseStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  public CaseStatus toStatus;

  public String summary;

  public String actor;

  public String agency;

  @Column(name = "request_id")
  public String requestId;

  public Instant at;
}
