package org.puente.removals.documents;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.puente.removals.api.TravelDocumentStatus;

/**
 * The lawful moves of a travel document, forward only: a request is answered once ({@code REQUESTED
 * → ISSUED | REFUSED}), and an issued document ends once ({@code ISSUED → EXPIRED | CANCELLED}). A
 * refused, expired or cancelled document is final: a new one is requested instead. The database
 * holds the same rule (trigger {@code travel_document_forward_only}).
 */
public final class DocumentStatusMachine {

  private static final Map<TravelDocumentStatus, Set<TravelDocumentStatus>> NEXT =
      Map.of(
          TravelDocumentStatus.REQUESTED,
              EnumSet.of(TravelDocumentStatus.ISSUED, TravelDocumentStatus.REFUSED),
          TravelDocumentStatus.ISSUED,
              EnumSet.of(TravelDocumentStatus.EXPIRED, TravelDocumentStatus.CANCELLED),
          TravelDocumentStatus.REFUSED, EnumSet.noneOf(TravelDocumentStatus.class),
          TravelDocumentStatus.EXPIRED, EnumSet.noneOf(TravelDocumentStatus.class),
          TravelDocumentStatus.CANCELLED, EnumSet.noneOf(TravelDocumentStatus.class));

  private DocumentStatusMachine() {}

  /** The statuses a document in {@code from} may move to. */
  public static Set<TravelDocumentStatus> next(TravelDocumentStatus from) {
    return NEXT.get(from);
  }

  /** Why the move is unlawful, naming from and to; empty when it is lawful. */
  public static Optional<String> refusal(TravelDocumentStatus from, TravelDocumentStatus to) {
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
