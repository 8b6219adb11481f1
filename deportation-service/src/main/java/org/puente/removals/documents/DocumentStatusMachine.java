package org.puente.removals.documents;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.puente.removals.documents.TravelDocument.Status;

/**
 * The lawful moves of a travel document, forward only: a request is answered once ({@code REQUESTED
 * → ISSUED | REFUSED}), and an issued document ends once ({@code ISSUED → EXPIRED | CANCELLED}). A
 * refused, expired or cancelled document is final: a new one is requested instead. The database
 * holds the same rule (trigger {@code travel_document_forward_only}).
 */
public final class DocumentStatusMachine {

  private static final Map<Status, Set<Status>> NEXT =
      Map.of(
          Status.REQUESTED, EnumSet.of(Status.ISSUED, Status.REFUSED),
          Status.ISSUED, EnumSet.of(Status.EXPIRED, Status.CANCELLED),
          Status.REFUSED, EnumSet.noneOf(Status.class),
          Status.EXPIRED, EnumSet.noneOf(Status.class),
          Status.CANCELLED, EnumSet.noneOf(Status.class));

  private DocumentStatusMachine() {}

  /** The statuses a document in {@code from} may move to. */
  public static Set<Status> next(Status from) {
    return NEXT.get(from);
  }

  /** Why the move is unlawful, naming from and to; empty when it is lawful. */
  public static Optional<String> refusal(Status from, Status to) {
    if (next(from).contains(to)) {
      return Optional.empty();
    }
    return Optional.of(
        "A travel document that is "
            + from
            + " cannot become "
            + to
            + (next(from).isEmpty()
                ? "; it is final (request a new document instead)"
                : "; it may become "
                    + String.join(" or ", next(from).stream().map(Enum::name).toList())));
  }
}
