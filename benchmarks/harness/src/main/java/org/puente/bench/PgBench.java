package org.puente.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puente.testing.EmbeddedPostgresResource;

/** pgbench (Debian's) with a custom script, pinned to the load core. */
final class PgBench {

  private PgBench() {}

  /** Transactions per second. */
  static double run(String database, Path script, int clients, int seconds) throws Exception {
    String port = EmbeddedPostgresResource.jdbcUrl(database).replaceAll(".*:(\\d+)/.*", "$1");
    List<String> command =
        List.of(
            "taskset",
            "-c",
            Bench.LOAD_CORE,
            "pgbench",
            "-n",
            "-c",
            String.valueOf(clients),
            "-j",
            "1",
            "-T",
            String.valueOf(seconds),
            "-f",
            script.toString(),
            "-h",
            "127.0.0.1",
            "-p",
            port,
            "-U",
            "postgres",
            database);
    String out = Proc.exec(command, Map.of("PGPASSWORD", "postgres"));
    Bench.commands().add(String.join(" ", command));
    Matcher m = Pattern.compile("tps = ([\\d.]+)").matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("no tps in pgbench's output:\n" + out);
    }
    return Double.parseDouble(m.group(1));
  }
}
