package org.puente.common.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A request to another service, waiting to be delivered (or delivered, for the record). */
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
}
