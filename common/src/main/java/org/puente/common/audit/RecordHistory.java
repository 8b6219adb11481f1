package org.puente.common.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.transaction.Transactional;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.proxy.HibernateProxy;
import org.puente.common.history.FieldChangeView;
import org.puente.common.history.RecordChangeKind;
import org.puente.common.history.RecordChangeView;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Agency;
import org.puente.common.security.Caller;

/**
 * "Who changed what, when, with which request id" for one record, read from its Envers history:
 * each revision with the user, agency and request id {@link AuditRevisionListener} stamped on it,
 * and the fields that differ from the revision before. Keyset-paginated by revision number.
 */
@ApplicationScoped
public class RecordHistory {

  private final EntityManager em;

  RecordHistory(EntityManager em) {
    this.em = em;
  }

  /**
   * The history of record {@code id} of the type named {@code recordType}: 400 for a name the
   * service does not know, 404 for a record that never existed or that the caller's agency does not
   * own (no existence oracle).
   */
  @Transactional
  public Page<RecordChangeView> read(
      Caller caller, RecordTypes types, String recordType, long id, PageRequest page) {
    RecordTypes.RecordType<?> type = types.require(recordType);
    Object record = current(type.entity(), id);
    if (record == null || !type.allows(caller, record)) {
      throw ProblemException.notFound("Record");
    }
    return page(type.entity(), id, page);
  }

  /** The record as it is, or as its last revision left it when it was deleted; null if never. */
  private Object current(Class<?> entity, long id) {
    Object found = em.find(entity, id);
    if (found != null) {
      return found;
    }
    List<?> last =
        reader()
            .createQuery()
            .forRevisionsOfEntity(entity, true, false)
            .add(AuditEntity.id().eq(id))
            .addOrder(AuditEntity.revisionNumber().desc())
            .setMaxResults(1)
            .getResultList();
    return last.isEmpty() ? null : last.get(0);
  }

  /** Revisions of the record after the cursor, each compared with the one before it. */
  Page<RecordChangeView> page(Class<?> entity, long id, PageRequest page) {
    long after = page.afterId();
    List<?> rows =
        reader()
            .createQuery()
            .forRevisionsOfEntity(entity, false, true)
            .add(AuditEntity.id().eq(id))
            .add(AuditEntity.revisionNumber().gt(after))
            .addOrder(AuditEntity.revisionNumber().asc())
            .setMaxResults(page.fetchSize())
            .getResultList();
    Object previous = after == 0 ? null : stateAt(entity, id, after);
    List<Attribute<?, ?>> fields = fields(entity);
    List<RecordChangeView> changes = new ArrayList<>(rows.size());
    for (Object row : rows) {
      Object[] triple = (Object[]) row;
      Object state = triple[0];
      AuditRevision revision = (AuditRevision) triple[1];
      RevisionType type = (RevisionType) triple[2];
      RecordChangeKind kind = kind(type);
      changes.add(
          new RecordChangeView(
              revision.id,
              Instant.ofEpochMilli(revision.changedAt),
              revision.username,
              revision.agency == null ? null : Agency.fromCode(revision.agency).orElse(null),
              revision.requestId,
              kind,
              diff(fields, previous, kind == RecordChangeKind.DELETE ? null : state)));
      previous = kind == RecordChangeKind.DELETE ? null : state;
    }
    return Page.of(changes, page, RecordChangeView::revision, c -> c);
  }

  /** The record as revision {@code revision} (or the last one before it) left it. */
  private Object stateAt(Class<?> entity, long id, long revision) {
    List<?> rows =
        reader()
            .createQuery()
            .forRevisionsOfEntity(entity, false, true)
            .add(AuditEntity.id().eq(id))
            .add(AuditEntity.revisionNumber().le(revision))
            .addOrder(AuditEntity.revisionNumber().desc())
            .setMaxResults(1)
            .getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Object[] triple = (Object[]) rows.get(0);
    return triple[2] == RevisionType.DEL ? null : triple[0];
  }

  private static RecordChangeKind kind(RevisionType type) {
    return switch (type) {
      case ADD -> RecordChangeKind.ADD;
      case MOD -> RecordChangeKind.MODIFY;
      case DEL -> RecordChangeKind.DELETE;
    };
  }

  /** The audited fields of the entity, by name; the id and the optimistic-lock version left out. */
  private List<Attribute<?, ?>> fields(Class<?> entity) {
    EntityType<?> type = em.getMetamodel().entity(entity);
    List<Attribute<?, ?>> fields = new ArrayList<>();
    for (Attribute<?, ?> a : type.getAttributes()) {
      if (a.isCollection() && a.isAssociation()) {
        continue; // the other side's history holds these
      }
      if (a instanceof SingularAttribute<?, ?> s && (s.isId() || s.isVersion())) {
        continue;
      }
      if (!(a.getJavaMember() instanceof Field)) {
        continue;
      }
      fields.add(a);
    }
    fields.sort(Comparator.comparing(Attribute::getName));
    return fields;
  }

  /** The fields whose value differs between two states (null: the record did not exist). */
  static List<FieldChangeView> diff(List<Attribute<?, ?>> fields, Object before, Object after) {
    List<FieldChangeView> changes = new ArrayList<>();
    for (Attribute<?, ?> a : fields) {
      String was = text(value(a.getJavaMember(), before));
      String is = text(value(a.getJavaMember(), after));
      if (!Objects.equals(was, is)) {
        changes.add(new FieldChangeView(a.getName(), was, is));
      }
    }
    return changes;
  }

  private static Object value(Member member, Object state) {
    if (state == null) {
      return null;
    }
    try {
      Field field = (Field) member;
      field.setAccessible(true);
      return field.get(state);
    } catch (IllegalAccessException | RuntimeException e) {
      return null;
    }
  }

  /** A value as text; another record by its id (never loaded), so a change never reads further. */
  static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof HibernateProxy proxy) {
      return String.valueOf(proxy.getHibernateLazyInitializer().getInternalIdentifier());
    }
    if (value.getClass().isAnnotationPresent(jakarta.persistence.Entity.class)) {
      return String.valueOf(idOf(value));
    }
    if (value instanceof java.util.Collection<?> c && c.isEmpty()) {
      return null;
    }
    if (value instanceof java.math.BigDecimal d) {
      return d.toPlainString();
    }
    return String.valueOf(value);
  }

  private static Object idOf(Object entity) {
    for (Field f : entity.getClass().getFields()) {
      if (f.isAnnotationPresent(jakarta.persistence.Id.class)) {
        try {
          return f.get(entity);
        } catch (IllegalAccessException e) {
          return null;
        }
      }
    }
    return null;
  }

  private AuditReader reader() {
    return AuditReaderFactory.get(em);
  }
}
