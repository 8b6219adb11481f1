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
import org.puente.removals.api.CaseEventKind;
import org.puente.removals.api.CaseEventView;
import org.puente.removals.api.CaseStatus;

/** One entry of a case's timeline: who did what, when, for which agency, and why. */
@Entity
@Immutable
@Table(name = "case_event")
public class CaseEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_event_seq")
  @SequenceGenerator(name = "case_event_seq", allocationSize = 50)
  public Long id;

  @Column(name = "case_id")
  public long caseId;

  @Enumerated(EnumType.STRING)
  public CaseEventKind kind;

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

  public CaseEventView toView() {
    return new CaseEventView(id, kind, fromStatus, toStatus, summary, actor, agency, requestId, at);
  }
}
