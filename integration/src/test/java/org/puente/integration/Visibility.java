package org.puente.integration;

import static io.restassured.RestAssured.given;
import static java.util.Map.entry;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who may see each item of a list (docs/access-rules.md), checked on every page a reader gets: a
 * case by its owning agency, or a partner while a grant covers it; a flight by the agency that runs
 * it and by the monitors named on it; an agreement and its lines, obligations and payments by its
 * donor and recipient; an officer, their nominations, attendance and certifications by the
 * officer's agency and the training provider (US-DHS); a grant by the agencies it joins; a logged
 * partner read by the reader and the case's owner; a complaint by its owning agency's staff and the
 * monitor who recorded it. Lists of one record's parts (a case's flags, a flight's manifest) are
 * guarded by the record in their path; courses and sessions are public.
 */
final class Visibility {

  /** The agency that provides the training. */
  static final String PROVIDER = "US-DHS";

  private static final int MAX_PAGES = 20;
  private static final String[] ADMINS = {"fx-snm-admin", "fx-dhs-admin", "fx-dos-admin"};

  /** Lists of one record's parts: the path's record is checked by its own access rule. */
  private static final Set<String> SCOPED =
      Set.of(
          "caseHistory",
          "listFlags",
          "listScreenings",
          "listRightsNotices",
          "listFamilySeparations",
          "listTravelDocuments",
          "listManifest",
          "listIncidents",
          "listMonitors",
          "listMonitorReports",
          "listLedgerEntries",
          "listPostReturnContacts");

  /** Lists anyone with a token may read whole. */
  private static final Set<String> PUBLIC = Set.of("listCourses", "listSessions");

  @FunctionalInterface
  private interface Rule {
    /** Why the reader of {@code agency} may not see {@code item}, or null if they may. */
    String refusal(JsonNode item, String agency);
  }

  private final Flows flows;
  private final Map<String, Rule> rules;
  private final Map<String, String> owners = new HashMap<>();
  private final Map<Long, JsonNode> agreements = new HashMap<>();
  private final Map<Long, String> nominators = new HashMap<>();
  private List<JsonNode> grants;

  Visibility(Flows flows) {
    this.flows = flows;
    Rule byParties = (item, agency) -> parties(item.path("agreementId").asLong(), agency);
    this.rules =
        Map.ofEntries(
            entry("listCases", this::caseRefusal),
            entry(
                "listComplaints",
                // The owning agency's staff, or a monitor who recorded it (a monitor of PA-SNM sees
                // only their own, which the service's tests check by user).
                (item, agency) ->
                    agency.equals(item.path("owningAgency").asText())
                            || agency.equals(item.path("recordedByAgency").asText())
                        ? null
                        : "a complaint of " + item.path("owningAgency").asText()),
            entry("searchCases", this::caseRefusal),
            entry(
                "listOperations",
                (item, agency) -> {
                  String owner = operationOwner(item.path("id").asLong());
                  return agency.equals(owner) ? null : "a flight run by " + owner;
                }),
            entry(
                "listAgreements",
                (item, agency) -> parties(item, agency, "agreement " + item.path("id").asLong())),
            entry("listAllBudgetLines", byParties),
            entry("listBudgetLines", byParties),
            entry("listObligations", byParties),
            entry("listDisbursements", byParties),
            entry("listOfficers", (item, agency) -> officerSide(item.path("agency"), agency)),
            entry("listCertifications", (item, agency) -> officerSide(item.path("agency"), agency)),
            entry(
                "listNominations",
                (item, agency) -> officerSide(item.path("nominatingAgency"), agency)),
            entry(
                "listAttendance",
                (item, agency) ->
                    officerSide(nominator(item.path("enrollmentId").asLong()), agency)),
            entry(
                "listDisclosureGrants",
                (item, agency) ->
                    agency.equals(item.path("ownerAgency").asText())
                            || agency.equals(item.path("granteeAgency").asText())
                        ? null
                        : "a grant between "
                            + item.path("ownerAgency").asText()
                            + " and "
                            + item.path("granteeAgency").asText()),
            entry(
                "listCaseReads",
                // The agency's own staff, and the monitors (of any agency) named on its flights,
                // whose reads are of a flight's people.
                (item, agency) ->
                    agency.equals(item.path("readerAgency").asText())
                            || item.path("what").asText().contains(" of operation ")
                        ? null
                        : "a read by " + item.path("readerAgency").asText() + " staff"),
            entry(
                "disclosureLog",
                (item, agency) -> {
                  if (agency.equals(item.path("readerAgency").asText())) {
                    return null;
                  }
                  JsonNode grant = grant(item.path("grantId").asLong());
                  return grant != null && agency.equals(grant.path("ownerAgency").asText())
                      ? null
                      : "a read by "
                          + item.path("readerAgency").asText()
                          + " of another agency's case";
                }),
            // Runs of the retention policy: of the deployment keeping the cases (PA-SNM).
            entry(
                "listRetentionRuns",
                (item, agency) ->
                    agency.equals("PA-SNM") ? null : "a retention run of PA-SNM's cases"),
            // The outboxes: of the deployment that sends them (PA-SNM's removals, US-DHS's
            // training).
            entry(
                "listRemovalsOutbox",
                (item, agency) ->
                    agency.equals("PA-SNM") ? null : "a message of PA-SNM's removals outbox"),
            entry(
                "listTrainingOutbox",
                (item, agency) ->
                    agency.equals("US-DHS") ? null : "a message of US-DHS's training outbox"));
  }

  /** Whether a list operation says who may see its items. */
  boolean classified(ApiOperations.Operation op) {
    String id = op.operationId();
    boolean list = id.startsWith("list") || id.startsWith("search") || id.equals("disclosureLog");
    return !list || rules.containsKey(id) || SCOPED.contains(id) || PUBLIC.contains(id);
  }

  /**
   * What the reader was shown and may not see: every page of the list, from the answer the matrix
   * got (a GET is read again page by page, 200 at a time).
   */
  List<String> check(
      ApiOperations.Operation op, AuthorizationMatrixIT.Calls calls, String role, String agency) {
    Rule rule =
        role.equals("monitor") && op.operationId().equals("listOperations")
            ? this::monitorRefusal
            : rules.get(op.operationId());
    if (rule == null) {
      return List.of();
    }
    grants = null;
    List<String> wrong = new ArrayList<>();
    Response page = calls.last();
    for (int n = 0; n < MAX_PAGES && page != null; n++) {
      JsonNode body = Fixture.json(page.asString());
      JsonNode items = body == null ? null : body.isArray() ? body : body.path("items");
      if (items == null || !items.isArray()) {
        return List.of("no list in the answer: " + page.asString());
      }
      for (JsonNode item : items) {
        String why = rule.refusal(item, agency);
        if (why != null) {
          wrong.add(item.path("id").asText() + ": " + why);
        }
      }
      String cursor = body.path("nextCursor").asText(null);
      page =
          cursor == null || !op.method().equals("GET")
              ? null
              : given()
                  .header("Authorization", calls.lastBearer())
                  .queryParam("limit", 200)
                  .queryParam("cursor", cursor)
                  .get(calls.lastUrl());
      if (page != null && page.statusCode() != 200) {
        wrong.add("the next page answered " + page.statusCode());
        break;
      }
    }
    return wrong;
  }

  /** A monitor sees the flights they are named on ({@code monitor@<agency>}), whoever runs them. */
  private String monitorRefusal(JsonNode item, String agency) {
    long id = item.path("id").asLong();
    JsonNode monitors =
        Fixture.json(
            flows
                .send(
                    "GET",
                    "fx-snm-admin",
                    Flows.REMOVALS + "/operations/" + id + "/monitors?limit=200",
                    null,
                    null)
                .asString());
    for (JsonNode a : monitors.path("items")) {
      if (agency.equals(a.path("agency").asText())
          && ("monitor@" + agency).equals(a.path("username").asText())
          && (a.path("endedAt").isNull() || a.path("endedAt").isMissingNode())) {
        return null;
      }
    }
    return "a flight monitor@" + agency + " is not named on";
  }

  private String caseRefusal(JsonNode item, String agency) {
    String owner = item.path("owningAgency").asText();
    if (agency.equals(owner)) {
      return null;
    }
    long id = item.path("id").asLong();
    for (JsonNode g : grants()) {
      if (g.path("active").asBoolean()
          && agency.equals(g.path("granteeAgency").asText())
          && owner.equals(g.path("ownerAgency").asText())
          && (g.path("caseId").isNull()
              || g.path("caseId").isMissingNode()
              || g.path("caseId").asLong() == id)) {
        return null;
      }
    }
    return "a case of " + owner + " no active grant shows to " + agency;
  }

  private static String officerSide(JsonNode officersAgency, String agency) {
    return officerSide(officersAgency.asText(), agency);
  }

  private static String officerSide(String officersAgency, String agency) {
    return agency.equals(officersAgency) || agency.equals(PROVIDER)
        ? null
        : "an officer of " + officersAgency;
  }

  private String parties(long agreementId, String agency) {
    JsonNode agreement = agreement(agreementId);
    return agreement == null
        ? "of agreement " + agreementId + ", which no agency's admin can read"
        : parties(agreement, agency, "of agreement " + agreementId);
  }

  private static String parties(JsonNode agreement, String agency, String what) {
    return agency.equals(agreement.path("donorAgency").asText())
            || agency.equals(agreement.path("recipientAgency").asText())
        ? null
        : what
            + " between "
            + agreement.path("donorAgency").asText()
            + " and "
            + agreement.path("recipientAgency").asText();
  }

  /** The agency whose admin can read the flight: the one that runs it. */
  private String operationOwner(long id) {
    return owners.computeIfAbsent(
        "operation:" + id,
        k -> {
          for (String admin : ADMINS) {
            if (flows
                    .send("GET", admin, Flows.REMOVALS + "/operations/" + id, null, null)
                    .statusCode()
                == 200) {
              return agencyOf(admin);
            }
          }
          return "no agency";
        });
  }

  private JsonNode agreement(long id) {
    return agreements.computeIfAbsent(
        id,
        k -> {
          for (String admin : List.of("fx-dos-admin", "fx-snm-admin", "fx-dhs-admin")) {
            Response r = flows.send("GET", admin, Flows.FUNDING + "/agreements/" + id, null, null);
            if (r.statusCode() == 200) {
              return Fixture.json(r.asString());
            }
          }
          return null;
        });
  }

  private String nominator(long enrollment) {
    return nominators.computeIfAbsent(
        enrollment,
        k ->
            Objects.requireNonNullElse(
                Fixture.json(
                        flows
                            .send(
                                "GET",
                                "fx-dhs-admin",
                                Flows.TRAINING + "/enrollments/" + enrollment,
                                null,
                                null)
                            .asString())
                    .path("nominatingAgency")
                    .asText(null),
                "no agency"));
  }

  private JsonNode grant(long id) {
    return grants().stream().filter(g -> g.path("id").asLong() == id).findFirst().orElse(null);
  }

  /** Every grant, as the admins of the agencies see those they gave or received. */
  private List<JsonNode> grants() {
    if (grants == null) {
      Map<Long, JsonNode> all = new HashMap<>();
      for (String admin : ADMINS) {
        String cursor = null;
        for (int n = 0; n < MAX_PAGES; n++) {
          String path =
              Flows.REMOVALS
                  + "/disclosures?limit=200"
                  + (cursor == null
                      ? ""
                      : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
          JsonNode body = Fixture.json(flows.send("GET", admin, path, null, null).asString());
          if (body == null) {
            break;
          }
          body.path("items").forEach(g -> all.put(g.path("id").asLong(), g));
          cursor = body.path("nextCursor").asText(null);
          if (cursor == null) {
            break;
          }
        }
      }
      grants = List.copyOf(all.values());
    }
    return grants;
  }

  private static String agencyOf(String admin) {
    return switch (admin) {
      case "fx-snm-admin" -> "PA-SNM";
      case "fx-dhs-admin" -> "US-DHS";
      default -> "US-DOS";
    };
  }
}
