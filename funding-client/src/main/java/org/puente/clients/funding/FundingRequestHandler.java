package org.puente.clients.funding;

import org.puente.common.outbox.Outbox;
import org.puente.common.outbox.OutboxHandler;

/**
 * An outbox handler for one kind of request to funding-service: it reads the request written with
 * the change that called for it, sends it, and records the answer on the record that asked. A
 * missing answer is an exception from {@link #send}, and the outbox tries again.
 *
 * @param <R> the request as written to the outbox (no personal data)
 */
public abstract class FundingRequestHandler<R> implements OutboxHandler {

  private final String topic;
  private final Class<R> type;
  private final Outbox outbox;

  protected FundingRequestHandler(String topic, Class<R> type, Outbox outbox) {
    this.topic = topic;
    this.type = type;
    this.outbox = outbox;
  }

  @Override
  public final String topic() {
    return topic;
  }

  @Override
  public final void deliver(String key, String payload) {
    R request = outbox.read(payload, type);
    record(request, send(key, request));
  }

  /** Sends the request under {@code key}; throws when funding-service gives no answer. */
  protected abstract FundingClient.Answer send(String key, R request);

  /** Records funding-service's answer, in the transaction that marks the request delivered. */
  protected abstract void record(R request, FundingClient.Answer answer);

  /** funding-service's words, cut to fit the 1,000-character column that keeps them. */
  public static String fit(String text) {
    return text.length() <= 1000 ? text : text.substring(0, 997) + "...";
  }
}
