package org.puente.common.paging;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * One page of a keyset-paginated list. {@code nextCursor} is null on the last page; otherwise pass
 * it back as {@code ?cursor=} to read on.
 */
public record Page<T>(List<T> items, String nextCursor) {

  /**
   * Builds a page from rows read with {@link PageRequest#fetchSize()} (one more than asked for, to
   * learn whether a next page exists without counting).
   */
  public static <E, T> Page<T> of(
      List<E> rows, PageRequest request, ToLongFunction<E> id, Function<E, T> toDto) {
    boolean more = rows.size() > request.limit();
    List<E> page = more ? rows.subList(0, request.limit()) : rows;
    String next = more ? Cursor.encode(id.applyAsLong(page.get(page.size() - 1))) : null;
    return new Page<>(page.stream().map(toDto).toList(), next);
  }
}
