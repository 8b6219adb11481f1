package org.puente.common.outbox;

/**
 * Delivers the messages of one topic. {@link #deliver} runs in the transaction that marks the
 * message delivered, so what the handler records of the answer commits with it. Returning means
 * "answered" (a refusal is an answer too); throwing means "no answer": the transaction rolls back
 * and the message is tried again later.
 */
public interface OutboxHandler {

  String topic();

  /** Sends the message and records the answer; throws when no answer came. */
  void deliver(String key, String payload);
}
