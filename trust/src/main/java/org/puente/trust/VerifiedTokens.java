package org.puente.trust;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Bearer tokens that passed verification, each kept with what it verified to until the token's own
 * expiry, under a SHA-256 hash of the token (the token itself is never kept). A token not seen
 * before, or one that differs by a single character (another signature, another claim), hashes
 * differently and is verified in full. Bounded: the least used go first.
 *
 * @param <V> what a verification gave (the caller's identity)
 */
final class VerifiedTokens<V> {

  private record Verified<V>(V value, Instant expiresAt) {}

  private final Clock clock;
  private final Cache<String, Verified<V>> cache;

  VerifiedTokens(long maxSize, Clock clock) {
    this.clock = clock;
    this.cache =
        Caffeine.newBuilder()
            .maximumSize(maxSize)
            // Evicted at its expiry; get() checks the expiry itself too, against the clock.
            .expireAfter(
                Expiry.<String, Verified<V>>creating(
                    (key, verified) -> Duration.between(clock.instant(), verified.expiresAt())))
            .build();
  }

  /** What {@code token} verified to, while it has not expired; null when it must be verified. */
  V get(String token) {
    String key = hash(token);
    Verified<V> verified = cache.getIfPresent(key);
    if (verified == null) {
      return null;
    }
    if (!clock.instant().isBefore(verified.expiresAt())) {
      cache.invalidate(key);
      return null;
    }
    return verified.value();
  }

  /**
   * Keeps a verified token's result until {@code expiresAt}; a token already expired is not kept.
   */
  void put(String token, V value, Instant expiresAt) {
    if (clock.instant().isBefore(expiresAt)) {
      cache.put(hash(token), new Verified<>(value, expiresAt));
    }
  }

  long size() {
    cache.cleanUp();
    return cache.estimatedSize();
  }

  private static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
