package org.puente.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** One token bucket per (route, key); idle buckets are forgotten after ten minutes. */
@ApplicationScoped
public class RateLimiter {

  private final Cache<String, TokenBucket> buckets =
      Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(200_000).build();

  /** 0 when allowed; otherwise the whole seconds the caller should wait (for Retry-After). */
  public long retryAfterSeconds(String key, GatewayConfig.RateLimit limit) {
    long now = System.nanoTime();
    long waitNanos =
        buckets.get(key, k -> new TokenBucket(limit.burst(), limit.perSecond(), now)).take(now);
    return waitNanos == 0 ? 0 : Math.max(1, (long) Math.ceil(waitNanos / 1_000_000_000.0));
  }
}
