package org.puente.removals.rights;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.puente.removals.api.Right;
import org.puente.removals.api.RightsNoticeView;

/** That the person was told of their rights: which, when, in which language, through whom. */
@Entity
@Audited
@Table(name = "rights_notice")
public class RightsNotice {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rights_notice_seq")
  @SequenceGenerator(name = "rights_notice_seq", allocationSize = 50)
  public Long id;

  @Column(name = "case_id")
  public long caseId;

  /** The {@link Right}s explained, by name. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> rights = new ArrayList<>();

  public String language;

  public String interpreter;

  @Column(name = "informed_on")
  public LocalDate informedOn;

  @Column(name = "recorded_by")
  public String recordedBy;

  @Column(name = "recorded_at")
  public Instant recordedAt;

  @Version public long version;

  public RightsNoticeView toView() {
    return new RightsNoticeView(
        id,
        caseId,
        rights.stream().map(Right::valueOf).sorted().toList(),
        language,
        interpreter,
        informedOn,
        recordedBy,
        recordedAt,
        version);
  }
}
