package org.puente.funding.funds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.envers.boot.internal.EnversService;

/**
 * The only code that changes balances. Each change is one conditional UPDATE: the condition and the
 * change happen atomically under the row's lock, so concurrent requests can never together spend
 * more than there is; a {@code false} answer means the funds were not there. The CHECK constraints
 * of the schema are the last line of defence.
 */
@ApplicationScoped
public class Funds {

  private final EntityManager em;

  Funds(EntityManager em) {
    this.em = em;
  }

  /** Changes an agreement's allotted total by {@code delta}, within its ceiling. */
  public boolean allot(long agreementId, BigDecimal delta) {
    return update(
        "update agreement set allotted = allotted + ?1"
            + " where id = ?2 and allotted + ?1 <= ceiling and allotted + ?1 >= 0",
        delta,
        agreementId);
  }

  /**
   * Sets a line's allotment, never below what it has obligated, and only if the line is still at
   * {@code expectedVersion} (the allotment the caller saw is the one being replaced).
   */
  public boolean setAllotment(long lineId, BigDecimal allotted, long expectedVersion) {
    return em.createNativeQuery(
                "update budget_line set allotted = ?1, version = version + 1"
                    + " where id = ?2 and obligated <= ?1 and version = ?3")
            .setParameter(1, allotted)
            .setParameter(2, lineId)
            .setParameter(3, expectedVersion)
            .executeUpdate()
        == 1;
  }

  /**
   * Takes {@code amount} from the line's available funds. Call it last in the transaction: it first
   * writes everything the transaction has pending (entities, then Envers' audit rows, which Envers
   * would otherwise write at commit), so the line's row lock, which every obligation on the line
   * waits for, is held for this one statement and the commit rather than across those inserts. A
   * {@code false} answer leaves the transaction to be rolled back by the refusal.
   */
  public boolean obligate(long lineId, BigDecimal amount) {
    writePending();
    return update(
        "update budget_line set obligated = obligated + ?1"
            + " where id = ?2 and allotted - obligated >= ?1",
        amount,
        lineId);
  }

  /** Returns unspent funds of an obligation to its line. */
  public boolean deobligate(long obligationId, long lineId, BigDecimal amount) {
    return update(
            "update obligation set deobligated = deobligated + ?1, version = version + 1"
                + " where id = ?2 and amount - deobligated - pending - disbursed >= ?1",
            amount,
            obligationId)
        && update(
            "update budget_line set obligated = obligated - ?1"
                + " where id = ?2 and obligated - disbursed >= ?1",
            amount,
            lineId);
  }

  /** Reserves a requested payment on the obligation until it is decided. */
  public boolean reservePayment(long obligationId, BigDecimal amount) {
    return update(
        "update obligation set pending = pending + ?1, version = version + 1"
            + " where id = ?2 and amount - deobligated - pending - disbursed >= ?1",
        amount,
        obligationId);
  }

  /** An approved payment: reserved becomes disbursed, on the obligation and its line. */
  public boolean settlePayment(long obligationId, long lineId, BigDecimal amount) {
    return update(
            "update obligation set pending = pending - ?1, disbursed = disbursed + ?1,"
                + " version = version + 1 where id = ?2 and pending >= ?1",
            amount,
            obligationId)
        && update(
            "update budget_line set disbursed = disbursed + ?1"
                + " where id = ?2 and obligated - disbursed >= ?1",
            amount,
            lineId);
  }

  /** A rejected payment: its reservation is released. */
  public boolean releasePayment(long obligationId, BigDecimal amount) {
    return update(
        "update obligation set pending = pending - ?1, version = version + 1"
            + " where id = ?2 and pending >= ?1",
        amount,
        obligationId);
  }

  /**
   * An approved reversal: the payment is marked reversed (never beyond its amount, only if
   * approved), and the amount leaves {@code disbursed} on the obligation and its line.
   */
  public boolean reversePayment(
      long disbursementId, long obligationId, long lineId, BigDecimal amount) {
    return update(
            "update disbursement set reversed = reversed + ?1"
                + " where id = ?2 and status = 'APPROVED' and reversed + ?1 <= amount",
            amount,
            disbursementId)
        && update(
            "update obligation set disbursed = disbursed - ?1, version = version + 1"
                + " where id = ?2 and disbursed >= ?1",
            amount,
            obligationId)
        && update(
            "update budget_line set disbursed = disbursed - ?1 where id = ?2 and disbursed >= ?1",
            amount,
            lineId);
  }

  /**
   * Flushes the session and runs Envers' audit work now rather than at commit. Envers has no public
   * call for this; its process for the transaction is the one it runs before completion, which then
   * finds nothing left to write (FundsControlTest checks the audit rows are there, and written
   * before the line is locked).
   */
  private void writePending() {
    SessionImplementor session = em.unwrap(SessionImplementor.class);
    session.flush();
    session
        .getFactory()
        .getServiceRegistry()
        .requireService(EnversService.class)
        .getAuditProcessManager()
        .get(session)
        .doBeforeTransactionCompletion(session);
  }

  private boolean update(String sql, BigDecimal amount, long id) {
    return em.createNativeQuery(sql).setParameter(1, amount).setParameter(2, id).executeUpdate()
        == 1;
  }
}
