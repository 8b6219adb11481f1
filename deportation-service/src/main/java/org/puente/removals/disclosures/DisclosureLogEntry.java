package org.puente.removals.disclosures;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.puente.common.security.Agency;
import org.puente.removals.api.DisclosureLogView;

/** A partner agency's read of a case: who, when, which case, under which grant and legal basis. */
@Entity
@Immutable
@Table(name = "disclosure_log")
public class DisclosureLogEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_log_seq")
  @SequenceGenerator(name = "disclosure_log_seq", allocationSize = 50)
  public Long id;

  @Column(name = "grant_id")
  public long grantId;

  @Column(name = "case_id")
  public long caseId;

  public String reader;

  @Column(name = "reader_agency")
  public String readerAgency;

  @Column(name = "legal_basis")
  public String legalBasis;

  /** Which part of the case was read, e.g. "case" or "history". */
  public String what;

  @Column(name = "request_id")
  public String requestId;

  @Column(name = "read_at")
  public Instant readAt;

  public DisclosureLogView toView() {
    return new DisclosureLogView(
        id,
        grantId,
        caseId,
        reader,
        Agency.fromCode(readerAgency).orElseThrow(),
        legalBasis,
        what,
        requestId,
        readAt);
  }
}
