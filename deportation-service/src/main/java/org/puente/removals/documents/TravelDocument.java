package org.puente.removals.documents;

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
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.puente.removals.api.TravelDocumentStatus;
import org.puente.removals.api.TravelDocumentType;
import org.puente.removals.api.TravelDocumentView;

/** A passport or consular travel document requested for the person's return. */
@Entity
@Audited
@Table(name = "travel_document")
public class TravelDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "travel_document_seq")
  @SequenceGenerator(name = "travel_document_seq", allocationSize = 50)
  public Long id;

  @Column(name = "case_id")
  public long caseId;

  @Enumerated(EnumType.STRING)
  public TravelDocumentType type;

  public String country;

  public String number;

  @Enumerated(EnumType.STRING)
  public TravelDocumentStatus status;

  @Column(name = "requested_on")
  public LocalDate requestedOn;

  @Column(name = "issued_on")
  public LocalDate issuedOn;

  @Column(name = "expires_on")
  public LocalDate expiresOn;

  @Version public long version;

  public TravelDocumentView toView() {
    return new TravelDocumentView(
        id, caseId, type, country, number, status, requestedOn, issuedOn, expiresOn, version);
  }
}
