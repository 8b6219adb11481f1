package org.puente.testing;

import java.time.Duration;

/** Waits for background work (the outbox) to show: retries an assertion until it holds. */
public final class Eventually {

  private Eventually() {}

  /** Runs {@code assertion} every 200 ms until it passes; after {@code limit}, its last failure. */
  public static void within(Duration limit, Runnable assertion) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      try {
        assertion.run();
        return;
      } catch (AssertionError | RuntimeException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
