package org.puente.gateway.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the policy table that a person performs is offered by some portal page, or is
 * listed in {@code portal-api-only.txt} with the reason. An operation is offered when the portal
 * guards it by the table: a page or form shown under {@code user.may('op')} and, for a change, a
 * handler that starts with {@code user.require("op")} and calls it; {@link Policy} lets exactly the
 * roles of the table's row through those guards. Whether a change is a change is read from the
 * OpenAPI documents (any method but GET).
 */
class PortalCoverageTest {

  private static final Path MAIN = Path.of("src/main");
  private static final Pattern GUARD_JAVA =
      Pattern.compile("\\b(require|may)\\(\\s*\"([A-Za-z]+)\"\\s*\\)");
  private static final Pattern GUARD_TEMPLATE = Pattern.compile("\\bmay\\('([A-Za-z]+)'\\)");

  /**
   * A row of the audit page's export table: offered as a download to whom {@code user.may} lets
   * through, and fetched by a handler that {@code user.require}s the row's operation.
   */
  private static final Pattern EXPORT_ROW =
      Pattern.compile("new Export\\(\\s*\"[^\"]+\",\\s*\"([A-Za-z]+)\"");

  @Test
  void everyOperationAPersonPerformsIsOfferedOrListedAsApiOnlyWithItsReason() throws IOException {
    Set<String> operations = policyOperations();
    Map<String, String> apiOnly = apiOnly();
    Guards guards = guards();
    Set<String> changes = changes();
    Set<String> offered = new TreeSet<>();
    Map<String, String> missing = new TreeMap<>();
    for (String op : operations) {
      boolean shown = guards.shown().contains(op);
      if (offers(guards, op, changes.contains(op))) {
        offered.add(op);
      } else if (!apiOnly.containsKey(op)) {
        missing.put(
            op,
            changes.contains(op)
                ? (shown ? "no handler requires it" : "no page shows it under user.may")
                : "no page reads it");
      }
    }
    assertEquals(Map.of(), missing, "offered by no portal page and not listed as API-only");
    System.out.printf(
        "Portal coverage: %d operations offered out of %d a person performs (%d API-only)%n",
        offered.size(), operations.size() - apiOnly.size(), apiOnly.size());
  }

  @Test
  void theApiOnlyListNamesOperationsOfThePolicyEachWithAReasonAndNoneTheyAlsoOffer()
      throws IOException {
    Set<String> operations = policyOperations();
    Guards guards = guards();
    for (Map.Entry<String, String> e : apiOnly().entrySet()) {
      assertTrue(operations.contains(e.getKey()), e.getKey() + " is not in the policy table");
      assertTrue(e.getValue().split("\\s+").length >= 4, e.getKey() + ": give the reason");
      assertTrue(
          !guards.shown().contains(e.getKey()) && !guards.required().contains(e.getKey()),
          e.getKey() + " is listed as API-only, yet the portal offers it");
    }
  }

  @Test
  void everyGuardNamesAnOperationOfThePolicy() throws IOException {
    Set<String> operations = policyOperations();
    Guards guards = guards();
    Set<String> unknown = new TreeSet<>(guards.shown());
    unknown.addAll(guards.required());
    unknown.removeAll(operations);
    assertEquals(Set.of(), unknown, "a misspelt guard offers nothing to anyone");
  }

  @Test
  void aChangeIsOfferedOnlyWhenAFormShowsItAndAHandlerPerformsIt() {
    Guards formOnly = new Guards(Set.of("openCase"), Set.of());
    Guards handlerOnly = new Guards(Set.of(), Set.of("openCase"));
    Guards both = new Guards(Set.of("openCase"), Set.of("openCase"));
    assertFalse(offers(formOnly, "openCase", true), "a form whose handler does not exist");
    assertFalse(offers(handlerOnly, "openCase", true), "a handler no page shows");
    assertTrue(offers(both, "openCase", true));
    assertTrue(offers(new Guards(Set.of("getCase"), Set.of()), "getCase", false), "a read shown");
    assertTrue(offers(new Guards(Set.of(), Set.of("getCase")), "getCase", false), "a page read");
    assertFalse(offers(both, "getCase", false), "another operation's guards");
  }

  /**
   * Whether the portal offers the operation: a change needs a page showing it and a handler
   * performing it; a read, either.
   */
  static boolean offers(Guards guards, String op, boolean change) {
    boolean shown = guards.shown().contains(op);
    boolean performed = guards.required().contains(op);
    return change ? shown && performed : shown || performed;
  }

  /** The operations guarded: shown (may) anywhere, and required by a handler. */
  record Guards(Set<String> shown, Set<String> required) {}

  private static Guards guards() throws IOException {
    Set<String> shown = new TreeSet<>();
    Set<String> required = new TreeSet<>();
    for (Path file : files(MAIN.resolve("java/org/puente/gateway/portal"), ".java")) {
      String source = Files.readString(file);
      Matcher m = GUARD_JAVA.matcher(source);
      while (m.find()) {
        (m.group(1).equals("require") ? required : shown).add(m.group(2));
      }
      Matcher export = EXPORT_ROW.matcher(source);
      while (export.find()) {
        shown.add(export.group(1));
        required.add(export.group(1));
      }
    }
    for (Path file : files(MAIN.resolve("resources/templates"), ".html")) {
      Matcher m = GUARD_TEMPLATE.matcher(Files.readString(file));
      while (m.find()) {
        shown.add(m.group(1));
      }
    }
    return new Guards(shown, required);
  }

  private static Set<String> policyOperations() throws IOException {
    Set<String> operations = new TreeSet<>();
    for (String line : Files.readAllLines(MAIN.resolve("resources/authorization-policy.txt"))) {
      String text = line.strip();
      if (!text.isEmpty() && !text.startsWith("#")) {
        operations.add(text.split("\\s+")[0]);
      }
    }
    return operations;
  }

  private static Map<String, String> apiOnly() throws IOException {
    Map<String, String> reasons = new LinkedHashMap<>();
    for (String line : Files.readAllLines(MAIN.resolve("resources/portal-api-only.txt"))) {
      String text = line.strip();
      if (!text.isEmpty() && !text.startsWith("#")) {
        String[] parts = text.split("\\s+", 2);
        reasons.put(parts[0], parts.length > 1 ? parts[1].strip() : "");
      }
    }
    return reasons;
  }

  /** The operations that change something: any method but GET, in the three OpenAPI documents. */
  private static Set<String> changes() throws IOException {
    Set<String> changes = new TreeSet<>();
    Pattern method = Pattern.compile("^    (get|post|put|patch|delete):\\s*$");
    Pattern id = Pattern.compile("^      operationId:\\s*(\\w+)\\s*$");
    for (String document : List.of("removals", "training", "funding")) {
      String current = null;
      for (String line : Files.readAllLines(Path.of("../openapi", document + ".yaml"))) {
        Matcher m = method.matcher(line);
        if (m.matches()) {
          current = m.group(1);
        }
        Matcher o = id.matcher(line);
        if (o.matches() && current != null && !current.equals("get")) {
          changes.add(o.group(1));
        }
      }
    }
    assertTrue(changes.contains("openCase") && !changes.contains("getCase"), "read " + changes);
    return changes;
  }

  private static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
