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

/** A passport or consular travel document requested for the person's return. */
@Entity
@Audited
@Table(name = "travel_document")
public class TravelDocument {

  /** The kind of document. */
  public enum Type {
    PASSPORT,
    CONSULAR_TRAVEL_DOCUMENT,
    LAISSEZ_PASSER
  }

  /** Where the request stands; moves forward only ({@link DocumentStatusMachine}). */
  public enum Status {
    REQUESTED,
    ISSUED,
    REFUSED,
    EXPIRED,
    CANCELLED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "travel_document_seq")
  @SequenceGenerator(name = "travel_document_seq", allocationSize = 50)
  public Long id;

  @Column(name = "case_id")
  public long caseId;

  @Enumerated(EnumType.STRING)
  public Type type;

  public String country;

  public String number;

  @Enumerated(EnumType.STRING)
  public Status status;

  @Column(name = "requested_on")
  public LocalDate requestedOn;

  @Column(name = "issued_on")
  public LocalDate issuedOn;

  @Column(name = "expires_on")
  public LocalDate expiresOn;

  @Version public long version;
}
