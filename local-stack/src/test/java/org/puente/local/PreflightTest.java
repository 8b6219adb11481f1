package org.puente.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * tools/preflight.sh as a newcomer meets it: with a tool taken away or a port taken, one message
 * names every problem with the command that installs or frees it, and nothing goes on; with
 * everything there, one line. Nothing is installed here (PUENTE_PREFLIGHT_INSTALL=0).
 */
class PreflightTest {

  /** The ports the README names for ./run.sh, which the end-to-end suite of ./mvnw verify uses. */
  static final List<Integer> PORTS = List.of(8080, 8081, 8082, 8083, 8090, 8100, 8180, 9180, 15432);

  static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

  record Result(int exit, String out, String err) {}

  @Test
  void missingToolsAreNamedInOneMessageWithWhatInstallsThem() throws Exception {
    // A copy of the script in a bare tree: no kubectl fetched earlier into .tools/bin counts.
    Path temp = Files.createTempDirectory("preflight");
    Result r;
    try {
      Path script = temp.resolve("repo/tools/preflight.sh");
      Files.createDirectories(script.getParent());
      Files.copy(REPOSITORY.resolve("tools/preflight.sh"), script);
      Path bin =
          pathWithout(temp.resolve("bin"), Set.of("kubectl", "node", "nodejs", "npm", "npx"));
      r = preflight(script, "verify", bin.toString());
    } finally {
      deleteTree(temp);
    }

    assertEquals(1, r.exit(), r.err());
    assertEquals("", r.out());
    assertEquals(1, count(r.err(), "./mvnw verify cannot start:"), r.err());
    assertTrue(r.err().contains("nothing was built"), r.err());
    assertTrue(
        r.err().contains("kubectl (with kustomize) is not on the PATH nor in .tools/bin"), r.err());
    assertTrue(
        r.err().contains("https://kubernetes.io/docs/tasks/tools/install-kubectl-linux/"), r.err());
    assertTrue(r.err().contains("node (Node.js 20 or newer) is not on the PATH"), r.err());
    assertTrue(r.err().contains("apt-get install nodejs npm"), r.err());
    assertTrue(r.err().contains("npm is not on the PATH"), r.err());
    assertTrue(r.err().contains("apt-get install npm"), r.err());
    assertTrue(r.err().contains("PUENTE_PREFLIGHT_INSTALL=0: nothing was installed"), r.err());
  }

  @Test
  void aTakenPortIsNamedWithWhatHoldsIt() throws Exception {
    ServerSocket held = null;
    for (int port : PORTS) {
      try {
        held = new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
        break;
      } catch (IOException taken) {
        // taken already: the next one
      }
    }
    try {
      Result r = preflight(REPOSITORY.resolve("tools/preflight.sh"), "run", System.getenv("PATH"));

      assertEquals(1, r.exit(), r.err());
      assertEquals(1, count(r.err(), "./run.sh cannot start:"), r.err());
      if (held != null) {
        int port = held.getLocalPort();
        assertTrue(r.err().contains("port " + port + " is taken"), r.err());
        assertTrue(r.err().contains("fuser -k " + port + "/tcp"), r.err());
        if (onPath("ss")) {
          long pid = ProcessHandle.current().pid();
          assertTrue(r.err().contains("by pid " + pid + " (java)"), r.err());
          assertTrue(r.err().contains("kill " + pid), r.err());
        }
      } else {
        // Every one is taken by something else: each is named.
        PORTS.forEach(port -> assertTrue(r.err().contains("port " + port + " "), r.err()));
      }
    } finally {
      if (held != null) {
        held.close();
      }
    }
  }

  @Test
  void withEverythingThereEachCommandGetsOneLine() throws Exception {
    for (String[] mode : new String[][] {{"run", "./run.sh"}, {"verify", "./mvnw verify"}}) {
      Result r =
          preflight(REPOSITORY.resolve("tools/preflight.sh"), mode[0], System.getenv("PATH"));

      assertEquals(0, r.exit(), r.err());
      assertEquals("", r.err());
      assertEquals(1, r.out().lines().count(), r.out());
      assertTrue(r.out().startsWith("preflight (" + mode[1] + "): ok: java "), r.out());
    }
  }

  @Test
  void anUnknownModeIsRefusedWithTheUsage() throws Exception {
    Result r = preflight(REPOSITORY.resolve("tools/preflight.sh"), "deploy", System.getenv("PATH"));

    assertEquals(2, r.exit());
    assertEquals("usage: tools/preflight.sh run|verify\n", r.err());
  }

  private static Result preflight(Path script, String mode, String path) throws Exception {
    Path out = Files.createTempFile("preflight", ".out");
    Path err = Files.createTempFile("preflight", ".err");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(bash(), script.toString(), mode)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      Map<String, String> env = builder.environment();
      env.put("PATH", path);
      env.put("PUENTE_PREFLIGHT_INSTALL", "0");
      Process p = builder.start();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the preflight took over a minute");
      return new Result(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** A directory of links to every program on this machine's PATH but the ones left out. */
  private static Path pathWithout(Path bin, Set<String> leftOut) throws IOException {
    Files.createDirectories(bin);
    for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
      if (dir.isEmpty() || !Files.isDirectory(Path.of(dir))) {
        continue;
      }
      try (Stream<Path> programs = Files.list(Path.of(dir))) {
        for (Path program : programs.toList()) {
          String name = program.getFileName().toString();
          Path link = bin.resolve(name);
          if (!leftOut.contains(name)
              && Files.isExecutable(program)
              && !Files.isDirectory(program)
              && !Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(link, program.toAbsolutePath());
          }
        }
      }
    }
    return bin;
  }

  /** Deletes a tree, its links as links (never what they point to). */
  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static boolean onPath(String program) {
    return Stream.of(System.getenv("PATH").split(File.pathSeparator))
        .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
  }

  private static String bash() {
    return Stream.of(System.getenv("PATH").split(File.pathSeparator))
        .map(dir -> Path.of(dir, "bash"))
        .filter(Files::isExecutable)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("bash is not on the PATH"))
        .toString();
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }
}
