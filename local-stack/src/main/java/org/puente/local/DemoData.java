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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 */
final class DemoData {

  private final String gateway;
  private final String issuer;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private final Map<String, String> tokens = new HashMap<>();

  DemoData(String gateway, String issuer) {
    this.gateway = gateway;
    this.issuer = issuer;
  }

  /** Loads everything; returns how many cases the demo holds. */
  int load() throws Exception {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
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
    return cases;
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

  private JsonNode send(
      String user, String method, String path, String key, String ifMatch, Object body)
      throws Exception {
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
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IOException(
          method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return json.readTree(response.body());
  }

  private String token(String user) throws Exception {
    String cached = tokens.get(user);
    if (cached != null) {
      return cached;
    }
    String form =
        "grant_type=password&client_id=puente-cli&password=demo&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8);
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String token = json.readTree(r.body()).path("access_token").asText();
    tokens.put(user, token);
    return token;
  }
}
