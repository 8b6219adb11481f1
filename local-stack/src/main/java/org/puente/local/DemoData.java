package org.puente.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.puente.common.json.ApiMapper;
import org.puente.common.money.Money;
import org.puente.common.security.Agency;
import org.puente.funding.api.AgreementRequest;
import org.puente.funding.api.BudgetCategory;
import org.puente.funding.api.BudgetLineRequest;
import org.puente.removals.api.CaseRequest;
import org.puente.removals.api.EscortRequest;
import org.puente.removals.api.FitnessRequest;
import org.puente.removals.api.FlagRequest;
import org.puente.removals.api.FlagType;
import org.puente.removals.api.HandoverOutcome;
import org.puente.removals.api.IncidentCategory;
import org.puente.removals.api.IncidentFollowUp;
import org.puente.removals.api.IncidentFollowUpRequest;
import org.puente.removals.api.IncidentRequest;
import org.puente.removals.api.IncidentSeverity;
import org.puente.removals.api.ManifestRecheck;
import org.puente.removals.api.MonitorAssignmentRequest;
import org.puente.removals.api.MonitorHandover;
import org.puente.removals.api.MonitorReportRequest;
import org.puente.removals.api.MonitoringPhase;
import org.puente.removals.api.OperationClosure;
import org.puente.removals.api.OperationKind;
import org.puente.removals.api.OperationPlanRequest;
import org.puente.removals.api.OperationStatus;
import org.puente.removals.api.OrderFinalityRequest;
import org.puente.removals.api.RemovalOrderRequest;
import org.puente.removals.api.Right;
import org.puente.removals.api.RightsNoticeRequest;
import org.puente.removals.api.ScreeningOutcome;
import org.puente.removals.api.ScreeningRequest;
import org.puente.removals.api.SeatRequest;
import org.puente.removals.api.TravelDocumentRequest;
import org.puente.removals.api.TravelDocumentStatus;
import org.puente.removals.api.TravelDocumentType;
import org.puente.removals.api.TravelDocumentUpdate;
import org.puente.removals.synthetic.SyntheticCases;
import org.puente.training.api.AttendanceEntry;
import org.puente.training.api.AttendanceMark;
import org.puente.training.api.AttendanceRequest;
import org.puente.training.api.Competency;
import org.puente.training.api.CompletionRequest;
import org.puente.training.api.CourseRequest;
import org.puente.training.api.NominationRequest;
import org.puente.training.api.OfficerRequest;
import org.puente.training.api.SessionRequest;
import org.puente.training.api.SessionStatus;
import org.puente.training.api.SessionTransition;
import org.puente.training.api.VettingRequest;
import org.puente.training.api.VettingStatus;

/**
 * Demo data, loaded through the public API as its users would enter it. Every create carries a
 * fixed Idempotency-Key, so a second start replays the first answers and adds nothing; steps that
 * change state look first. The published context: the State Department's USD 6 M programme for
 * removal flights from Panama (from July 2024) with its budget lines, courses for SNM officers, SNM
 * officers, a case mix shaped like the 2023 Darién crossings, and the next charter to Colombia,
 * funded. People are synthetic.
 *
 * <p>Each record is entered at the deployment that owns it, by its own agency's users signed in at
 * their own realm, through their own agency's gateway: the State Department's budget at US-DOS
 * (8100), the courses and the vetting at US-DHS (8090), the cases and operations at PA-SNM (8080);
 * SNM's coordinator registers and nominates SNM officers from SNM's gateway, which relays to DHS's.
 * A user's realm and gateway follow from the name: {@code snm-}, {@code dhs-}, {@code dos-}.
 */
final class DemoData {

  /** Tokens live 15 minutes in the local realms; one is asked again well before. */
  private static final Duration TOKEN_REUSE = Duration.ofMinutes(5);

  /** HTTP/1.1, as an ingress speaks to the gateways: no h2c upgrade on plain HTTP. */
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** Writes the API records as a client does (ISO dates, money amounts as text). */
  private final ObjectMapper json = ApiMapper.create();

  private final Map<String, Token> tokens = new HashMap<>();

  private record Token(String value, Instant at) {}

  /** Loads everything; returns how many cases the demo holds. */
  int load() throws Exception {
    LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Panama"));
    // Funding: the programme and its budget.
    long agreement =
        create(
            "dos-budget",
            "demo-agreement",
            "/api/v1/funding/agreements",
            new AgreementRequest(
                "PA-REMOVALS-2024",
                "Removal flights and capacity, Panama",
                Agency.PA_SNM,
                "019-X-1143-000",
                Money.usd("6000000.00"),
                LocalDate.parse("2024-07-01"),
                LocalDate.parse("2027-09-30")));
    long charter = 0;
    for (BudgetLineRequest line :
        List.of(
            new BudgetLineRequest(BudgetCategory.CHARTER_FLIGHTS, null, Money.usd("4500000.00")),
            new BudgetLineRequest(BudgetCategory.COMMERCIAL_TICKETS, null, Money.usd("600000.00")),
            new BudgetLineRequest(BudgetCategory.EQUIPMENT, null, Money.usd("500000.00")),
            new BudgetLineRequest(BudgetCategory.TRAINING, null, Money.usd("400000.00")))) {
      long id =
          create(
              "dos-budget",
              "demo-line-" + line.category(),
              "/api/v1/funding/agreements/" + agreement + "/budget-lines",
              line);
      if (line.category() == BudgetCategory.CHARTER_FLIGHTS) {
        charter = id;
      }
    }
    // Training: the catalogue, and a screening session next month.
    long screening = 0;
    for (CourseRequest course :
        List.of(
            new CourseRequest(
                "Entrevistas de determinación de protección",
                Competency.PROTECTION_SCREENING,
                40,
                "es",
                24,
                null),
            new CourseRequest(
                "Escolta en vuelos de retorno", Competency.REMOVAL_ESCORT, 24, "es", 12, null),
            new CourseRequest(
                "Examen de documentos de viaje",
                Competency.DOCUMENT_EXAMINATION,
                16,
                "es",
                24,
                null),
            new CourseRequest(
                "Biometrics enrolment and matching", Competency.BIOMETRICS, 16, "en", 36, null))) {
      long id =
          create(
              "dhs-coordinator",
              "demo-course-" + course.competency(),
              "/api/v1/training/courses",
              course);
      if (course.competency() == Competency.PROTECTION_SCREENING) {
        screening = id;
      }
    }
    create(
        "dhs-coordinator",
        "demo-session-1",
        "/api/v1/training/sessions",
        new SessionRequest(
            screening,
            "Centro de capacitación del SNM, Ciudad de Panamá",
            today.plusDays(30),
            today.plusDays(34),
            24,
            List.of("DHS USCIS asylum officer"),
            Money.usd("18000.00"),
            null));
    // Officers of SNM; the first two are the officer_id claims of snm-officer and snm-supervisor.
    List<OfficerRequest> officers =
        List.of(
            new OfficerRequest("Lucía", "Demo", "SNM-0001", "Inspectora"),
            new OfficerRequest("Rafael", "Demo", "SNM-0002", "Supervisor"),
            new OfficerRequest("Itzel", "Demo", "SNM-0003", "Agente"),
            new OfficerRequest("Omar", "Demo", "SNM-0004", "Agente"));
    for (int i = 0; i < officers.size(); i++) {
      long officer =
          create(
              "snm-coordinator",
              "demo-officer-" + (i + 1),
              "/api/v1/training/officers",
              officers.get(i));
      JsonNode current = get("dhs-coordinator", "/api/v1/training/officers/" + officer);
      if ("PENDING".equals(current.path("vettingStatus").asText())) {
        send(
            "dhs-coordinator",
            "PUT",
            "/api/v1/training/officers/" + officer + "/vetting",
            null,
            "\"" + current.path("version").asLong() + "\"",
            new VettingRequest(VettingStatus.CLEARED, today.plusYears(1)));
      }
    }
    // Cases: the 2023 crossing mix, encountered over the last year.
    SyntheticCases people = new SyntheticCases(2023, today.minusYears(1), today.minusDays(1));
    int cases = 60;
    for (int i = 0; i < cases; i++) {
      create("snm-officer", "demo-case-" + i, "/api/v1/removals/cases", people.next());
    }
    // The next charter to Colombia, planned with its cost on the charter line: deportation-service
    // asks funding-service for the obligation by itself, in the background.
    postJson(
        "snm-supervisor",
        "demo-operation-1",
        "/api/v1/removals/operations",
        new OperationPlanRequest(
            OperationKind.CHARTER,
            "CO",
            "BOG",
            Instant.now().plus(14, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS),
            120,
            List.of("Defensoría del Pueblo"),
            Money.usd("250000.00"),
            charter));
    removals(today, charter);
    complaints(today);
    trainingCost(today);
    return cases;
  }

  /**
   * A complaint, so the complaints pages have content: a sister's phone call about restraints on
   * the bus to a charter, recorded by SNM's case officer and acknowledged; and a post-return
   * contact with one person removed on the demo charters. Runs once: skipped when a complaint
   * exists.
   */
  private void complaints(LocalDate today) throws Exception {
    String complaints = "/api/v1/removals/complaints";
    if (get("snm-officer", complaints + "?limit=1").path("items").size() > 0) {
      return;
    }
    String run = today.toString();
    long complaint =
        create(
            "snm-officer",
            "demo-complaint-" + run,
            complaints,
            new org.puente.removals.api.ComplaintRequest(
                null,
                null,
                "Marta Demo Rojas",
                true,
                "sister",
                org.puente.removals.api.ComplaintChannel.PHONE,
                org.puente.removals.api.ComplaintCategory.USE_OF_FORCE,
                today.minusDays(3),
                "Her brother was kept in restraints for the whole bus ride to the airport."));
    String path = complaints + "/" + complaint;
    send(
        "snm-officer",
        "POST",
        path + "/transitions",
        null,
        version(path),
        new org.puente.removals.api.ComplaintTransitionRequest(
            org.puente.removals.api.ComplaintStatus.ACKNOWLEDGED, null, null));
    JsonNode removed = get("snm-officer", CASES + "?status=REMOVED&limit=1").path("items");
    if (removed.size() > 0) {
      send(
          "snm-officer",
          "POST",
          CASES + "/" + removed.get(0).path("id").asLong() + "/post-return-contacts",
          "demo-contact-" + run,
          null,
          new org.puente.removals.api.PostReturnContactRequest(today, true, false, null));
    }
  }

  /**
   * Earlier removals, so the dashboard has numbers: DHS certifies Lucía as a screener and Rafael as
   * an escort; SNM screens, orders and documents five Colombians and three Ecuadorians, who leave
   * on two charters funded from the charter line, completed today; the State Department approves
   * the first payment. Also one person whose protection claim is pending and one ready for the next
   * charter, to show the manifest gate. Runs once: skipped when a completed operation exists.
   */
  private void removals(LocalDate today, long charterLine) throws Exception {
    if (get("snm-supervisor", "/api/v1/removals/operations?status=COMPLETED&limit=1")
            .path("items")
            .size()
        > 0) {
      return;
    }
    String run = today.toString(); // keys of this run: a run interrupted on another day starts over
    certify("PROTECTION_SCREENING", 1, today, run);
    certify("REMOVAL_ESCORT", 2, today, run);
    List<CaseRequest> people =
        List.of(
            person("Andrés", "Demo Rojas", "1994-02-11", "CO", "M", today),
            person("Camila", "Demo Pérez", "1998-07-23", "CO", "F", today),
            person("Julián", "Demo Gómez", "1989-11-02", "CO", "M", today),
            person("Valentina", "Demo Ruiz", "2001-04-17", "CO", "F", today),
            person("Santiago", "Demo Díaz", "1992-09-30", "CO", "M", today),
            person("Mateo", "Demo Vera", "1996-01-05", "EC", "M", today),
            person("Daniela", "Demo Mora", "1999-12-12", "EC", "F", today),
            person("Joaquín", "Demo León", "1987-06-21", "EC", "M", today));
    Map<String, List<Long>> byCountry = new HashMap<>();
    for (int i = 0; i < people.size(); i++) {
      CaseRequest person = people.get(i);
      long id = create("snm-officer", "demo-removed-" + run + "-" + i, CASES, person);
      enforceable(id, person.nationality(), today);
      byCountry.computeIfAbsent(person.nationality(), k -> new java.util.ArrayList<>()).add(id);
    }
    boolean firstFlight = true;
    for (Flight flight :
        List.of(
            new Flight("CO", "BOG", Money.usd("176500.00")),
            new Flight("EC", "UIO", Money.usd("148200.00")))) {
      long operation =
          postJson(
                  "snm-supervisor",
                  "demo-flight-" + run + "-" + flight.country(),
                  "/api/v1/removals/operations",
                  new OperationPlanRequest(
                      OperationKind.CHARTER,
                      flight.country(),
                      flight.airport(),
                      Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES),
                      60,
                      List.of("Defensoría del Pueblo"),
                      Money.usd("180000.00"),
                      charterLine))
              .path("id")
              .asLong();
      String path = "/api/v1/removals/operations/" + operation;
      awaitText("snm-supervisor", path, "/status", "FUNDED");
      send("snm-supervisor", "POST", path + "/escorts", null, null, new EscortRequest(2L));
      for (long person : byCountry.get(flight.country())) {
        send("snm-supervisor", "POST", path + "/manifest", null, null, new SeatRequest(person));
      }
      ManifestRecheck strict = new ManifestRecheck(null);
      send("snm-supervisor", "POST", path + "/manifest/freeze", null, version(path), strict);
      if (firstFlight) {
        monitoring(path, run, byCountry.get(flight.country()));
      }
      send("snm-supervisor", "POST", path + "/departure", null, version(path), strict);
      send(
          "snm-supervisor",
          "POST",
          path + "/closure",
          null,
          version(path),
          new OperationClosure(
              OperationStatus.COMPLETED, "Landed at " + flight.airport(), flight.actualCost()));
      if (firstFlight) {
        // The actual cost is filed as a payment in the background; a second person approves it.
        long payment = awaitNumber("snm-supervisor", path, "/paymentRequestId");
        send(
            "dos-certifier",
            "POST",
            "/api/v1/funding/disbursements/" + payment + "/approval",
            null,
            version("dos-certifier", "/api/v1/funding/disbursements/" + payment),
            null);
        firstFlight = false;
      }
    }
    // Waiting: a person whose protection claim is pending (never removable), and one ready to go.
    long claimant =
        create(
            "snm-officer",
            "demo-claimant-" + run,
            CASES,
            person("Gabriel", "Demo Silva", "1990-03-14", "VE", "M", today));
    send(
        "snm-officer",
        "POST",
        "/api/v1/removals/cases/" + claimant + "/screenings",
        null,
        null,
        new ScreeningRequest("es", null, true, ScreeningOutcome.REFERRED, null));
    long ready =
        create(
            "snm-officer",
            "demo-ready-" + run,
            CASES,
            person("Lorena", "Demo Castro", "1993-08-08", "CO", "F", today));
    enforceable(ready, "CO", today);
    workQueues(claimant, today, run);
  }

  // --- H-queues: items for the dashboard's work queues (issue 20). No open case is added and no
  // status counted as open changes: the claimant gets a flag, the new case is screened at once.

  /**
   * Something in each work queue the rest of the demo leaves empty: a flag due in three days (on
   * the claimant, who is never removable while the claim is pending), a negative screening awaiting
   * a second supervisor, and an officer whose vetting runs out in twenty days.
   */
  private void workQueues(long claimant, LocalDate today, String run) throws Exception {
    create(
        "snm-officer",
        "demo-queue-flag-" + run,
        CASES + "/" + claimant + "/flags",
        new FlagRequest(
            FlagType.MEDICAL,
            "Insulin-dependent: medical review before travel",
            today.plusDays(3)));
    long screenedOut =
        create(
            "snm-officer",
            "demo-queue-screened-out-" + run,
            CASES,
            person("Elena", "Demo Navas", "1985-05-19", "NI", "F", today));
    send(
        "snm-officer",
        "POST",
        CASES + "/" + screenedOut + "/screenings",
        null,
        null,
        new ScreeningRequest("es", null, false, ScreeningOutcome.SCREENED_OUT, null));
    long officer =
        create(
            "snm-coordinator",
            "demo-queue-officer-" + run,
            "/api/v1/training/officers",
            new OfficerRequest("Marta", "Demo Quintero", "SNM-0005", "Agente"));
    JsonNode current = get("dhs-coordinator", "/api/v1/training/officers/" + officer);
    if ("PENDING".equals(current.path("vettingStatus").asText())) {
      send(
          "dhs-coordinator",
          "PUT",
          "/api/v1/training/officers/" + officer + "/vetting",
          null,
          "\"" + current.path("version").asLong() + "\"",
          new VettingRequest(VettingStatus.CLEARED, today.plusDays(20)));
    }
  }

  /**
   * The first charter is monitored by snm-monitor, who reports before departure (one person refused
   * to board) and records an incident; the supervisor assigns its follow-up.
   */
  private void monitoring(String path, String run, List<Long> seated) throws Exception {
    postJson(
        "snm-supervisor",
        "demo-monitor-" + run,
        path + "/monitors",
        new MonitorAssignmentRequest(Agency.PA_SNM, "snm-monitor", "Defensoría del Pueblo"));
    List<MonitorHandover> handovers = new java.util.ArrayList<>();
    for (long person : seated) {
      handovers.add(new MonitorHandover(person, HandoverOutcome.HANDED_OVER, null));
    }
    handovers.set(
        0,
        new MonitorHandover(
            seated.get(0), HandoverOutcome.REFUSED_BOARDING, "Refused at the stairs; calmed"));
    postJson(
        "snm-monitor",
        "demo-monitor-report-" + run,
        path + "/monitor-reports",
        new MonitorReportRequest(
            MonitoringPhase.BEFORE_DEPARTURE,
            "Boarding orderly; water, meals and phone calls offered before departure",
            false,
            null,
            "One passenger with asthma carries an inhaler",
            handovers));
    JsonNode incident =
        postJson(
            "snm-monitor",
            "demo-incident-" + run,
            path + "/incidents",
            new IncidentRequest(
                Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES),
                IncidentCategory.USE_OF_FORCE,
                "An escort held a passenger's arm firmly at the stairs after a refusal to board",
                IncidentSeverity.SERIOUS,
                List.of(seated.get(0))));
    send(
        "snm-supervisor",
        "POST",
        path + "/incidents/" + incident.path("id").asLong() + "/follow-up",
        null,
        "\"" + incident.path("version").asLong() + "\"",
        new IncidentFollowUpRequest(
            IncidentFollowUp.ASSIGNED,
            "Inspección General del SNM",
            null,
            IncidentSeverity.SERIOUS));
  }

  /**
   * A biometrics session funded from the training line that ran the five days up to today: Itzel
   * and Omar pass, DHS completes it with its actual cost, which is filed with funding-service with
   * the officers certified, and the State Department approves the payment: the funding page's cost
   * per certified officer has a figure. Runs once: skipped when a completed session exists.
   */
  private void trainingCost(LocalDate today) throws Exception {
    String training = "/api/v1/training";
    if (get("dhs-coordinator", training + "/sessions?status=COMPLETED&limit=1").path("items").size()
        > 0) {
      return;
    }
    // training-service obligates only on agreements whose recipient is its own agency: the State
    // Department funds DHS's training of SNM officers by an agreement of its own.
    long agreement =
        create(
            "dos-budget",
            "demo-agreement-dhs-training",
            "/api/v1/funding/agreements",
            new AgreementRequest(
                "DHS-SNM-TRAINING-2025",
                "Training of SNM officers by DHS",
                Agency.US_DHS,
                "019-X-1143-000",
                Money.usd("400000.00"),
                LocalDate.parse("2025-01-01"),
                LocalDate.parse("2027-09-30")));
    long trainingLine =
        create(
            "dos-budget",
            "demo-line-dhs-training",
            "/api/v1/funding/agreements/" + agreement + "/budget-lines",
            new BudgetLineRequest(BudgetCategory.TRAINING, null, Money.usd("400000.00")));
    String run = today.toString();
    long course = 0;
    for (JsonNode c : get("dhs-coordinator", training + "/courses?limit=200").path("items")) {
      if (c.path("competency").asText().equals("BIOMETRICS")) {
        course = c.path("id").asLong();
      }
    }
    long session =
        create(
            "dhs-coordinator",
            "demo-funded-session-" + run,
            training + "/sessions",
            new SessionRequest(
                course,
                "Centro de capacitación del SNM, Ciudad de Panamá",
                today.minusDays(4),
                today,
                10,
                List.of("DHS biometrics instructor"),
                Money.usd("14000.00"),
                trainingLine));
    String sessionPath = training + "/sessions/" + session;
    // The obligation goes through the outbox to the State Department's deployment.
    awaitText("dhs-coordinator", sessionPath, "/funding/status", "FUNDED");
    send(
        "dhs-coordinator",
        "POST",
        sessionPath + "/transitions",
        null,
        version("dhs-coordinator", sessionPath),
        new SessionTransition(SessionStatus.OPEN, null));
    List<Long> enrollments = new java.util.ArrayList<>();
    for (long officer : List.of(3L, 4L)) {
      long enrollment =
          create(
              "snm-coordinator",
              "demo-funded-nomination-" + run + "-" + officer,
              sessionPath + "/nominations",
              new NominationRequest(officer));
      String enrollmentPath = training + "/enrollments/" + enrollment;
      send(
          "dhs-coordinator",
          "POST",
          enrollmentPath + "/approval",
          null,
          version("dhs-coordinator", enrollmentPath),
          null);
      enrollments.add(enrollment);
    }
    send(
        "dhs-coordinator",
        "POST",
        sessionPath + "/transitions",
        null,
        version("dhs-coordinator", sessionPath),
        new SessionTransition(SessionStatus.IN_PROGRESS, null));
    for (int d = 4; d >= 0; d--) {
      send(
          "dhs-coordinator",
          "POST",
          sessionPath + "/attendance",
          null,
          null,
          new AttendanceRequest(
              today.minusDays(d),
              enrollments.stream()
                  .map(e -> new AttendanceEntry(e, AttendanceMark.PRESENT))
                  .toList()));
    }
    for (long enrollment : enrollments) {
      String enrollmentPath = training + "/enrollments/" + enrollment;
      send(
          "dhs-coordinator",
          "POST",
          enrollmentPath + "/completion",
          null,
          version("dhs-coordinator", enrollmentPath),
          new CompletionRequest(88));
    }
    send(
        "dhs-coordinator",
        "POST",
        sessionPath + "/transitions",
        null,
        version("dhs-coordinator", sessionPath),
        new SessionTransition(SessionStatus.COMPLETED, "Course delivered", Money.usd("12500.00")));
    // The actual cost is filed as a payment in the background; a second person approves it.
    String paymentPath =
        "/api/v1/funding/disbursements/"
            + awaitNumber("dhs-coordinator", sessionPath, "/funding/paymentRequestId");
    send(
        "dos-certifier",
        "POST",
        paymentPath + "/approval",
        null,
        version("dos-certifier", paymentPath),
        null);
  }

  /** An operation of the demo: where it flies, and what it cost. */
  private record Flight(String country, String airport, Money actualCost) {}

  private static final String CASES = "/api/v1/removals/cases";

  /** A person encountered at Lajas Blancas 40 days ago, speaking Spanish. */
  private static CaseRequest person(
      String givenNames,
      String familyNames,
      String dateOfBirth,
      String nationality,
      String sex,
      LocalDate today) {
    return new CaseRequest(
        givenNames,
        familyNames,
        LocalDate.parse(dateOfBirth),
        nationality,
        sex,
        List.of("es"),
        null,
        null,
        today.minusDays(40),
        "Estación de recepción migratoria de Lajas Blancas",
        null,
        null);
  }

  /**
   * Told of their rights, screened (no claim), ordered, final, documented and fit to fly: ready for
   * a manifest.
   */
  private void enforceable(long id, String country, LocalDate today) throws Exception {
    String path = "/api/v1/removals/cases/" + id;
    send(
        "snm-officer",
        "POST",
        path + "/rights-notices",
        null,
        null,
        new RightsNoticeRequest(
            EnumSet.of(
                Right.SEEK_PROTECTION,
                Right.APPEAL,
                Right.CONSULAR_CONTACT,
                Right.LEGAL_AID,
                Right.UNHCR_IOM_CONTACT),
            "es",
            null,
            today.minusDays(30)));
    send(
        "snm-officer",
        "POST",
        path + "/screenings",
        null,
        null,
        new ScreeningRequest("es", null, false, ScreeningOutcome.NO_CLAIM, null));
    send(
        "snm-supervisor",
        "POST",
        path + "/removal-order",
        null,
        null,
        new RemovalOrderRequest(
            "Decreto Ley 3 de 2008",
            today.minusDays(25),
            today.minusDays(25),
            today.minusDays(10),
            true));
    send(
        "snm-supervisor",
        "POST",
        path + "/removal-order/finality",
        null,
        version(path),
        new OrderFinalityRequest("Appeal window passed without appeal"));
    long document =
        send(
                "snm-officer",
                "POST",
                path + "/travel-documents",
                null,
                null,
                new TravelDocumentRequest(TravelDocumentType.PASSPORT, country))
            .path("id")
            .asLong();
    send(
        "snm-officer",
        "PUT",
        path + "/travel-documents/" + document,
        null,
        "\"0\"",
        new TravelDocumentUpdate(
            TravelDocumentStatus.ISSUED,
            country + "-TD-" + id,
            today.minusDays(3),
            today.plusMonths(6)));
    send(
        "snm-officer",
        "PUT",
        path + "/fitness-to-fly",
        null,
        version(path),
        new FitnessRequest(true, today));
  }

  /**
   * A DHS course session that ran the five days up to today, the officer nominated by SNM and
   * passing: the officer holds the competency from today. Skipped if the officer already does.
   */
  private void certify(String competency, long officer, LocalDate today, String run)
      throws Exception {
    if (get(
            "snm-coordinator",
            "/api/v1/training/certifications/check?officerId="
                + officer
                + "&competency="
                + competency
                + "&on="
                + today)
        .path("certified")
        .asBoolean()) {
      return;
    }
    long course = 0;
    for (JsonNode c : get("dhs-coordinator", "/api/v1/training/courses?limit=200").path("items")) {
      if (c.path("competency").asText().equals(competency)) {
        course = c.path("id").asLong();
        break;
      }
    }
    String training = "/api/v1/training";
    long session =
        create(
            "dhs-coordinator",
            "demo-past-session-" + run + "-" + competency,
            training + "/sessions",
            new SessionRequest(
                course,
                "Centro de capacitación del SNM, Ciudad de Panamá",
                today.minusDays(4),
                today,
                20,
                List.of("DHS instructor"),
                Money.usd("18000.00"),
                null));
    String sessionPath = training + "/sessions/" + session;
    send(
        "dhs-coordinator",
        "POST",
        sessionPath + "/transitions",
        null,
        version("dhs-coordinator", sessionPath),
        new SessionTransition(SessionStatus.OPEN, null));
    long enrollment =
        create(
            "snm-coordinator",
            "demo-nomination-" + run + "-" + competency,
            sessionPath + "/nominations",
            new NominationRequest(officer));
    String enrollmentPath = training + "/enrollments/" + enrollment;
    send(
        "dhs-coordinator",
        "POST",
        enrollmentPath + "/approval",
        null,
        version("dhs-coordinator", enrollmentPath),
        null); // an approval has no body
    send(
        "dhs-coordinator",
        "POST",
        sessionPath + "/transitions",
        null,
        version("dhs-coordinator", sessionPath),
        new SessionTransition(SessionStatus.IN_PROGRESS, null));
    for (int d = 4; d >= 0; d--) {
      send(
          "dhs-coordinator",
          "POST",
          sessionPath + "/attendance",
          null,
          null,
          new AttendanceRequest(
              today.minusDays(d),
              List.of(new AttendanceEntry(enrollment, AttendanceMark.PRESENT))));
    }
    send(
        "dhs-coordinator",
        "POST",
        enrollmentPath + "/completion",
        null,
        version("dhs-coordinator", enrollmentPath),
        new CompletionRequest(90));
  }

  /** The record's current version as an If-Match value, read as the supervisor. */
  private String version(String path) throws Exception {
    return version("snm-supervisor", path);
  }

  private String version(String user, String path) throws Exception {
    return "\"" + get(user, path).path("version").asLong() + "\"";
  }

  /**
   * Waits (up to a minute) for the text at {@code pointer} to become {@code expected}: funding and
   * payment requests arrive in the background, through the outbox. On failure it says what the
   * record holds around it (a refusal's reason beside the status).
   */
  private void awaitText(String user, String path, String pointer, String expected)
      throws Exception {
    JsonNode record = null;
    for (int i = 0; i < 240; i++) {
      record = get(user, path);
      if (record.at(pointer).asText().equals(expected)) {
        return;
      }
      Thread.sleep(250);
    }
    throw new IOException(path + " did not become " + expected + ": " + record.at(parent(pointer)));
  }

  /** Waits (up to a minute) for a number at {@code pointer}, e.g. a payment request's id. */
  private long awaitNumber(String user, String path, String pointer) throws Exception {
    for (int i = 0; i < 240; i++) {
      JsonNode value = get(user, path).at(pointer);
      if (value.isNumber()) {
        return value.asLong();
      }
      Thread.sleep(250);
    }
    throw new IOException(path + " has no " + pointer);
  }

  private static String parent(String pointer) {
    return pointer.substring(0, pointer.lastIndexOf('/'));
  }

  private long create(String user, String key, String path, Object body) throws Exception {
    return postJson(user, key, path, body).path("id").asLong();
  }

  private JsonNode postJson(String user, String key, String path, Object body) throws Exception {
    return send(user, "POST", path, key, null, body);
  }

  private JsonNode get(String user, String path) throws Exception {
    return send(user, "GET", path, null, null, null);
  }

  /**
   * Sends as the user, at the user's own agency's gateway. A read, or a create under its
   * Idempotency-Key, is tried again a few times while a gateway or a partner is still warming up
   * (no answer, 502, 503, 504): the key makes the repeat harmless.
   */
  private JsonNode send(
      String user, String method, String path, String key, String ifMatch, Object body)
      throws Exception {
    String gateway = LocalStack.deploymentOf(user).gateway();
    boolean repeatable = method.equals("GET") || key != null;
    for (int attempt = 1; ; attempt++) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(gateway + path))
              .header("Authorization", "Bearer " + token(user));
      if (key != null) {
        request.header("Idempotency-Key", key);
      }
      if (ifMatch != null) {
        request.header("If-Match", ifMatch);
      }
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
      }
      HttpResponse<String> response;
      try {
        response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        if (repeatable && attempt < 5) {
          Thread.sleep(2000);
          continue;
        }
        throw new IOException(method + " " + gateway + path + " as " + user + ": " + e, e);
      }
      int status = response.statusCode();
      if (repeatable && attempt < 5 && (status == 502 || status == 503 || status == 504)) {
        Thread.sleep(2000);
        continue;
      }
      if (status >= 300) {
        throw new IOException(
            method
                + " "
                + gateway
                + path
                + " as "
                + user
                + " answered "
                + status
                + ": "
                + response.body());
      }
      return json.readTree(response.body());
    }
  }

  /** The user's access token from the user's own agency's realm (password grant, puente-cli). */
  private String token(String user) throws Exception {
    Token cached = tokens.get(user);
    if (cached != null && cached.at().plus(TOKEN_REUSE).isAfter(Instant.now())) {
      return cached.value();
    }
    String form =
        "grant_type=password&client_id=puente-cli&password=demo&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8);
    String issuer = LocalStack.deploymentOf(user).issuer();
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String token = json.readTree(r.body()).path("access_token").asText();
    if (r.statusCode() != 200 || token.isEmpty()) {
      throw new IOException(
          "no token for " + user + " at " + issuer + ": " + r.statusCode() + " " + r.body());
    }
    tokens.put(user, new Token(token, Instant.now()));
    return token;
  }
}
