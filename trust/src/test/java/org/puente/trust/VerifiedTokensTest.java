package org.puente.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T12:00:00Z"));
  private final VerifiedTokens<String> tokens = new VerifiedTokens<>(100, clock);

  @Test
  void aVerifiedTokenIsReusedUntilItsExpiryAndNotAfter() {
    tokens.put("header.claims.signature", "identity", clock.instant().plusSeconds(300));
    assertEquals("identity", tokens.get("header.claims.signature"));
    clock.move(Duration.ofSeconds(299));
    assertEquals("identity", tokens.get("header.claims.signature"));
    clock.move(Duration.ofSeconds(1));
    assertNull(tokens.get("header.claims.signature"), "expired: verified again, and refused");
  }

  @Test
  void aTokenDifferingByOneCharacterIsNotTheVerifiedOne() {
    tokens.put("header.claims.signature", "identity", clock.instant().plusSeconds(300));
    assertNull(tokens.get("header.claims.signaturf"));
    assertNull(tokens.get("header.claimz.signature"));
    assertNull(tokens.get(""));
  }

  @Test
  void anExpiredTokenIsNeverKept() {
    tokens.put("old", "identity", clock.instant());
    tokens.put("older", "identity", clock.instant().minusSeconds(1));
    assertNull(tokens.get("old"));
    assertNull(tokens.get("older"));
  }

  @Test
  void theCacheIsBounded() {
    VerifiedTokens<String> small = new VerifiedTokens<>(10, clock);
    for (int i = 0; i < 1000; i++) {
      small.put("token-" + i, "identity", clock.instant().plusSeconds(300));
    }
    assertEquals(10, small.size());
  }

  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
