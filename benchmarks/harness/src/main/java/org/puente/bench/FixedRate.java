package org.puente.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load at a fixed rate (wrk is closed-loop, and Debian has no wrk2): requests leave on
 * a schedule whatever the answers do, and each latency is counted from when its request was due, so
 * a stall is not hidden by the requests it delayed.
 */
final class FixedRate {

  record Latency(double p50Ms, double p99Ms, long errors) {}

  private FixedRate() {}

  static Latency run(String url, String token, double perSecond, Duration duration)
      throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(4))
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build();
    long total = (long) (perSecond * duration.toSeconds());
    long interval = (long) (1_000_000_000L / perSecond);
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicLong errors = new AtomicLong();
    List<CompletableFuture<?>> pending = new ArrayList<>();
    long start = System.nanoTime();
    for (long i = 0; i < total; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      pending.add(
          http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
              .whenComplete(
                  (r, e) -> {
                    latencies.add(System.nanoTime() - due);
                    if (e != null || r.statusCode() != 200) {
                      errors.incrementAndGet();
                    }
                  }));
    }
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
        .handle((v, e) -> null)
        .get(2, TimeUnit.MINUTES);
    double[] sorted = latencies.stream().mapToDouble(n -> n / 1_000_000.0).sorted().toArray();
    Bench.commands()
        .add(
            "fixed rate (harness): "
                + Math.round(perSecond)
                + " GET/s for "
                + duration.toSeconds()
                + " s to "
                + url);
    return new Latency(Stats.quantile(sorted, 0.5), Stats.quantile(sorted, 0.99), errors.get());
  }
}
