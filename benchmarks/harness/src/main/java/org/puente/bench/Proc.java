package org.puente.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What /proc says of a process, and running commands. */
final class Proc {

  /** Clock ticks per second of /proc/<pid>/stat (USER_HZ; 100 on Linux here). */
  private static final double TICKS = 100.0;

  private Proc() {}

  /** CPU time (user + system, all threads) the process has used, in milliseconds. */
  static double cpuMs(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    // After the command name: state is field 3, utime 14 and stime 15 (1-based in proc(5)).
    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
    return ticks * 1000.0 / TICKS;
  }

  /** Resident memory, in MB. */
  static double rssMb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
      }
    }
    throw new IllegalStateException("no VmRSS for " + pid);
  }

  /** Runs a command to its end; its output. */
  static String exec(String... command) throws IOException, InterruptedException {
    return exec(List.of(command), java.util.Map.of());
  }

  static String exec(List<String> command, java.util.Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
    b.environment().putAll(env);
    Process p = b.start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
    }
    return out;
  }
}
