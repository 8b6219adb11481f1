package org.puente.removals;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.puente.removals.api.CaseRequest;
import org.puente.removals.api.CaseSearch;
import org.puente.removals.api.IdentityDocument;
import org.puente.removals.api.IdentityDocumentType;
import org.puente.removals.api.ScreeningOutcome;
import org.puente.removals.api.ScreeningRequest;
import org.puente.testing.stubs.InjectStub;
import org.puente.testing.stubs.TrainingStub;

/** Names, birth dates and document numbers never reach the service's log. */
@QuarkusTest
class LogHygieneTest {

  @InjectStub TrainingStub training;

  @Test
  void personalDataNeverReachesTheLog() {
    List<String> lines = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            String message = record.getMessage();
            if (record.getParameters() != null) {
              for (Object p : record.getParameters()) {
                message += " " + p;
              }
            }
            if (record.getThrown() != null) {
              message += " " + record.getThrown();
            }
            lines.add(message);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    capture.setLevel(Level.ALL);
    Logger root = Logger.getLogger("");
    root.addHandler(capture);
    try {
      CaseRequest body =
          new CaseRequest(
              "Yuleisy Zoraida",
              "Quintero Añez",
              LocalDate.of(1987, 11, 23),
              "VE",
              "F",
              List.of("es"),
              List.of(new IdentityDocument(IdentityDocumentType.PASSPORT, "V27481163", "VE")),
              null,
              Fixtures.TODAY.minusDays(30),
              "Lajas Blancas reception station",
              null,
              null);
      long id =
          given()
              .header("Authorization", Fixtures.SNM_OFFICER)
              .contentType(ContentType.JSON)
              .body(Fixtures.json(body))
              .post("/api/v1/removals/cases")
              .then()
              .statusCode(201)
              .extract()
              .jsonPath()
              .getLong("id");
      given()
          .header("Authorization", Fixtures.SNM_OFFICER)
          .get("/api/v1/removals/cases/" + id)
          .then()
          .statusCode(200);
      given()
          .header("Authorization", Fixtures.SNM_OFFICER)
          .contentType(ContentType.JSON)
          .body(
              Fixtures.json(
                  new CaseSearch("Yuleisy Quintero", null, null, null, null, null, null, null)))
          .post("/api/v1/removals/cases/search")
          .then()
          .statusCode(200)
          .body("items.id", org.hamcrest.Matchers.hasItem((int) id));
      // Bad input carrying the same data: refused, and still not logged.
      // A map: a date carrying a document number is what no record can hold.
      Map<String, Object> bad = Fixtures.asMap(body);
      bad.put("sex", "Yuleisy Zoraida");
      bad.put("dateOfBirth", "1987-11-23-V27481163");
      given()
          .header("Authorization", Fixtures.SNM_OFFICER)
          .contentType(ContentType.JSON)
          .body(bad)
          .post("/api/v1/removals/cases")
          .then()
          .statusCode(400);
      // And a failure deep inside: training-service down during a screening of this person.
      training.down(true);
      try {
        Fixtures.post(
                Fixtures.SNM_OFFICER,
                "/api/v1/removals/cases/" + id + "/screenings",
                new ScreeningRequest(
                    "es", null, false, ScreeningOutcome.NO_CLAIM, "Yuleisy Zoraida said V27481163"))
            .then()
            .statusCode(503);
      } finally {
        training.down(false);
      }
    } finally {
      root.removeHandler(capture);
    }
    assertTrue(lines.size() > 0, "the log was captured");
    for (String secret :
        List.of("Yuleisy", "Zoraida", "Quintero", "Añez", "1987-11-23", "V27481163")) {
      for (String line : lines) {
        assertFalse(line.contains(secret), "log line contains personal data: " + line);
      }
    }
  }
}
