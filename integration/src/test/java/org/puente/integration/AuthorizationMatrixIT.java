package org.puente.integration;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.puente.testing.TestTokens;

/**
 * Every operation of the three OpenAPI documents, called by every role of every agency, against
 * what {@code gateway/src/main/resources/authorization-policy.txt} (the portal offers what it
 * allows) says each may do. The table is the reviewable statement of the access rules; an operation
 * without a row fails the build, and so does every answer the table does not predict.
 *
 * <p>It checks function, not only access: each call is valid, made on records {@link Preparations}
 * brought into the state the operation needs (with the record's current ETag, a fresh
 * Idempotency-Key), so an allowed caller gets a 2xx, and a refused one is refused for who they are
 * and nothing else. A call that changes something consumes its records; the next gets new ones. A
 * certification-gated operation is called twice: by (or naming) an officer without the
 * certification, 403, and with it, 2xx. Every list read is checked for records its reader may not
 * see ({@link Visibility}).
 */
@Order(3)
class AuthorizationMatrixIT {

  static final List<String> ROLES =
      List.of(
          "case-officer",
          "supervisor",
          "advisor",
          "training-coordinator",
          "funding-officer",
          "certifying-officer",
          "auditor",
          "admin",
          "monitor");
  static final List<String> AGENCIES = List.of("PA-SNM", "US-DHS", "US-DOS");
  private static final Path POLICY =
      Path.of("gateway", "src", "main", "resources", "authorization-policy.txt");

  @Test
  void everyOperationAnswersEveryRoleOfEveryAgencyAsThePolicySays() throws IOException {
    Suite suite = Suite.shared();
    List<ApiOperations.Operation> operations = new ArrayList<>(ApiOperations.of(suite));
    // Reads first, then changes, each in a fixed order: a run is repeatable.
    operations.sort(
        Comparator.comparing((ApiOperations.Operation o) -> !o.method().equals("GET"))
            .thenComparing(ApiOperations.Operation::operationId));
    Fixture fixture = new Fixture(suite, operations);
    Calls calls = new Calls(suite, fixture);
    Visibility visibility = new Visibility(fixture.flows());
    Map<String, Policy> policy = Policy.read(POLICY);

    Map<String, Map<String, String>> observed = new TreeMap<>();
    StringBuilder raw = new StringBuilder();
    List<String> wrong = new ArrayList<>();
    List<String> unclassified = new ArrayList<>();
    for (ApiOperations.Operation op : operations) {
      Policy row = policy.getOrDefault(op.operationId(), new Policy(Map.of()));
      if (!visibility.classified(op)) {
        unclassified.add(op.operationId());
      }
      Map<String, String> cells = new LinkedHashMap<>();
      for (String agency : AGENCIES) {
        for (String role : ROLES) {
          String expected = row.expect(role, agency);
          String outcome;
          Response answer;
          try {
            if (expected.equals("gated")) {
              Response without = calls.call(op, role, agency, false);
              answer = calls.call(op, role, agency, true);
              raw.append(line(op, role, agency + " uncertified", without));
              outcome =
                  without.statusCode() == 403 && answer.statusCode() / 100 == 2
                      ? "gated"
                      : "uncertified "
                          + without.statusCode()
                          + ", certified "
                          + answer.statusCode();
            } else {
              answer = calls.call(op, role, agency, true);
              outcome = Policy.outcome(answer.statusCode());
            }
          } catch (IllegalStateException unprepared) {
            cells.put(role + "@" + agency, "unprepared");
            wrong.add(op + " as " + role + "@" + agency + ": " + unprepared.getMessage());
            continue;
          }
          raw.append(line(op, role, agency, answer));
          cells.put(role + "@" + agency, outcome);
          Figures.matrixCell();
          if (!expected.equals(outcome)) {
            wrong.add(
                op
                    + " as "
                    + role
                    + "@"
                    + agency
                    + ": expected "
                    + expected
                    + ", got "
                    + outcome
                    + (answer.statusCode() / 100 == 2 ? "" : " " + brief(answer.asString())));
          }
          if (answer.statusCode() == 200) {
            try {
              for (String seen : visibility.check(op, calls, role, agency)) {
                wrong.add(op + " as " + role + "@" + agency + " lists " + seen);
              }
            } catch (RuntimeException e) {
              wrong.add(
                  op + " as " + role + "@" + agency + ": its list could not be checked: " + e);
            }
          }
        }
      }
      observed.put(op.operationId(), cells);
    }
    Files.createDirectories(Path.of("integration", "target"));
    Files.writeString(
        Path.of("integration", "target", "authorization-policy.observed.txt"),
        Policy.render(observed));
    Files.writeString(Path.of("integration", "target", "authorization-matrix.raw.txt"), raw);
    Figures.matrix(operations.size(), ROLES.size(), AGENCIES.size());

    List<String> missing =
        operations.stream()
            .map(ApiOperations.Operation::operationId)
            .filter(id -> !policy.containsKey(id))
            .toList();
    assertEquals(
        List.of(),
        missing,
        "operations without a row in "
            + POLICY
            + " (what they answered is in integration/target/authorization-policy.observed.txt)");
    List<String> stale =
        new TreeSet<>(policy.keySet()).stream().filter(id -> !observed.containsKey(id)).toList();
    assertEquals(List.of(), stale, "rows for operations that no longer exist");
    assertEquals(
        List.of(),
        unclassified,
        "list operations without a visibility rule in Visibility (who may see each item?)");
    assertTrue(
        wrong.isEmpty(),
        wrong.size() + " answers differ from the policy:\n" + String.join("\n", wrong));
  }

  private static String line(
      ApiOperations.Operation op, String role, String agency, Response answer) {
    return op.operationId() + " " + role + "@" + agency + " " + answer.statusCode() + "\n";
  }

  private static String brief(String body) {
    String b = body == null ? "" : body.replaceAll("\\s+", " ");
    return b.length() > 300 ? b.substring(0, 300) + "..." : b;
  }

  /**
   * The calls of the matrix: each with the records its operation needs, prepared once and used by
   * every caller until one changes them (a 2xx to a change), then prepared anew.
   */
  static final class Calls {

    private final Suite suite;
    private final Fixture fixture;
    private final Map<String, Prepared> current = new HashMap<>();
    private final Map<String, IllegalStateException> failed = new HashMap<>();
    private Response last;
    private String lastUrl;
    private String lastBearer;

    Calls(Suite suite, Fixture fixture) {
      this.suite = suite;
      this.fixture = fixture;
    }

    /** The last answer, where it came from and whom to: to read a list's further pages. */
    Response last() {
      return last;
    }

    String lastUrl() {
      return lastUrl;
    }

    String lastBearer() {
      return lastBearer;
    }

    Response call(ApiOperations.Operation op, String role, String agency, boolean certified) {
      String key =
          op.operationId()
              + (Preparations.perAgency(op.operationId()) ? "@" + agency : "")
              + (certified ? "" : " uncertified");
      Preparations.Preparation preparation = Preparations.of(op.operationId());
      if (failed.containsKey(key)) {
        throw failed.get(key);
      }
      Prepared prepared;
      try {
        prepared =
            preparation == null
                ? Prepared.NOTHING
                : current.computeIfAbsent(
                    key,
                    k ->
                        preparation.prepare(
                            fixture.flows(), new Preparations.Call(role, agency, certified)));
      } catch (RuntimeException e) {
        // Told once per operation as the cells' answer; the other operations are still called.
        failed.put(key, new IllegalStateException("its records could not be prepared: " + e));
        throw failed.get(key);
      }
      TestTokens token = TestTokens.user(role + "@" + agency).agency(agency).roles(role);
      if (prepared.callerOfficer != null) {
        token.officerId(prepared.callerOfficer);
      }
      String path = fixture.concrete(op, prepared);
      lastBearer = token.bearer();
      lastUrl = suite.url(path);
      RequestSpecification request = given().header("Authorization", lastBearer);
      if (op.takesHeader("If-Match")) {
        request.header("If-Match", ifMatch(prepared, path));
      }
      if (op.takesHeader("Idempotency-Key")) {
        request.header("Idempotency-Key", UUID.randomUUID().toString());
      }
      if (op.hasBody()) {
        request.contentType("application/json").body(fixture.body(op, prepared).toString());
      }
      for (var p : op.parameters()) {
        if ("query".equals(p.path("in").asText()) && p.path("required").asBoolean(false)) {
          request.queryParam(p.path("name").asText(), fixture.parameter(op, p, prepared));
        }
      }
      last = request.request(op.method(), lastUrl);
      if (!op.method().equals("GET") && last.statusCode() / 100 == 2) {
        current.remove(key);
      }
      return last;
    }

    /**
     * The ETag to send: the prepared one, or that of the record the path is under ({@code /cases/7}
     * for {@code /cases/7/removal-order/finality}), read by its owner's admin.
     */
    private String ifMatch(Prepared prepared, String path) {
      if (prepared.ifMatch != null) {
        return prepared.ifMatch;
      }
      String[] s = path.split("/");
      String record = String.join("/", Arrays.copyOfRange(s, 0, Math.min(s.length, 6)));
      String reader =
          switch (s[3]) {
            case "removals" -> "fx-snm-admin";
            case "training" -> "fx-dhs-admin";
            default -> "fx-dos-admin";
          };
      String etag = fixture.flows().etag(reader, record);
      if (prepared != Prepared.NOTHING) {
        prepared.ifMatch = etag;
      }
      return etag;
    }
  }

  /** One row of the table: who is allowed, who finds nothing (404); anyone else gets 403. */
  record Policy(Map<String, String> cells) {

    /**
     * A 2xx is "allow"; any other answer than 401, 403 and 404 is a refusal the table never
     * expects.
     */
    static String outcome(int status) {
      if (status / 100 == 2) {
        return "allow";
      }
      return switch (status) {
        case 401 -> "401";
        case 403 -> "deny";
        case 404 -> "hidden";
        default -> status >= 500 ? "error " + status : "refused " + status;
      };
    }

    /** What the cell expects: allow, gated, hidden or 401; deny (403) where the table is silent. */
    String expect(String role, String agency) {
      return cells.getOrDefault(role + "@" + agency, "deny");
    }

    /**
     * {@code operationId allow: role,role@AGENCY,AGENCY ... hidden: role@AGENCY ...}; {@code *} for
     * every role or every agency.
     */
    static Map<String, Policy> read(Path file) {
      Map<String, Policy> rows = new TreeMap<>();
      List<String> lines;
      try {
        lines = Files.readAllLines(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (String raw : lines) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] words = line.split("\\s+");
        Map<String, String> cells = new LinkedHashMap<>();
        String outcome = null;
        for (int i = 1; i < words.length; i++) {
          if (words[i].endsWith(":")) {
            outcome = words[i].substring(0, words[i].length() - 1);
            continue;
          }
          String[] who = words[i].split("@");
          for (String role : who[0].equals("*") ? ROLES : List.of(who[0].split(","))) {
            for (String agency : who[1].equals("*") ? AGENCIES : List.of(who[1].split(","))) {
              cells.put(role + "@" + agency, outcome);
            }
          }
        }
        rows.put(words[0], new Policy(cells));
      }
      return rows;
    }

    /** The observed answers in the table's own form, to review and copy. */
    static String render(Map<String, Map<String, String>> observed) {
      StringBuilder out = new StringBuilder();
      observed.forEach(
          (op, cells) -> {
            out.append(op);
            for (String outcome :
                List.of("allow", "gated", "hidden", "401", "refused", "uncertified", "error")) {
              Map<String, TreeSet<String>> agenciesByRole = new LinkedHashMap<>();
              cells.forEach(
                  (cell, o) -> {
                    if (o.startsWith(outcome)) {
                      String[] rc = cell.split("@");
                      agenciesByRole.computeIfAbsent(rc[0], r -> new TreeSet<>()).add(rc[1]);
                    }
                  });
              if (agenciesByRole.isEmpty()) {
                continue;
              }
              // Roles with the same agencies are written together.
              Map<String, List<String>> rolesByAgencies = new LinkedHashMap<>();
              agenciesByRole.forEach(
                  (role, agencies) ->
                      rolesByAgencies
                          .computeIfAbsent(
                              agencies.size() == AGENCIES.size() ? "*" : String.join(",", agencies),
                              a -> new ArrayList<>())
                          .add(role));
              out.append("  ").append(outcome).append(':');
              rolesByAgencies.forEach(
                  (agencies, roles) ->
                      out.append(' ')
                          .append(roles.size() == ROLES.size() ? "*" : String.join(",", roles))
                          .append('@')
                          .append(agencies));
            }
            out.append('\n');
          });
      return out.toString();
    }
  }
}
