package org.puente.removals.cases;

import static org.puente.removals.api.CaseStatus.APPEAL_PENDING;
import static org.puente.removals.api.CaseStatus.CLOSED;
import static org.puente.removals.api.CaseStatus.ENFORCEABLE;
import static org.puente.removals.api.CaseStatus.MANIFESTED;
import static org.puente.removals.api.CaseStatus.OPEN;
import static org.puente.removals.api.CaseStatus.PROTECTION_CLAIM_PENDING;
import static org.puente.removals.api.CaseStatus.PROTECTION_DENIED;
import static org.puente.removals.api.CaseStatus.PROTECTION_GRANTED;
import static org.puente.removals.api.CaseStatus.RELEASED;
import static org.puente.removals.api.CaseStatus.REMOVAL_ORDERED;
import static org.puente.removals.api.CaseStatus.REMOVED;
import static org.puente.removals.api.CaseStatus.SCREENING;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.puente.removals.api.CaseStatus;

/**
 * The lawful moves of a removal case. A protection grant, a removal, a release and a closure are
 * final. A claim may be filed at any point before removal, including after manifesting (the gate
 * then keeps the person off the flight). Some moves follow from a recorded act (a claim, its
 * decision, an order, an appeal, a manifest); only the rest may be requested directly.
 */
public final class CaseStateMachine {

  private static final Map<CaseStatus, EnumSet<CaseStatus>> NEXT = new EnumMap<>(CaseStatus.class);

  static {
    NEXT.put(OPEN, EnumSet.of(SCREENING, RELEASED, CLOSED));
    NEXT.put(SCREENING, EnumSet.of(PROTECTION_CLAIM_PENDING, REMOVAL_ORDERED, RELEASED, CLOSED));
    NEXT.put(PROTECTION_CLAIM_PENDING, EnumSet.of(PROTECTION_GRANTED, PROTECTION_DENIED, RELEASED));
    NEXT.put(PROTECTION_GRANTED, EnumSet.noneOf(CaseStatus.class));
    NEXT.put(PROTECTION_DENIED, EnumSet.of(REMOVAL_ORDERED, PROTECTION_CLAIM_PENDING, RELEASED));
    NEXT.put(
        REMOVAL_ORDERED,
        EnumSet.of(APPEAL_PENDING, ENFORCEABLE, PROTECTION_CLAIM_PENDING, RELEASED));
    NEXT.put(APPEAL_PENDING, EnumSet.of(REMOVAL_ORDERED, RELEASED));
    NEXT.put(
        ENFORCEABLE, EnumSet.of(MANIFESTED, APPEAL_PENDING, PROTECTION_CLAIM_PENDING, RELEASED));
    NEXT.put(
        MANIFESTED,
        EnumSet.of(REMOVED, ENFORCEABLE, APPEAL_PENDING, PROTECTION_CLAIM_PENDING, RELEASED));
    NEXT.put(REMOVED, EnumSet.noneOf(CaseStatus.class));
    NEXT.put(RELEASED, EnumSet.noneOf(CaseStatus.class));
    NEXT.put(CLOSED, EnumSet.noneOf(CaseStatus.class));
  }

  /** Statuses a supervisor may move a case to directly; the others follow from recorded acts. */
  private static final Set<CaseStatus> REQUESTABLE = EnumSet.of(SCREENING, RELEASED, CLOSED);

  private CaseStateMachine() {}

  public static Set<CaseStatus> next(CaseStatus from) {
    return EnumSet.copyOf(NEXT.get(from));
  }

  /** Why the move is unlawful, or empty when it is lawful. */
  public static Optional<String> refusal(CaseStatus from, CaseStatus to) {
    if (NEXT.get(from).contains(to)) {
      return Optional.empty();
    }
    if (NEXT.get(from).isEmpty()) {
      return Optional.of("A case that is " + from + " is final and cannot become " + to);
    }
    return Optional.of(
        "A case that is " + from + " cannot become " + to + "; it may become " + NEXT.get(from));
  }

  /** Whether a move to {@code to} may be requested directly rather than through a recorded act. */
  public static boolean requestable(CaseStatus to) {
    return REQUESTABLE.contains(to);
  }

  /** A case in these statuses may still be removed: a claim can be filed against it. */
  public static boolean removable(CaseStatus status) {
    return !NEXT.get(status).isEmpty();
  }
}
