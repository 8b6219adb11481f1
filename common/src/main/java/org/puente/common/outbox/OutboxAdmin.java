package org.puente.common.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.puente.common.concurrency.Versions;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Agency;
import org.puente.common.security.Caller;

/**
 * What an operator does with the outbox, from the runbook: list its messages by state (never their
 * payloads), send a dead message back to be tried ({@link #retry}), or give it up for good ({@link
 * #giveUp}). Only the staff of the agency whose deployment sends them; each service's resource
 * names that agency and restricts the role. Both changes need the message's ETag ({@code If-Match})
 * and record who made them, when, on the message itself.
 */
@ApplicationScoped
public class OutboxAdmin {

  private static final Logger LOG = Logger.getLogger(OutboxAdmin.class);

  private final EntityManager em;
  private final OutboxSender sender;

  OutboxAdmin(EntityManager em, OutboxSender sender) {
    this.em = em;
    this.sender = sender;
  }

  /** The messages in {@code state} (every state when null), oldest first, keyset-paginated. */
  @Transactional
  public Page<OutboxMessageView> list(
      Caller caller, Agency owner, OutboxState state, PageRequest page) {
    requireOwner(caller, owner);
    String where =
        state == null
            ? ""
            : switch (state) {
              case PENDING -> " and m.deliveredAt is null and m.deadAt is null";
              case DELIVERED -> " and m.deliveredAt is not null";
              case DEAD ->
                  " and m.deliveredAt is null and m.deadAt is not null and m.givenUpAt is null";
              case GIVEN_UP -> " and m.givenUpAt is not null";
            };
    TypedQuery<OutboxMessage> query =
        em.createQuery(
                "from OutboxMessage m where m.id > :after" + where + " order by m.id",
                OutboxMessage.class)
            .setParameter("after", page.afterId())
            .setMaxResults(page.fetchSize());
    return Page.of(query.getResultList(), page, m -> m.id, OutboxAdmin::view);
  }

  /**
   * A dead message is tried again as soon as this commits, from a fresh count of attempts: it dies
   * again only after as many failures. The receiver's idempotency key makes it one request however
   * often it was sent.
   */
  @Transactional
  public OutboxMessageView retry(Caller caller, Agency owner, long id, String ifMatch) {
    OutboxMessage m = dead(caller, owner, id, ifMatch, "retried");
    Instant now = Instant.now();
    m.deadAt = null;
    m.attempts = 0;
    m.nextAttemptAt = now;
    m.retriedAt = now;
    m.retriedBy = caller.username();
    em.flush();
    sender.afterCommit();
    LOG.infof("Outbox message %d (%s) sent back to be tried by an operator", m.id, m.topic);
    return view(m);
  }

  /** A dead message is never sent; it stays, with who gave it up and when. */
  @Transactional
  public OutboxMessageView giveUp(Caller caller, Agency owner, long id, String ifMatch) {
    OutboxMessage m = dead(caller, owner, id, ifMatch, "given up");
    m.givenUpAt = Instant.now();
    m.givenUpBy = caller.username();
    em.flush();
    LOG.infof("Outbox message %d (%s) given up by an operator", m.id, m.topic);
    return view(m);
  }

  /** The dead message {@code id}, checked in order: agency (403), 404, If-Match, state (409). */
  private OutboxMessage dead(Caller caller, Agency owner, long id, String ifMatch, String what) {
    requireOwner(caller, owner);
    OutboxMessage m = em.find(OutboxMessage.class, id);
    if (m == null) {
      throw ProblemException.notFound("Outbox message");
    }
    Versions.checkIfMatch(ifMatch, m.version);
    if (m.state() != OutboxState.DEAD) {
      throw ProblemException.conflict(
          "Outbox message " + id + " is " + m.state() + ": only a DEAD message is " + what);
    }
    return m;
  }

  private static void requireOwner(Caller caller, Agency owner) {
    if (!caller.isOf(owner)) {
      throw ProblemException.forbidden(
          "The outbox of this deployment is operated by " + owner + "'s administrators");
    }
  }

  /**
   * The message without its payload; of the last error, only its kind: the exception's class name
   * without the word "Exception" (CircuitBreakerOpen, Unavailable), as an operator needs it and no
   * more of the service's internals.
   */
  static OutboxMessageView view(OutboxMessage m) {
    String error = m.lastError;
    if (error != null && error.indexOf(':') > 0) {
      error = error.substring(0, error.indexOf(':'));
    }
    if (error != null && error.endsWith("Exception") && error.length() > "Exception".length()) {
      error = error.substring(0, error.length() - "Exception".length());
    }
    return new OutboxMessageView(
        m.id,
        m.topic,
        m.state(),
        m.createdAt,
        m.attempts,
        m.state() == OutboxState.PENDING ? m.nextAttemptAt : null,
        error,
        m.deliveredAt,
        m.deadAt,
        m.retriedAt,
        m.retriedBy,
        m.givenUpAt,
        m.givenUpBy,
        m.version);
  }
}
