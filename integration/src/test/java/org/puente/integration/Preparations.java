package org.puente.integration;

import static java.util.Map.entry;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.puente.common.security.Agency;
import org.puente.removals.api.IncidentCategory;
import org.puente.removals.api.IncidentRequest;
import org.puente.removals.api.MonitorAssignmentRequest;
import org.puente.training.api.AttendanceEntry;
import org.puente.training.api.AttendanceMark;

/**
 * Per operation, the records in the state it needs, made fresh by {@link Flows}: a case in
 * SCREENING for an order, a pending claim for its decision, an enforceable case and a funded flight
 * for a seat. An operation not listed needs nothing but the fixture's standing records and a body
 * made from its schema. A new precondition in a service is a new step in the flow named here.
 */
final class Preparations {

  /** Who calls, for the few preparations that depend on it. */
  record Call(String role, String agency, boolean certified) {}

  @FunctionalInterface
  interface Preparation {
    Prepared prepare(Flows flows, Call call);
  }

  private static final String TODAY = Flows.TODAY.toString();

  private Preparations() {}

  /** The preparation of an operation, or none. */
  static Preparation of(String operationId) {
    return BY_OPERATION.get(operationId);
  }

  /** Whether the preparation depends on the caller's agency (made once per agency). */
  static boolean perAgency(String operationId) {
    return operationId.equals("createAgreement");
  }

  private static final Map<String, Preparation> BY_OPERATION =
      Map.ofEntries(
          // ------------------------------------------------------------ removals: reads
          entry(
              "getProtectionClaim",
              (f, c) -> Prepared.with().id(f.claimPendingCase(), "caseId", "cases")),
          entry("getRemovalOrder", (f, c) -> Prepared.with().id(f.orderedCase(5), "caseId")),
          entry(
              "listManifest",
              (f, c) -> Prepared.with().id(f.manifestedOperation().operation(), "operations")),
          entry("listIncidents", (f, c) -> incidentOn(f, monitored(f, f.frozenOperation()))),
          entry(
              "getOperation",
              (f, c) -> Prepared.with().id(monitored(f, f.operation()), "operations")),
          entry(
              "listOperations",
              (f, c) -> {
                monitored(f, f.operation());
                return Prepared.with();
              }),
          entry(
              "careManifest",
              (f, c) ->
                  Prepared.with()
                      .id(monitored(f, f.manifestedOperation().operation()), "operations")),
          entry(
              "listMonitors",
              (f, c) -> Prepared.with().id(monitored(f, f.operation()), "operations")),
          entry(
              "listMonitorReports",
              (f, c) -> Prepared.with().id(monitored(f, f.operation()), "operations")),
          entry("incidentSummary", (f, c) -> incidentOn(f, monitored(f, f.frozenOperation()))),
          entry("removalStatistics", (f, c) -> wholeMonths()),
          entry("caseStatistics", (f, c) -> wholeMonths()),
          entry("complaintStatistics", (f, c) -> wholeMonths()),
          entry("oversightStatistics", (f, c) -> wholeMonths()),
          // ------------------------------------------------------------ removals: complaints
          entry("fileComplaint", (f, c) -> complaintBody(Prepared.with())),
          entry(
              "getComplaint",
              (f, c) -> Prepared.with().id(complaint(f).getLong("id"), "complaints")),
          entry(
              "transitionComplaint",
              (f, c) -> {
                JsonPath complaint = complaint(f);
                return Prepared.with()
                    .id(complaint.getLong("id"), "complaints")
                    .ifMatch(Flows.version(complaint))
                    .body("status", "ACKNOWLEDGED");
              }),
          entry(
              "recordPostReturnContact",
              (f, c) ->
                  Prepared.with()
                      .id(removedCase(f), "caseId")
                      .body("contactedOn", TODAY)
                      .body("reached", true)
                      .body("concernsReported", false)),
          // ------------------------------------------------------------ audit history
          entry(
              "removalsRecordHistory",
              (f, c) -> Prepared.with().pathText("recordType", "case").id(f.openCase(), "id")),
          entry(
              "trainingRecordHistory",
              (f, c) ->
                  Prepared.with().pathText("recordType", "session").id(f.plannedSession(), "id")),
          entry(
              "fundingRecordHistory",
              (f, c) ->
                  Prepared.with()
                      .pathText("recordType", "agreement")
                      .id(f.agreement("PA-SNM"), "id")),
          // ------------------------------------------------------------ outboxes
          entry("retryRemovalsOutboxMessage", (f, c) -> deadOperationRequest(f)),
          entry("giveUpRemovalsOutboxMessage", (f, c) -> deadOperationRequest(f)),
          entry("retryTrainingOutboxMessage", (f, c) -> deadSessionRequest(f)),
          entry("giveUpTrainingOutboxMessage", (f, c) -> deadSessionRequest(f)),
          // Retention: the matrix only ever asks for a dry run, which changes nothing.
          entry("runRetention", (f, c) -> Prepared.with().body("dryRun", true)),
          // ------------------------------------------------------------ removals: cases
          entry(
              "recordRightsNotice",
              (f, c) ->
                  Prepared.with()
                      .id(f.openCase(), "caseId")
                      .body(
                          "rights",
                          List.of(
                              "SEEK_PROTECTION",
                              "APPEAL",
                              "CONSULAR_CONTACT",
                              "LEGAL_AID",
                              "UNHCR_IOM_CONTACT"))
                      .body("language", "es")
                      .body("informedOn", TODAY)),
          entry(
              "recordScreening",
              // Gated: the caller is an officer certified for screening, or one who is not.
              (f, c) ->
                  Prepared.with()
                      .id(f.openCase(), "caseId")
                      .callerOfficer(c.certified() ? f.screener() : f.clearedOfficer())
                      .body("language", "es")
                      .body("claimExpressed", false)
                      .body("outcome", "NO_CLAIM")),
          entry(
              "confirmScreening",
              (f, c) -> {
                long id = f.openCase();
                f.rightsNotice(id);
                JsonPath screening = f.screen(id, "SCREENED_OUT", true);
                return Prepared.with()
                    .id(id, "caseId")
                    .id(screening.getLong("id"), "screeningId")
                    .ifMatch(Flows.version(screening))
                    .body("reason", "Second supervisor agrees: no claim");
              }),
          entry(
              "fileProtectionClaim",
              (f, c) ->
                  Prepared.with()
                      .id(f.screenedCase(), "caseId")
                      .body("filedOn", TODAY)
                      .body("grounds", "Fears persecution")),
          entry(
              "decideProtectionClaim",
              (f, c) -> {
                long id = f.claimPendingCase();
                return Prepared.with()
                    .id(id, "caseId")
                    .ifMatch(
                        f.etag(
                            "fx-snm-supervisor",
                            Flows.REMOVALS + "/cases/" + id + "/protection-claim"))
                    .body("outcome", "DENIED")
                    .body("reason", "No well-founded fear");
              }),
          entry(
              "issueRemovalOrder",
              (f, c) ->
                  Prepared.with()
                      .id(f.screenedCase(), "caseId")
                      .body("legalBasis", "Decreto Ley 3 de 2008")
                      .body("issuedOn", TODAY)
                      .body("notifiedOn", TODAY)
                      .body("appealDeadline", Flows.TODAY.plusDays(10).toString())
                      .body("appealSuspensive", true)),
          entry(
              "fileAppeal",
              (f, c) ->
                  Prepared.with()
                      .id(f.orderedCase(-10), "caseId")
                      .body("filedOn", TODAY)
                      .body("grounds", "The order ignores family ties")
                      .body("suspensive", true)),
          entry(
              "decideAppeal",
              (f, c) -> {
                long id = f.orderedCase(-10);
                f.pendingAppeal(id);
                JsonPath order =
                    f.get("fx-snm-supervisor", Flows.REMOVALS + "/cases/" + id + "/removal-order");
                return Prepared.with()
                    .id(id, "caseId")
                    .id(order.getLong("appeals.find { it.status == 'PENDING' }.id"), "appealId")
                    .ifMatch(
                        "\""
                            + order.getLong("appeals.find { it.status == 'PENDING' }.version")
                            + "\"")
                    .body("outcome", "DISMISSED")
                    .body("reason", "The tribunal dismissed the appeal");
              }),
          entry(
              "declareOrderFinal",
              (f, c) ->
                  Prepared.with()
                      .id(f.orderedCase(5), "caseId")
                      .body("reason", "Appeal window passed without appeal")),
          entry(
              "decideFamilySeparation",
              // Two linked relatives: the supervisor decides one may be removed without the other.
              (f, c) -> {
                long relative = f.openCase();
                return Prepared.with()
                    .id(f.relativeOf(relative), "caseId")
                    .body("relativeCaseId", relative)
                    .body("reason", "The relative has a pending protection claim");
              }),
          entry(
              "transitionCase",
              (f, c) ->
                  Prepared.with()
                      .id(f.openCase(), "cases")
                      .body("status", "RELEASED")
                      .body("reason", "Released by the fixture")),
          entry(
              "assessFitnessToFly",
              (f, c) ->
                  Prepared.with()
                      .id(f.openCase(), "cases")
                      .body("fitToFly", true)
                      .body("assessedOn", TODAY)),
          entry(
              "determineBestInterest",
              (f, c) ->
                  Prepared.with()
                      .id(f.openCase(), "cases")
                      .body("decidedOn", TODAY)
                      .body("summary", "Family reunification in the country of origin")),
          entry(
              "raiseFlag",
              (f, c) ->
                  Prepared.with()
                      .id(f.openCase(), "caseId")
                      .body("type", "MEDICAL")
                      .body("reason", "Needs medication")),
          entry(
              "resolveFlag",
              (f, c) -> {
                long id = f.openCase();
                JsonPath flag = f.flag(id);
                return Prepared.with()
                    .id(id, "caseId")
                    .id(flag.getLong("id"), "flagId")
                    .ifMatch(Flows.version(flag))
                    .body("resolution", "Medication provided");
              }),
          entry(
              "requestTravelDocument",
              (f, c) ->
                  Prepared.with()
                      .id(f.openCase(), "caseId")
                      .body("type", "PASSPORT")
                      .body("country", "CO")),
          entry(
              "updateTravelDocument",
              (f, c) -> {
                long id = f.openCase();
                JsonPath document = f.requestedDocument(id);
                return Prepared.with()
                    .id(id, "caseId")
                    .id(document.getLong("id"), "documentId")
                    .ifMatch(Flows.version(document))
                    .body("status", "ISSUED")
                    .body("number", Flows.unique("TD"))
                    .body("issuedOn", Flows.TODAY.minusDays(1).toString())
                    .body("expiresOn", Flows.TODAY.plusYears(1).toString());
              }),
          // ------------------------------------------------------------ removals: disclosures
          entry(
              "grantDisclosure",
              // A grant of one of PA-SNM's cases to US-DHS: only PA-SNM, which keeps them, grants.
              (f, c) ->
                  Prepared.with()
                      .body("granteeAgency", "US-DHS")
                      .body("legalBasis", "Agreement art. 4")
                      .body("purpose", "Advice")
                      .body("expiresAt", Instant.now().plus(30, ChronoUnit.DAYS).toString())
                      .body("caseId", f.openCase())),
          entry(
              "revokeDisclosure",
              (f, c) -> {
                JsonPath grant = f.grant(f.openCase());
                return Prepared.with()
                    .id(grant.getLong("id"), "disclosures")
                    .ifMatch(Flows.version(grant));
              }),
          // ------------------------------------------------------------ removals: operations
          entry(
              "addEscort",
              // Gated: the officer named holds a REMOVAL_ESCORT certification, or does not.
              (f, c) ->
                  Prepared.with()
                      .id(f.operation(), "operations")
                      .body("officerId", c.certified() ? f.escort() : f.clearedOfficer())),
          entry(
              "addToManifest",
              (f, c) ->
                  Prepared.with()
                      .id(f.fundedOperation(), "operations")
                      .body("caseId", f.enforceableCase())),
          entry(
              "dropFromManifest",
              (f, c) -> {
                Flows.Manifested m = f.manifestedOperation();
                return Prepared.with()
                    .id(m.operation(), "operations")
                    .id(m.caseId(), "caseId")
                    .body("reason", "Travel document withdrawn");
              }),
          entry(
              "freezeManifest",
              (f, c) -> Prepared.with().id(f.manifestedOperation().operation(), "operations")),
          entry("departOperation", (f, c) -> Prepared.with().id(f.frozenOperation(), "operations")),
          entry(
              "closeOperation",
              (f, c) ->
                  Prepared.with()
                      .id(f.operation(), "operations")
                      .body("status", "CANCELLED")
                      .body("reason", "Aircraft not available")),
          entry(
              "reportIncident",
              (f, c) ->
                  Prepared.with()
                      .id(monitored(f, f.frozenOperation()), "operations")
                      .body("occurredAt", Instant.now().minus(1, ChronoUnit.HOURS).toString())
                      .body("category", "MEDICAL")
                      .body("description", "Passenger felt unwell before boarding")),
          entry(
              "followUpIncident",
              (f, c) -> {
                long operation = f.frozenOperation();
                incidentOn(f, operation);
                long incident =
                    f.get(
                            "fx-snm-supervisor",
                            Flows.REMOVALS + "/operations/" + operation + "/incidents")
                        .getLong("items[0].id");
                return Prepared.with()
                    .id(operation, "operations")
                    .id(incident, "incidentId")
                    .ifMatch("\"0\"")
                    .body("to", "ASSIGNED")
                    .body("assignee", "fx-snm-inspector");
              }),
          entry(
              "assignMonitor",
              (f, c) ->
                  Prepared.with()
                      .id(f.operation(), "operations")
                      .body("agency", "PA-SNM")
                      .body("username", Flows.unique("fx-snm-monitor"))),
          entry(
              "endMonitorAssignment",
              (f, c) -> {
                long operation = f.operation();
                JsonPath assignment = assign(f, operation, "PA-SNM", Flows.unique("fx-monitor"));
                return Prepared.with()
                    .id(operation, "operations")
                    .id(assignment.getLong("id"), "assignmentId")
                    .ifMatch(Flows.version(assignment))
                    .body("reason", "Replaced");
              }),
          entry(
              "fileMonitorReport",
              (f, c) -> {
                Flows.Manifested m = f.manifestedOperation();
                monitored(f, m.operation());
                return Prepared.with()
                    .id(m.operation(), "operations")
                    .body("phase", "BEFORE_DEPARTURE")
                    .body("conditions", "Boarding calm")
                    .body("restraintsUsed", false)
                    .body(
                        "handovers",
                        List.of(Map.of("caseId", m.caseId(), "outcome", "HANDED_OVER")));
              }),
          entry(
              "recordOperationFunding",
              (f, c) -> {
                long operation = f.operation();
                return Prepared.with()
                    .id(operation, "operations")
                    .body("obligationId", f.obligationFor(operation));
              }),
          entry(
              "requestOperationFunding",
              (f, c) ->
                  Prepared.with()
                      .id(f.operation(), "operations")
                      .body("budgetLineId", f.line("CHARTER_FLIGHTS"))),
          // ------------------------------------------------------------ training
          entry("createOfficer", (f, c) -> Prepared.with().body("badgeNumber", Flows.unique("FX"))),
          entry(
              "recordVetting",
              (f, c) ->
                  Prepared.with()
                      .id(f.officer("snm-coordinator"), "officers")
                      .body("status", "CLEARED")
                      .body("expiresOn", Flows.TODAY.plusYears(1).toString())),
          entry(
              "revokeCertification",
              // A fresh certification: the fixture's screener keeps theirs.
              (f, c) -> {
                JsonPath certification = f.certification();
                return Prepared.with()
                    .id(certification.getLong("id"), "certifications")
                    .ifMatch(Flows.version(certification))
                    .body("reason", "Issued on a result later found to be wrong");
              }),
          entry("updateCourse", (f, c) -> Prepared.with().id(f.course(), "courses")),
          entry(
              "createSession",
              (f, c) ->
                  Prepared.with()
                      .body("startDate", Flows.TODAY.plusDays(30).toString())
                      .body("endDate", Flows.TODAY.plusDays(34).toString())),
          entry(
              "updateSession",
              (f, c) -> {
                long session = f.plannedSession();
                return Prepared.with()
                    .id(session, "sessions")
                    .body(
                        "courseId",
                        f.get("dhs-coordinator", Flows.TRAINING + "/sessions/" + session)
                            .getLong("courseId"))
                    .body("startDate", Flows.TODAY.plusDays(40).toString())
                    .body("endDate", Flows.TODAY.plusDays(44).toString());
              }),
          entry(
              "transitionSession",
              (f, c) -> Prepared.with().id(f.plannedSession(), "sessions").body("status", "OPEN")),
          entry(
              "requestSessionFunding",
              (f, c) ->
                  Prepared.with()
                      .id(f.plannedSession(), "sessions")
                      .body("budgetLineId", f.line("TRAINING"))),
          entry(
              "nominateOfficer",
              (f, c) ->
                  Prepared.with()
                      .id(f.openSession(), "sessionId")
                      .body("officerId", f.clearedOfficer())),
          entry(
              "approveEnrollment",
              (f, c) -> Prepared.with().id(f.nomination(f.openSession()), "enrollments")),
          entry(
              "rejectEnrollment",
              (f, c) -> Prepared.with().id(f.nomination(f.openSession()), "enrollments")),
          entry(
              "withdrawEnrollment",
              (f, c) -> Prepared.with().id(f.nomination(f.openSession()), "enrollments")),
          entry(
              "recordAttendance",
              (f, c) -> {
                Flows.Running running = f.runningSession();
                return Prepared.with()
                    .id(running.session(), "sessionId")
                    .body("day", TODAY)
                    .body(
                        "records",
                        List.of(new AttendanceEntry(running.enrollment(), AttendanceMark.PRESENT)));
              }),
          entry(
              "correctAttendance",
              (f, c) -> {
                Flows.Running running = f.runningSession();
                JsonPath sheet = f.attend(running, Flows.TODAY);
                return Prepared.with()
                    .id(running.session(), "sessionId")
                    .id(sheet.getLong("records[0].id"), "attendance")
                    .ifMatch("\"" + sheet.getLong("records[0].version") + "\"")
                    .body("status", "LATE");
              }),
          entry(
              "completeEnrollment",
              (f, c) ->
                  Prepared.with()
                      .id(f.attendedSession().enrollment(), "enrollments")
                      .body("score", 88)),
          // ------------------------------------------------------------ funding
          entry(
              "createAgreement",
              // The caller's agency is the donor; the recipient is another.
              (f, c) ->
                  Prepared.with()
                      .body("reference", Flows.unique("FX-AGREEMENT"))
                      .body("recipientAgency", c.agency().equals("PA-SNM") ? "US-DHS" : "PA-SNM")
                      .body("periodStart", Flows.TODAY.minusMonths(1).toString())
                      .body("periodEnd", Flows.TODAY.plusYears(1).toString())),
          entry(
              "amendAgreement",
              (f, c) ->
                  Prepared.with()
                      .id(f.agreement("PA-SNM"), "agreements")
                      .body("ceiling", Flows.money("20000000.00"))
                      .body("periodEnd", Flows.TODAY.plusYears(2).toString())),
          entry(
              "closeAgreement", (f, c) -> Prepared.with().id(f.agreement("PA-SNM"), "agreements")),
          entry(
              "createBudgetLine",
              (f, c) ->
                  Prepared.with()
                      .id(f.agreement("PA-SNM"), "agreementId")
                      .body("category", "EQUIPMENT")
                      .body("allotted", Flows.money("1000.00"))),
          entry(
              "reallotBudgetLine",
              (f, c) ->
                  Prepared.with()
                      .id(f.line("EQUIPMENT"), "budget-lines")
                      .body("allotted", Flows.money("2000000.00"))),
          entry(
              "obligateFunds",
              (f, c) ->
                  Prepared.with()
                      .body("budgetLineId", f.line("CHARTER_FLIGHTS"))
                      .body("amount", Flows.money("1000.00"))
                      .body("reference", "fixture:" + Flows.unique("o"))),
          entry(
              "deobligateFunds",
              (f, c) ->
                  Prepared.with()
                      .id(f.obligation(), "obligations")
                      .body("amount", Flows.money("100.00"))
                      .body("reason", "FUNDS_NOT_NEEDED")),
          entry(
              "requestDisbursement",
              (f, c) ->
                  Prepared.with()
                      .body("obligationId", f.obligation())
                      .body("kind", "DISBURSEMENT")
                      .body("amount", Flows.money("100.00"))),
          entry(
              "approveDisbursement",
              (f, c) -> Prepared.with().id(f.disbursement(), "disbursements")),
          entry(
              "requestReversal",
              (f, c) ->
                  Prepared.with()
                      .body("disbursementId", f.approvedDisbursement())
                      .body("kind", "REFUND")
                      .body("reasonCode", "OVERPAYMENT")
                      .body("amount", Flows.money("100.00"))),
          entry(
              "getReversal",
              (f, c) -> Prepared.with().id(f.reversal().getLong("id"), "disbursement-reversals")),
          entry("approveReversal", (f, c) -> reversal(f)),
          entry(
              "rejectReversal",
              (f, c) -> reversal(f).body("reason", "The payee disputes the overpayment")),
          entry(
              "rejectDisbursement",
              (f, c) ->
                  Prepared.with()
                      .id(f.disbursement(), "disbursements")
                      .body("reason", "Invoice does not match")));

  /** The twelve whole months before this one, as the official tables are cut. */
  /** A complaint received yesterday (a date in Panama's past wherever the suite runs). */
  private static Prepared complaintBody(Prepared prepared) {
    return prepared
        .body("complainant", "Fixture Complainant")
        .body("onBehalf", false)
        .body("channel", "HOTLINE")
        .body("category", "TREATMENT")
        .body("receivedOn", Flows.TODAY.minusDays(1).toString())
        .body("summary", "Shouted at in the reception station");
  }

  /** A complaint recorded by PA-SNM's case officer. */
  private static JsonPath complaint(Flows f) {
    return f.ok(
        "POST",
        "fx-snm-screener",
        Flows.REMOVALS + "/complaints",
        null,
        new org.puente.removals.api.ComplaintRequest(
            null,
            null,
            "Fixture Complainant",
            false,
            null,
            org.puente.removals.api.ComplaintChannel.HOTLINE,
            org.puente.removals.api.ComplaintCategory.TREATMENT,
            Flows.TODAY.minusDays(1),
            "Shouted at in the reception station"));
  }

  /** A person removed on a completed charter: seated, frozen, departed, landed. */
  private static long removedCase(Flows f) {
    Flows.Manifested m = f.manifestedOperation();
    String operation = Flows.REMOVALS + "/operations/" + m.operation();
    for (String step : List.of("/manifest/freeze", "/departure")) {
      f.change(
          "POST",
          "fx-snm-supervisor",
          operation + step,
          operation,
          new org.puente.removals.api.ManifestRecheck(null));
    }
    f.change(
        "POST",
        "fx-snm-supervisor",
        operation + "/closure",
        operation,
        new org.puente.removals.api.OperationClosure(
            org.puente.removals.api.OperationStatus.COMPLETED, "Landed", Flows.money("1000.00")));
    return m.caseId();
  }

  /**
   * A dead obligation request for a fresh planned operation, as the sender leaves one after its
   * last failed attempt (written directly: the suite's funding-service always answers). A retry
   * sends it, and funding-service obligates.
   */
  private static Prepared deadOperationRequest(Flows f) {
    long operation = f.operation();
    return deadMessage(
        "removals",
        "operation.obligate",
        "removal-operation:" + operation,
        "{\"operationId\":"
            + operation
            + ",\"budgetLineId\":"
            + f.line("CHARTER_FLIGHTS")
            + ",\"amount\":{\"amount\":\"1000.00\",\"currency\":\"USD\"},"
            + "\"purpose\":\"Matrix fixture charter\",\"onBehalfOf\":\"PA-SNM\"}");
  }

  /** The same for a fresh planned training session. */
  private static Prepared deadSessionRequest(Flows f) {
    long session = f.plannedSession();
    return deadMessage(
        "training",
        "session.obligate",
        "training-session:" + session,
        "{\"sessionId\":"
            + session
            + ",\"budgetLineId\":"
            + f.line("TRAINING")
            + ",\"amount\":{\"amount\":\"1000.00\",\"currency\":\"USD\"},"
            + "\"purpose\":\"TRAINING_SESSION\"}");
  }

  private static Prepared deadMessage(String service, String topic, String key, String payload) {
    try (java.sql.Connection c =
            java.sql.DriverManager.getConnection(
                org.puente.testing.EmbeddedPostgresResource.jdbcUrl(
                    DatabaseState.database(service)),
                "postgres",
                "postgres");
        java.sql.PreparedStatement insert =
            c.prepareStatement(
                "insert into outbox_message (id, topic, idem_key, payload, attempts,"
                    + " next_attempt_at, last_error, created_at, dead_at) values"
                    + " (nextval('outbox_message_seq'), ?, ?, ?, 20, now(), 'Unavailable', now(),"
                    + " now()) returning id")) {
      insert.setString(1, topic);
      insert.setString(2, key);
      insert.setString(3, payload);
      try (java.sql.ResultSet rs = insert.executeQuery()) {
        rs.next();
        return Prepared.with().id(rs.getLong(1), "outbox").ifMatch("\"0\"");
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Prepared wholeMonths() {
    LocalDate first = Flows.TODAY.withDayOfMonth(1);
    return Prepared.with()
        .query("from", first.minusMonths(12).toString())
        .query("to", first.minusDays(1).toString());
  }

  /** A reversal asked by the funding officer, for a certifying officer to decide. */
  private static Prepared reversal(Flows f) {
    JsonPath reversal = f.reversal();
    return Prepared.with()
        .id(reversal.getLong("id"), "disbursement-reversals")
        .ifMatch(Flows.version(reversal));
  }

  /**
   * Names the matrix's monitor of every agency ({@code monitor@<agency>}, as its tokens say) on the
   * operation: the monitor cells are called as a monitor assigned to it.
   */
  private static long monitored(Flows f, long operation) {
    for (String agency : AuthorizationMatrixIT.AGENCIES) {
      assign(f, operation, agency, "monitor@" + agency);
    }
    return operation;
  }

  private static JsonPath assign(Flows f, long operation, String agency, String username) {
    return f.ok(
        "POST",
        "fx-snm-supervisor",
        Flows.REMOVALS + "/operations/" + operation + "/monitors",
        null,
        new MonitorAssignmentRequest(Agency.fromCode(agency).orElseThrow(), username, null));
  }

  private static Prepared incidentOn(Flows f, long operation) {
    f.ok(
        "POST",
        "fx-snm-supervisor",
        Flows.REMOVALS + "/operations/" + operation + "/incidents",
        null,
        new IncidentRequest(
            Instant.now().minus(1, ChronoUnit.HOURS),
            IncidentCategory.COMPLAINT,
            "Fixture incident"));
    return Prepared.with().id(operation, "operations");
  }
}
