package org.puente.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Last: the logs every service wrote during the whole suite hold none of the personal data the
 * tests sent (names, birth dates, document numbers). Then the figures are printed and kept.
 */
@Order(100)
class LogHygieneIT {

  /** Sent by the workflow tests with fixed values. */
  private static final Set<String> FIXED = Set.of("Sintética", "1990-01-02", "CO-TD-1");

  @Test
  void noServiceLogHoldsPersonalData() throws IOException {
    Suite.shared();
    Path logs = Path.of(System.getProperty("puente.logs", "integration/target/service-logs"));
    List<String> seeded = new ArrayList<>(Seeded.values());
    seeded.addAll(FIXED);
    assertTrue(seeded.size() > 20, "seeded values: " + seeded.size());
    List<String> found = new ArrayList<>();
    long lines = 0;
    try (Stream<Path> files = Files.list(logs)) {
      for (Path file : files.toList()) {
        List<String> text = Files.readAllLines(file);
        lines += text.size();
        for (String line : text) {
          for (String value : seeded) {
            if (!value.isBlank() && line.contains(value)) {
              found.add(file.getFileName() + ": " + value);
            }
          }
        }
      }
    }
    assertTrue(lines > 100, "log lines read: " + lines);
    Figures.logs(
        lines
            + " lines of 4 services searched for "
            + seeded.size()
            + " seeded values: "
            + (found.isEmpty() ? "none found" : found.size() + " found"));
    assertEquals(List.of(), found);
  }

  @AfterAll
  static void figures() throws IOException {
    Figures.write();
  }
}
