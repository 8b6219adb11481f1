package org.puente.common.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A request to another service, waiting to be delivered (or delivered, for the record). After
 * {@code puente.outbox.max-attempts} failures it is dead: kept, no longer tried, until an operator
 * retries it or gives it up.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
  @SequenceGenerator(name = "outbox_message_seq", allocationSize = 50)
  public Long id;

  /** Which {@link OutboxHandler} delivers it. */
  public String topic;

  /** Sent as {@code Idempotency-Key}, so a redelivery is answered, not done again. */
  @Column(name = "idem_key")
  public String key;

  /** JSON, read by the handler. Never personal data. */
  public String payload;

  public int attempts;

  @Column(name = "next_attempt_at")
  public Instant nextAttemptAt;

  @Column(name = "last_error")
  public String lastError;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "delivered_at")
  public Instant deliveredAt;

  /**
   * The W3C trace context of the request that queued it: its delivery continues that trace. Null
   * when queued outside a trace.
   */
  public String traceparent;

  /** When it failed for the last allowed time; null while it is tried (or after a retry). */
  @Column(name = "dead_at")
  public Instant deadAt;

  @Column(name = "given_up_at")
  public Instant givenUpAt;

  /** The operator who gave it up (user name). */
  @Column(name = "given_up_by")
  public String givenUpBy;

  /** The last time an operator sent a dead message back to be tried. */
  @Column(name = "retried_at")
  public Instant retriedAt;

  @Column(name = "retried_by")
  public String retriedBy;

  /** The ETag of operators' changes; also guards them against the sender's. */
  @Version public long version;

  public OutboxState state() {
    if (deliveredAt != null) {
      return OutboxState.DELIVERED;
    }
    if (givenUpAt != null) {
      return OutboxState.GIVEN_UP;
    }
    return deadAt != null ? OutboxState.DEAD : OutboxState.PENDING;
  }
}
