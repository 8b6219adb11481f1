package org.puente.integration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/** The figures of the adversarial suite, printed at the end and kept in target/. */
final class Figures {

  private static final AtomicLong MATRIX_CELLS = new AtomicLong();
  private static final AtomicLong TOKEN_ATTACKS = new AtomicLong();
  private static final AtomicLong FUZZ_CASES = new AtomicLong();
  private static final AtomicLong MASS_ASSIGNMENT = new AtomicLong();
  private static final AtomicLong FAULTS = new AtomicLong();
  private static final AtomicLong ACKNOWLEDGED = new AtomicLong();
  private static final AtomicLong LOST = new AtomicLong();
  private static final AtomicLong DUPLICATED = new AtomicLong();
  private static volatile String matrix = "not run";
  private static volatile String logs = "not checked";

  private Figures() {}

  static void matrixCell() {
    MATRIX_CELLS.incrementAndGet();
  }

  static void matrix(int operations, int roles, int agencies) {
    matrix = operations + " operations × " + roles + " roles × " + agencies + " agencies";
  }

  static void tokenAttack() {
    TOKEN_ATTACKS.incrementAndGet();
  }

  static void fuzzCase() {
    FUZZ_CASES.incrementAndGet();
  }

  static void massAssignment() {
    MASS_ASSIGNMENT.incrementAndGet();
  }

  static void fault() {
    FAULTS.incrementAndGet();
  }

  static void acknowledged(long n) {
    ACKNOWLEDGED.addAndGet(n);
  }

  static void lost(long n) {
    LOST.addAndGet(n);
  }

  static void duplicated(long n) {
    DUPLICATED.addAndGet(n);
  }

  static void logs(String result) {
    logs = result;
  }

  static String summary() {
    return "# Adversarial suite: figures\n\n"
        + "| what | figure |\n|---|---|\n"
        + "| authorization matrix | "
        + matrix
        + " = "
        + MATRIX_CELLS.get()
        + " calls |\n"
        + "| token attacks (each answered 401) | "
        + TOKEN_ATTACKS.get()
        + " |\n"
        + "| fuzz cases run | "
        + FUZZ_CASES.get()
        + " |\n"
        + "| mass-assignment attempts (each refused, nothing changed) | "
        + MASS_ASSIGNMENT.get()
        + " |\n"
        + "| faults injected (PostgreSQL crashed, services killed or stopped) | "
        + FAULTS.get()
        + " |\n"
        + "| writes acknowledged under faults | "
        + ACKNOWLEDGED.get()
        + " |\n"
        + "| acknowledged writes lost | "
        + LOST.get()
        + " |\n"
        + "| obligations made twice | "
        + DUPLICATED.get()
        + " |\n"
        + "| service logs | "
        + logs
        + " |\n";
  }

  static void write() throws IOException {
    String text = summary();
    Path target = Path.of("integration", "target");
    Files.createDirectories(target);
    Files.writeString(target.resolve("adversarial-summary.md"), text);
    System.out.println(text);
  }
}
