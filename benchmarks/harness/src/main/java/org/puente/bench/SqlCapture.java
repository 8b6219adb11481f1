package org.puente.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.puente.removals.api.CaseRequest;
import org.puente.testing.ApiJson;
import org.puente.testing.ServiceProcess;

/**
 * The SQL one create-case request issues, as Hibernate logs it: a deportation-service started with
 * its SQL log on, one request with a known request id, and the statements logged under it.
 */
final class SqlCapture {

  /** The case the captured requests open. */
  private static final CaseRequest CAPTURED_CASE =
      new CaseRequest(
          "Bench",
          "Capture",
          LocalDate.parse("1990-04-12"),
          "VE",
          "F",
          List.of("es"),
          null,
          null,
          LocalDate.parse("2026-11-01"),
          "Lajas Blancas",
          null,
          null);

  private static final String REQUEST_ID = "bench-capture-sql";

  private SqlCapture() {}

  static List<String> createCase(Map<String, String> baseEnv) throws Exception {
    Path logs = Path.of("benchmarks", "target", "capture");
    Files.createDirectories(logs);
    String previous = System.getProperty("puente.logs");
    System.setProperty("puente.logs", logs.toString());
    Map<String, String> env = new java.util.LinkedHashMap<>(baseEnv);
    env.put("quarkus.log.level", "INFO");
    env.put("quarkus.hibernate-orm.log.sql", "true");
    env.put("quarkus.hibernate-orm.log.format-sql", "false");
    ServiceProcess p = new ServiceProcess("deportation-service", env);
    System.setProperty("puente.logs", previous);
    p.start();
    try {
      // Twice: the first create of a fresh process also fetches a block of ids.
      for (int i = 0; i < 2; i++) {
        HttpResponse<String> r =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(URI.create(p.url() + "/api/v1/removals/cases"))
                        .header("Authorization", "Bearer " + Users.snmOfficer())
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", REQUEST_ID + "-" + i + "-" + System.nanoTime())
                        .header("X-Request-Id", REQUEST_ID + "-" + i)
                        .POST(HttpRequest.BodyPublishers.ofString(ApiJson.write(CAPTURED_CASE)))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
          throw new IllegalStateException(
              "capture request answered " + r.statusCode() + ": " + r.body());
        }
      }
    } finally {
      p.stop();
    }
    // Hibernate's SQL log goes to standard output, one statement a line, highlighted. The
    // second request's statements follow the last idempotency claim; the outbox's poll is not
    // part of any request.
    List<String> logged = new ArrayList<>();
    for (String line : Files.readAllLines(logs.resolve("deportation-service.log"))) {
      String plain = line.replaceAll("\u001B\\[[0-9;]*m", "");
      if (plain.startsWith("[Hibernate] ") && !plain.contains("outbox_message")) {
        logged.add(plain.substring("[Hibernate] ".length()).strip());
      }
    }
    int last = -1;
    for (int i = 0; i < logged.size(); i++) {
      if (logged.get(i).startsWith("insert into idempotency_record")) {
        last = i;
      }
    }
    List<String> statements = last < 0 ? List.of() : logged.subList(last, logged.size());
    if (statements.isEmpty()) {
      throw new IllegalStateException("no SQL captured; see " + logs);
    }
    return statements;
  }
}
