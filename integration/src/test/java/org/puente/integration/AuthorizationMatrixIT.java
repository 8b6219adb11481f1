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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the three OpenAPI documents, called by every role of every agency, against
 * what {@code gateway/src/main/resources/authorization-policy.txt} (the portal offers what it
 * allows) says each may do. The table is the reviewable statement of the access rules; an operation
 * without a row fails the build, and so does every answer the table does not predict.
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
          "admin");
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
    Map<String, Policy> policy = Policy.read(POLICY);

    Map<String, Map<String, String>> observed = new TreeMap<>();
    StringBuilder raw = new StringBuilder();
    List<String> wrong = new ArrayList<>();
    for (ApiOperations.Operation op : operations) {
      Map<String, String> cells = new LinkedHashMap<>();
      for (String agency : AGENCIES) {
        for (String role : ROLES) {
          int status = call(suite, fixture, op, role, agency).statusCode();
          String outcome = Policy.outcome(status);
          raw.append(op.operationId())
              .append(' ')
              .append(role)
              .append('@')
              .append(agency)
              .append(' ')
              .append(status)
              .append('\n');
          cells.put(role + "@" + agency, outcome);
          Figures.matrixCell();
          Policy expected = policy.get(op.operationId());
          if (expected != null && !expected.expect(role, agency).equals(outcome)) {
            wrong.add(
                op
                    + " as "
                    + role
                    + "@"
                    + agency
                    + ": expected "
                    + expected.expect(role, agency)
                    + ", got "
                    + status);
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
    assertTrue(
        wrong.isEmpty(),
        wrong.size() + " answers differ from the policy:\n" + String.join("\n", wrong));
  }

  static Response call(
      Suite suite, Fixture fixture, ApiOperations.Operation op, String role, String agency) {
    RequestSpecification request =
        given().header("Authorization", Fixture.bearer(role, agency)).header("If-Match", "\"0\"");
    if (op.hasBody()) {
      request.contentType("application/json").body(fixture.bodies().body(op).toString());
    }
    for (var p : op.parameters()) {
      if ("query".equals(p.path("in").asText()) && p.path("required").asBoolean(false)) {
        request.queryParam(p.path("name").asText(), fixture.bodies().parameter(op, p));
      }
    }
    return request.request(op.method(), suite.url(fixture.concrete(op)));
  }

  /** One row of the table: who is allowed, who finds nothing (404); anyone else gets 403. */
  record Policy(Map<String, String> cells) {

    static String outcome(int status) {
      return switch (status) {
        case 401 -> "401";
        case 403 -> "deny";
        case 404 -> "hidden";
        default -> status >= 500 ? "error " + status : "allow";
      };
    }

    /**
     * What the cell expects of the fixture. A "gated" cell reaches the operation only with a
     * certification, which the fixture's officer does not hold: 403, as for an unlisted cell.
     */
    String expect(String role, String agency) {
      String outcome = cells.getOrDefault(role + "@" + agency, "deny");
      return outcome.equals("gated") ? "deny" : outcome;
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
            for (String outcome : List.of("allow", "hidden", "401", "error")) {
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
