package org.puente.gateway.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The portal reads the same authorization table the adversarial suite holds the services to. */
class PolicyTest {

  private final Policy policy = new Policy();

  @Test
  void offersAnActionOnlyToTheRolesAndAgenciesTheTableAllows() {
    assertTrue(policy.reaches("planOperation", Set.of("supervisor"), "PA-SNM"));
    assertFalse(policy.reaches("planOperation", Set.of("case-officer"), "PA-SNM"));
    assertTrue(policy.reaches("addToManifest", Set.of("supervisor"), "PA-SNM"));
    assertFalse(policy.reaches("addToManifest", Set.of("supervisor"), "US-DOS"));
    // "hidden" cells reach the operation (the record may still be invisible): offered.
    assertTrue(policy.reaches("resolveFlag", Set.of("supervisor"), "PA-SNM"));
    // "gated": offered to the role; the screener's own certification decides at the service.
    assertTrue(policy.reaches("recordScreening", Set.of("case-officer"), "PA-SNM"));
    assertFalse(policy.reaches("recordScreening", Set.of("auditor"), "PA-SNM"));
    assertTrue(policy.reaches("addEscort", Set.of("supervisor"), "PA-SNM"));
    // The State Department never reaches a case, whatever its roles.
    for (String role : Set.of("supervisor", "auditor", "admin", "funding-officer")) {
      assertFalse(policy.reaches("listCases", Set.of(role), "US-DOS"), role);
      assertFalse(policy.reaches("getCase", Set.of(role), "US-DOS"), role);
    }
    // Wildcards: every role of every agency.
    assertTrue(policy.reaches("listCourses", Set.of("funding-officer"), "US-DOS"));
    assertTrue(policy.reaches("caseStatistics", Set.of("auditor"), "US-DHS"));
    // A user with several roles reaches what any of them reaches.
    assertTrue(
        policy.reaches("approveDisbursement", Set.of("auditor", "certifying-officer"), "US-DOS"));
    assertFalse(policy.reaches("approveDisbursement", Set.of(), "US-DOS"));
  }

  @Test
  void dueProcessActionsAreOfferedToTheRolesThatTakeThem() {
    // Officers and supervisors record what was done with the person; only SNM writes its cases.
    for (String op : Set.of("recordRightsNotice", "fileAppeal", "fileProtectionClaim")) {
      assertTrue(policy.reaches(op, Set.of("case-officer"), "PA-SNM"), op);
      assertTrue(policy.reaches(op, Set.of("supervisor"), "PA-SNM"), op);
      assertFalse(policy.reaches(op, Set.of("auditor", "advisor"), "PA-SNM"), op);
      assertFalse(policy.reaches(op, Set.of("case-officer"), "US-DOS"), op);
    }
    // Decisions and the second pair of eyes are a supervisor's.
    for (String op : Set.of("confirmScreening", "decideAppeal", "decideProtectionClaim")) {
      assertTrue(policy.reaches(op, Set.of("supervisor"), "PA-SNM"), op);
      assertFalse(policy.reaches(op, Set.of("case-officer"), "PA-SNM"), op);
    }
    // Everyone who reads the case reads the notices of rights.
    assertTrue(policy.reaches("listRightsNotices", Set.of("auditor"), "PA-SNM"));
    assertTrue(policy.reaches("listRightsNotices", Set.of("advisor"), "US-DHS"));
    assertFalse(policy.reaches("listRightsNotices", Set.of("auditor"), "US-DOS"));
  }

  @Test
  void retentionIsRunByTheHomeAgencysAdministratorsAndReadByItsAuditors() {
    assertTrue(policy.reaches("runRetention", Set.of("admin"), "PA-SNM"));
    assertFalse(policy.reaches("runRetention", Set.of("auditor", "supervisor"), "PA-SNM"));
    assertFalse(policy.reaches("runRetention", Set.of("admin"), "US-DHS"));
    assertTrue(policy.reaches("listRetentionRuns", Set.of("auditor"), "PA-SNM"));
    assertFalse(policy.reaches("listRetentionRuns", Set.of("auditor", "admin"), "US-DOS"));
  }

  @Test
  void everyOperationThePortalAsksAboutIsInTheTable() throws IOException {
    Set<String> unknown = new TreeSet<>();
    Pattern asked = Pattern.compile("(?:may|require)\\(['\"]([A-Za-z]+)['\"]\\)");
    try (Stream<Path> files =
        Stream.concat(
            Files.walk(Path.of("src/main/resources/templates")),
            Files.walk(Path.of("src/main/java/org/puente/gateway/portal")))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Matcher m = asked.matcher(Files.readString(file));
        while (m.find()) {
          if (!policy.knows(m.group(1))) {
            unknown.add(file.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertEquals(Set.of(), unknown, "a misspelt operation would never be offered");
  }
}
