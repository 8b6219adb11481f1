package org.puente.common.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Writes a request to another service in the transaction of the change that needs it: both commit
 * or neither does. {@link OutboxSender} delivers it as soon as that transaction commits (and again
 * later until it is answered), in the trace of the request that queued it.
 */
@ApplicationScoped
public class Outbox {

  private final EntityManager em;
  private final ObjectMapper json;
  private final OutboxSender sender;

  Outbox(EntityManager em, ObjectMapper json, OutboxSender sender) {
    this.em = em;
    this.json = json;
    this.sender = sender;
  }

  /**
   * Queues {@code payload} (serialised as JSON) for the handler of {@code topic}. The key is
   * unique: it is also the {@code Idempotency-Key} the receiver deduplicates on.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void enqueue(String topic, String key, Object payload) {
    OutboxMessage m = new OutboxMessage();
    m.topic = topic;
    m.key = key;
    try {
      m.payload = json.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Outbox payload is not serialisable", e);
    }
    m.createdAt = Instant.now();
    m.nextAttemptAt = m.createdAt;
    m.traceparent = Traceparent.current();
    em.persist(m);
    sender.afterCommit();
  }

  /** Reads a payload back, for handlers. */
  public <T> T read(String payload, Class<T> type) {
    try {
      return json.readValue(payload, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Outbox payload of the wrong shape for " + type, e);
    }
  }
}
