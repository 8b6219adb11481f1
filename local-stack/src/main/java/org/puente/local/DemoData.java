package org.puente.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.puente.removals.synthetic.SyntheticCases;

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

  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
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
            Map.of(
                "reference",
                "PA-REMOVALS-2024",
                "title",
                "Removal flights and capacity, Panama",
                "recipientAgency",
                "PA-SNM",
                "treasuryAccount",
                "019-X-1143-000",
                "ceiling",
                money("6000000.00"),
                "periodStart",
                "2024-07-01",
                "periodEnd",
                "2027-09-30"));
    Map<String, String> lines =
        Map.of(
            "CHARTER_FLIGHTS",
            "4500000.00",
            "COMMERCIAL_TICKETS",
            "600000.00",
            "EQUIPMENT",
            "500000.00",
            "TRAINING",
            "400000.00");
    long charter = 0;
    for (String category :
        List.of("CHARTER_FLIGHTS", "COMMERCIAL_TICKETS", "EQUIPMENT", "TRAINING")) {
      long line =
          create(
              "dos-budget",
              "demo-line-" + category,
              "/api/v1/funding/agreements/" + agreement + "/budget-lines",
              Map.of("category", category, "allotted", money(lines.get(category))));
      if (category.equals("CHARTER_FLIGHTS")) {
        charter = line;
      }
    }
    // Training: the catalogue, and a screening session next month.
    long screening = 0;
    for (Map<String, Object> course :
        List.of(
            Map.<String, Object>of(
                "title",
                "Entrevistas de determinación de protección",
                "competency",
                "PROTECTION_SCREENING",
                "hours",
                40,
                "language",
                "es",
                "certificateValidityMonths",
                24),
            Map.<String, Object>of(
                "title",
                "Escolta en vuelos de retorno",
                "competency",
                "REMOVAL_ESCORT",
                "hours",
                24,
                "language",
                "es",
                "certificateValidityMonths",
                12),
            Map.<String, Object>of(
                "title",
                "Examen de documentos de viaje",
                "competency",
                "DOCUMENT_EXAMINATION",
                "hours",
                16,
                "language",
                "es",
                "certificateValidityMonths",
                24),
            Map.<String, Object>of(
                "title",
                "Biometrics enrolment and matching",
                "competency",
                "BIOMETRICS",
                "hours",
                16,
                "language",
                "en",
                "certificateValidityMonths",
                36))) {
      long id =
          create(
              "dhs-coordinator",
              "demo-course-" + course.get("competency"),
              "/api/v1/training/courses",
              course);
      if (course.get("competency").equals("PROTECTION_SCREENING")) {
        screening = id;
      }
    }
    create(
        "dhs-coordinator",
        "demo-session-1",
        "/api/v1/training/sessions",
        Map.of(
            "courseId",
            screening,
            "location",
            "Centro de capacitación del SNM, Ciudad de Panamá",
            "startDate",
            today.plusDays(30).toString(),
            "endDate",
            today.plusDays(34).toString(),
            "capacity",
            24,
            "instructors",
            List.of("DHS USCIS asylum officer"),
            "cost",
            money("18000.00")));
    // Officers of SNM; the first two are the officer_id claims of snm-officer and snm-supervisor.
    String[][] officers = {
      {"Lucía", "Demo", "SNM-0001", "Inspectora"}, {"Rafael", "Demo", "SNM-0002", "Supervisor"},
      {"Itzel", "Demo", "SNM-0003", "Agente"}, {"Omar", "Demo", "SNM-0004", "Agente"}
    };
    for (int i = 0; i < officers.length; i++) {
      long officer =
          create(
              "snm-coordinator",
              "demo-officer-" + (i + 1),
              "/api/v1/training/officers",
              Map.of(
                  "givenName",
                  officers[i][0],
                  "familyName",
                  officers[i][1],
                  "badgeNumber",
                  officers[i][2],
                  "rank",
                  officers[i][3]));
      JsonNode current = get("dhs-coordinator", "/api/v1/training/officers/" + officer);
      if ("PENDING".equals(current.path("vettingStatus").asText())) {
        send(
            "dhs-coordinator",
            "PUT",
            "/api/v1/training/officers/" + officer + "/vetting",
            null,
            "\"" + current.path("version").asLong() + "\"",
            Map.of("status", "CLEARED", "expiresOn", today.plusYears(1).toString()));
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
        Map.of(
            "kind",
            "CHARTER",
            "destinationCountry",
            "CO",
            "destinationAirport",
            "BOG",
            "departureAt",
            Instant.now().plus(14, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).toString(),
            "seats",
            120,
            "monitors",
            List.of("Defensoría del Pueblo"),
            "costEstimate",
            money("250000.00"),
            "budgetLineId",
            charter));
    removals(today, charter);
    return cases;
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
    String[][] people = {
      {"Andrés", "Demo Rojas", "1994-02-11", "CO", "M"},
      {"Camila", "Demo Pérez", "1998-07-23", "CO", "F"},
      {"Julián", "Demo Gómez", "1989-11-02", "CO", "M"},
      {"Valentina", "Demo Ruiz", "2001-04-17", "CO", "F"},
      {"Santiago", "Demo Díaz", "1992-09-30", "CO", "M"},
      {"Mateo", "Demo Vera", "1996-01-05", "EC", "M"},
      {"Daniela", "Demo Mora", "1999-12-12", "EC", "F"},
      {"Joaquín", "Demo León", "1987-06-21", "EC", "M"},
    };
    Map<String, List<Long>> byCountry = new HashMap<>();
    for (int i = 0; i < people.length; i++) {
      long id = person(people[i], "demo-removed-" + run + "-" + i, today);
      enforceable(id, people[i][3], today);
      byCountry.computeIfAbsent(people[i][3], k -> new java.util.ArrayList<>()).add(id);
    }
    boolean firstFlight = true;
    for (String[] flight :
        new String[][] {{"CO", "BOG", "176500.00"}, {"EC", "UIO", "148200.00"}}) {
      long operation =
          postJson(
                  "snm-supervisor",
                  "demo-flight-" + run + "-" + flight[0],
                  "/api/v1/removals/operations",
                  Map.of(
                      "kind",
                      "CHARTER",
                      "destinationCountry",
                      flight[0],
                      "destinationAirport",
                      flight[1],
                      "departureAt",
                      Instant.now()
                          .plus(1, ChronoUnit.HOURS)
                          .truncatedTo(ChronoUnit.MINUTES)
                          .toString(),
                      "seats",
                      60,
                      "monitors",
                      List.of("Defensoría del Pueblo"),
                      "costEstimate",
                      money("180000.00"),
                      "budgetLineId",
                      charterLine))
              .path("id")
              .asLong();
      String path = "/api/v1/removals/operations/" + operation;
      awaitStatus(path, "FUNDED");
      send("snm-supervisor", "POST", path + "/escorts", null, null, Map.of("officerId", 2));
      for (long person : byCountry.get(flight[0])) {
        send("snm-supervisor", "POST", path + "/manifest", null, null, Map.of("caseId", person));
      }
      send("snm-supervisor", "POST", path + "/manifest/freeze", null, version(path), Map.of());
      send("snm-supervisor", "POST", path + "/departure", null, version(path), Map.of());
      send(
          "snm-supervisor",
          "POST",
          path + "/closure",
          null,
          version(path),
          Map.of(
              "status",
              "COMPLETED",
              "reason",
              "Landed at " + flight[1],
              "actualCost",
              money(flight[2])));
      if (firstFlight) {
        // The actual cost is filed as a payment in the background; a second person approves it.
        long payment = awaitField(path, "paymentRequestId");
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
        person(
            new String[] {"Gabriel", "Demo Silva", "1990-03-14", "VE", "M"},
            "demo-claimant-" + run,
            today);
    send(
        "snm-officer",
        "POST",
        "/api/v1/removals/cases/" + claimant + "/screenings",
        null,
        null,
        Map.of("language", "es", "claimExpressed", true, "outcome", "REFERRED"));
    long ready =
        person(
            new String[] {"Lorena", "Demo Castro", "1993-08-08", "CO", "F"},
            "demo-ready-" + run,
            today);
    enforceable(ready, "CO", today);
  }

  private long person(String[] p, String key, LocalDate today) throws Exception {
    return create(
        "snm-officer",
        key,
        "/api/v1/removals/cases",
        Map.of(
            "givenNames",
            p[0],
            "familyNames",
            p[1],
            "dateOfBirth",
            p[2],
            "nationality",
            p[3],
            "sex",
            p[4],
            "languages",
            List.of("es"),
            "encounteredOn",
            today.minusDays(40).toString(),
            "encounterPlace",
            "Estación de recepción migratoria de Lajas Blancas"));
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
        Map.of(
            "rights",
            List.of(
                "SEEK_PROTECTION", "APPEAL", "CONSULAR_CONTACT", "LEGAL_AID", "UNHCR_IOM_CONTACT"),
            "language",
            "es",
            "informedOn",
            today.minusDays(30).toString()));
    send(
        "snm-officer",
        "POST",
        path + "/screenings",
        null,
        null,
        Map.of("language", "es", "claimExpressed", false, "outcome", "NO_CLAIM"));
    send(
        "snm-supervisor",
        "POST",
        path + "/removal-order",
        null,
        null,
        Map.of(
            "legalBasis",
            "Decreto Ley 3 de 2008",
            "issuedOn",
            today.minusDays(25).toString(),
            "notifiedOn",
            today.minusDays(25).toString(),
            "appealDeadline",
            today.minusDays(10).toString(),
            "appealSuspensive",
            true));
    send(
        "snm-supervisor",
        "POST",
        path + "/removal-order/finality",
        null,
        version(path),
        Map.of("reason", "Appeal window passed without appeal"));
    long document =
        send(
                "snm-officer",
                "POST",
                path + "/travel-documents",
                null,
                null,
                Map.of("type", "PASSPORT", "country", country))
            .path("id")
            .asLong();
    send(
        "snm-officer",
        "PUT",
        path + "/travel-documents/" + document,
        null,
        "\"0\"",
        Map.of(
            "status",
            "ISSUED",
            "number",
            country + "-TD-" + id,
            "issuedOn",
            today.minusDays(3).toString(),
            "expiresOn",
            today.plusMonths(6).toString()));
    send(
        "snm-officer",
        "PUT",
        path + "/fitness-to-fly",
        null,
        version(path),
        Map.of("fitToFly", true, "assessedOn", today.toString()));
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
            Map.of(
                "courseId",
                course,
                "location",
                "Centro de capacitación del SNM, Ciudad de Panamá",
                "startDate",
                today.minusDays(4).toString(),
                "endDate",
                today.toString(),
                "capacity",
                20,
                "instructors",
                List.of("DHS instructor"),
                "cost",
                money("18000.00")));
    String sessionPath = training + "/sessions/" + session;
    send(
        "dhs-coordinator",
        "POST",
        sessionPath + "/transitions",
        null,
        version("dhs-coordinator", sessionPath),
        Map.of("status", "OPEN"));
    long enrollment =
        create(
            "snm-coordinator",
            "demo-nomination-" + run + "-" + competency,
            sessionPath + "/nominations",
            Map.of("officerId", officer));
    String enrollmentPath = training + "/enrollments/" + enrollment;
    send(
        "dhs-coordinator",
        "POST",
        enrollmentPath + "/approval",
        null,
        version("dhs-coordinator", enrollmentPath),
        Map.of());
    send(
        "dhs-coordinator",
        "POST",
        sessionPath + "/transitions",
        null,
        version("dhs-coordinator", sessionPath),
        Map.of("status", "IN_PROGRESS"));
    for (int d = 4; d >= 0; d--) {
      send(
          "dhs-coordinator",
          "POST",
          sessionPath + "/attendance",
          null,
          null,
          Map.of(
              "day",
              today.minusDays(d).toString(),
              "records",
              List.of(Map.of("enrollmentId", enrollment, "status", "PRESENT"))));
    }
    send(
        "dhs-coordinator",
        "POST",
        enrollmentPath + "/completion",
        null,
        version("dhs-coordinator", enrollmentPath),
        Map.of("score", 90));
  }

  /** The record's current version as an If-Match value, read as the supervisor. */
  private String version(String path) throws Exception {
    return version("snm-supervisor", path);
  }

  private String version(String user, String path) throws Exception {
    return "\"" + get(user, path).path("version").asLong() + "\"";
  }

  /** Waits (up to a minute) for the operation's funding, which arrives in the background. */
  private void awaitStatus(String path, String status) throws Exception {
    for (int i = 0; i < 240; i++) {
      if (get("snm-supervisor", path).path("status").asText().equals(status)) {
        return;
      }
      Thread.sleep(250);
    }
    throw new IOException(path + " did not become " + status);
  }

  private long awaitField(String path, String field) throws Exception {
    for (int i = 0; i < 240; i++) {
      JsonNode value = get("snm-supervisor", path).path(field);
      if (value.isNumber()) {
        return value.asLong();
      }
      Thread.sleep(250);
    }
    throw new IOException(path + " has no " + field);
  }

  private static Map<String, String> money(String amount) {
    return Map.of("amount", amount, "currency", "USD");
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
