package org.puente.gateway;

/**
 * A token bucket: holds up to {@code capacity} tokens, refilled continuously at {@code perSecond}.
 * Plain Java and thread-safe; time is passed in so it is tested without waiting.
 */
public final class TokenBucket {

  private final int capacity;
  private final double perNano;
  private double tokens;
  private long last;

  public TokenBucket(int capacity, int perSecond, long nowNanos) {
    this.capacity = capacity;
    this.perNano = perSecond / 1_000_000_000.0;
    this.tokens = capacity;
    this.last = nowNanos;
  }

  /** Takes a token: 0 when granted, otherwise the nanoseconds until one is available. */
  public synchronized long take(long nowNanos) {
    tokens = Math.min(capacity, tokens + (nowNanos - last) * perNano);
    last = nowNanos;
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return (long) Math.ceil((1 - tokens) / perNano);
  }
}
