package org.puente.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** The machine the figures come from. */
final class Machine {

  private Machine() {}

  static String describe() throws Exception {
    String cpu =
        Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
            .filter(l -> l.startsWith("model name"))
            .findFirst()
            .map(l -> l.substring(l.indexOf(':') + 1).strip())
            .orElse("unknown");
    String memory =
        Files.readAllLines(Path.of("/proc/meminfo")).stream()
            .filter(l -> l.startsWith("MemTotal"))
            .findFirst()
            .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GiB")
            .orElse("?");
    return "| what | value |\n|---|---|\n"
        + "| date | "
        + Instant.now()
        + " |\n"
        + "| CPU | "
        + cpu
        + ", "
        + Runtime.getRuntime().availableProcessors()
        + " cores |\n"
        + "| memory | "
        + memory
        + " |\n"
        + "| kernel | "
        + Proc.exec("uname", "-r").strip()
        + " |\n"
        + "| JVM (services and harness) | "
        + System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.version")
        + " |\n"
        + "| PostgreSQL | 17 (embedded binaries), fsync off, synchronous_commit off, as in the tests |\n"
        + "| wrk | "
        + Proc.exec("sh", "-c", "wrk -v 2>&1 | head -1 || true").strip()
        + " |\n"
        + "| pgbench | "
        + Proc.exec("pgbench", "--version").strip()
        + " |\n"
        + "| pinning | services on core 0; PostgreSQL, wrk, pgbench and the harness on core 1 |\n";
  }
}
