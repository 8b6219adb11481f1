package org.puente.common.audit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.ModifiedEntityNames;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One audited change set (one transaction): when, by whom, for which agency, under which request
 * id. Envers writes the changed rows to the {@code *_aud} tables against it.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_revision_seq")
  @SequenceGenerator(name = "audit_revision_seq", allocationSize = 50)
  @RevisionNumber
  public long id;

  /** Epoch milliseconds, UTC. */
  @RevisionTimestamp
  @Column(name = "changed_at")
  public long changedAt;

  @Column(name = "username", length = 200)
  public String username;

  @Column(name = "agency", length = 16)
  public String agency;

  @Column(name = "request_id", length = 64)
  public String requestId;

  /**
   * The entities (class names) the revision changed, kept by Envers: the revision log says what
   * kind of record each change set touched without reading every {@code _aud} table.
   */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "audit_revision_entity", joinColumns = @JoinColumn(name = "revision_id"))
  @Column(name = "entity_name", length = 255)
  @ModifiedEntityNames
  public Set<String> entityNames = new HashSet<>();
}
