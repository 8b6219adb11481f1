package org.puente.common.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Caller;

/**
 * A service's vocabulary of audited records for {@link RecordHistory}: the name used in the path
 * ({@code case}, {@code budget-line}, ...), the entity class behind it, and who may read its
 * history (the agency that owns the record). Each service declares its own in one place.
 */
public final class RecordTypes {

  /** One kind of record: {@code mayRead} is asked with the record as it is, or as it last was. */
  public record RecordType<E>(String name, Class<E> entity, BiPredicate<Caller, E> mayRead) {

    boolean allows(Caller caller, Object record) {
      return mayRead.test(caller, entity.cast(record));
    }
  }

  private final Map<String, RecordType<?>> byName = new LinkedHashMap<>();

  private RecordTypes() {}

  public static RecordTypes of() {
    return new RecordTypes();
  }

  public <E> RecordTypes add(String name, Class<E> entity, BiPredicate<Caller, E> mayRead) {
    byName.put(name, new RecordType<>(name, entity, mayRead));
    return this;
  }

  public Optional<RecordType<?>> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The type of that name; a 400 problem listing the known names otherwise. */
  public RecordType<?> require(String name) {
    return find(name)
        .orElseThrow(
            () ->
                ProblemException.invalid(
                    "recordType", "must be one of " + String.join(", ", byName.keySet())));
  }

  /** The names, in the order declared. */
  public Iterable<String> names() {
    return byName.keySet();
  }
}
