package org.puente.integration;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.puente.common.json.ApiMapper;
import org.puente.common.money.Money;
import org.puente.common.security.Agency;
import org.puente.funding.api.AgreementRequest;
import org.puente.funding.api.BudgetCategory;
import org.puente.funding.api.BudgetLineRequest;
import org.puente.funding.api.ObligationRequest;
import org.puente.removals.api.DisclosureGrantRequest;
import org.puente.testing.ApiJson;
import org.puente.testing.TestTokens;
import org.puente.training.api.OfficerRequest;
import org.puente.training.api.SessionStatus;
import org.puente.training.api.SessionTransition;
import org.puente.training.api.VettingRequest;
import org.puente.training.api.VettingStatus;

/**
 * One record of each kind, made through the API by the people allowed to, so that every operation
 * has something real to act on. Ids are looked up by the name the APIs give them: {@code caseId},
 * {@code budgetLineId}, or the path segment before an {@code {id}}.
 */
final class Fixture {

  static final long NONE = 999_999_999L;
  private static final ObjectMapper JSON = ApiMapper.create();

  private final Suite suite;
  private final List<ApiOperations.Operation> operations;
  private final SampleBodies bodies;
  private final Map<String, Long> ids = new HashMap<>();
  private final Flows flows;

  Fixture(Suite suite, List<ApiOperations.Operation> operations) {
    this.suite = suite;
    this.operations = operations;
    this.bodies = new SampleBodies(this::idFor);
    this.flows = new Flows(suite).certifyOfficers();
    make();
    partnersRecords();
  }

  SampleBodies bodies() {
    return bodies;
  }

  Flows flows() {
    return flows;
  }

  /** The id a body field or path parameter names, or null. */
  Long idFor(String name) {
    return switch (name) {
      case "caseId", "cases" -> ids.get("case");
      case "officerId", "officers" -> ids.get("officer");
      case "budgetLineId", "budget-lines" -> ids.get("line");
      case "obligationId", "obligations" -> ids.get("obligation");
      case "courseId", "courses" -> ids.get("course");
      case "sessionId", "sessions" -> ids.get("session");
      case "enrollmentId", "enrollments" -> ids.get("enrollment");
      case "agreementId", "agreements" -> ids.get("agreement");
      case "operationId", "operations" -> ids.get("operation");
      case "disbursements" -> ids.get("disbursement");
      case "disclosures" -> ids.get("disclosure");
      case "flagId", "flags" -> ids.get("flag");
      case "documentId", "travel-documents" -> ids.get("document");
      case "certifications" -> flows.screeningCertification();
      default -> null;
    };
  }

  /** The id for a name: the call's prepared record, else the fixture's standing one. */
  Long idFor(String name, Prepared prepared) {
    Long id = prepared.ids.get(name);
    return id != null ? id : idFor(name);
  }

  /** The path with its parameters filled: the fixture's records, or an id that exists nowhere. */
  String concrete(ApiOperations.Operation op) {
    return concrete(op, Prepared.NOTHING);
  }

  /**
   * The path with its parameters filled: the call's prepared records, the fixture's, or an id that
   * exists nowhere. An {@code {id}} is named by the collection before it ({@code cases}).
   */
  String concrete(ApiOperations.Operation op, Prepared prepared) {
    String[] segments = op.path().split("/");
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < segments.length; i++) {
      String s = segments[i];
      if (s.startsWith("{")) {
        String name = s.substring(1, s.length() - 1);
        if (prepared.pathTexts.containsKey(name)) {
          out.append('/').append(prepared.pathTexts.get(name));
          continue;
        }
        // An {id} after another parameter ({recordType}) is named "id" in the preparation.
        boolean named = name.equals("id") && !segments[i - 1].startsWith("{");
        Long id = idFor(named ? segments[i - 1] : name, prepared);
        s = String.valueOf(id == null ? NONE : id);
      }
      out.append('/').append(s);
    }
    return out.toString();
  }

  /** A valid body for the call: from the schema, with the prepared records and fields. */
  JsonNode body(ApiOperations.Operation op, Prepared prepared) {
    JsonNode body = new SampleBodies(name -> idFor(name, prepared)).body(op);
    if (body instanceof ObjectNode object) {
      prepared.body.forEach((k, v) -> object.set(k, JSON.valueToTree(v)));
    }
    return body;
  }

  /** A valid value for a required query parameter. */
  String parameter(ApiOperations.Operation op, JsonNode parameter, Prepared prepared) {
    String value = prepared.query.get(parameter.path("name").asText());
    return value != null
        ? value
        : new SampleBodies(name -> idFor(name, prepared)).parameter(op, parameter);
  }

  private void make() {
    create(
        "agreement",
        "createAgreement",
        "dos-budget",
        new AgreementRequest(
            "FIXTURE-" + java.util.UUID.randomUUID().toString().substring(0, 8),
            null,
            Agency.PA_SNM,
            null,
            Money.usd("10000000.00"),
            java.time.LocalDate.now().minusMonths(1),
            java.time.LocalDate.now().plusYears(1)));
    create(
        "line",
        "createBudgetLine",
        "dos-budget",
        new BudgetLineRequest(BudgetCategory.CHARTER_FLIGHTS, null, Money.usd("100000.00")));
    create(
        "obligation",
        "obligateFunds",
        "dos-budget",
        new ObligationRequest(null, Money.usd("1000.00"), null, null, null));
    create("disbursement", "requestDisbursement", "dos-budget", null);
    create("course", "createCourse", "dhs-coordinator", null);
    create("session", "createSession", "dhs-coordinator", null);
    suite
        .steps
        .postIfMatch(
            "dhs-coordinator",
            "/api/v1/training/sessions/" + ids.get("session") + "/transitions",
            new SessionTransition(SessionStatus.OPEN, null))
        .then()
        .statusCode(200);
    create(
        "officer",
        "createOfficer",
        "snm-coordinator",
        new OfficerRequest(
            null, null, "FX-" + java.util.UUID.randomUUID().toString().substring(0, 8), null));
    given()
        .header("Authorization", Suite.bearer("dhs-coordinator"))
        .header(
            "If-Match",
            suite.steps.etag("dhs-coordinator", "/api/v1/training/officers/" + ids.get("officer")))
        .contentType(ContentType.JSON)
        .body(
            ApiJson.write(
                new VettingRequest(VettingStatus.CLEARED, java.time.LocalDate.now().plusYears(1))))
        .put(suite.url("/api/v1/training/officers/" + ids.get("officer") + "/vetting"))
        .then()
        .statusCode(200);
    create("enrollment", "nominateOfficer", "snm-coordinator", null);
    create("case", "openCase", "snm-officer", null);
    create("flag", "raiseFlag", "snm-officer", null);
    create("document", "requestTravelDocument", "snm-officer", null);
    create("operation", "planOperation", "snm-supervisor", null);
    // A grant of every SNM case to US-DHS: DHS readers see SNM's cases, SNM sees none of DHS's.
    create(
        "disclosure",
        "grantDisclosure",
        "snm-supervisor",
        new DisclosureGrantRequest(Agency.US_DHS, null, "Agreement art. 4", "Advice", null));
  }

  /**
   * Records of the other agencies, so that every list has something its reader must not see: an
   * agreement of US-DOS with US-DHS with a line and an obligation, an officer of US-DHS. (Removal
   * records are PA-SNM's alone: no partner opens a case or plans a flight in its deployment.)
   */
  private void partnersRecords() {
    long agreement = flows.agreement("US-DHS");
    long line = flows.line(agreement, "TRAINING");
    flows.obligation(line, "fixture:" + Flows.unique("dhs"));
    ids.put("dhs-officer", flows.officer("dhs-coordinator"));
  }

  /**
   * Creates one record from the schema's sample body (required fields only, ids of the fixture's
   * records), with the fields {@code override} sets (an API record; its null fields keep the
   * sample's values).
   */
  private void create(String kind, String operationId, String user, Record override) {
    ApiOperations.Operation op = operation(operationId);
    ObjectNode body = (ObjectNode) bodies.body(op);
    if (override != null) {
      JSON.valueToTree(override)
          .properties()
          .forEach(
              field -> {
                if (!field.getValue().isNull()) {
                  body.set(field.getKey(), field.getValue());
                }
              });
    }
    Response r =
        given()
            .header("Authorization", Suite.bearer(user))
            .contentType(ContentType.JSON)
            .body(body.toString())
            .post(suite.url(concrete(op)));
    if (r.statusCode() != 201) {
      throw new IllegalStateException(
          "Fixture " + kind + " via " + op + " got " + r.statusCode() + ": " + r.asString());
    }
    ids.put(kind, r.jsonPath().getLong("id"));
    if (kind.equals("case")) {
      for (String field : List.of("givenNames", "familyNames", "dateOfBirth")) {
        Seeded.remember(body.path(field).asText());
      }
    }
  }

  ApiOperations.Operation operation(String operationId) {
    return operations.stream()
        .filter(o -> o.operationId().equals(operationId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no operation " + operationId));
  }

  /** A token for anyone: a role of an agency. */
  static String bearer(String role, String agency) {
    return TestTokens.user(role + "@" + agency).agency(agency).roles(role).bearer();
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      return null;
    }
  }
}
