package org.puente.funding;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import org.puente.common.money.Money;
import org.puente.common.security.Agency;
import org.puente.funding.api.AgreementRequest;
import org.puente.funding.api.BudgetCategory;
import org.puente.funding.api.BudgetLineRequest;
import org.puente.funding.api.DisbursementRequest;
import org.puente.funding.api.ObligationRequest;
import org.puente.funding.api.PaymentKind;
import org.puente.testing.ApiJson;
import org.puente.testing.Database;
import org.puente.testing.TestTokens;

/** Builds agreements, lines and obligations through the API, fresh for each test. */
public final class Fixtures {

  private static final Database DB = Database.named("funding");

  /** The State Department's budget officer: the donor's funding officer. */
  public static final String DOS_FUNDING =
      TestTokens.user("dos-budget").agency("US-DOS").roles("funding-officer").bearer();

  public static final String DOS_CERTIFIER =
      TestTokens.user("dos-certifier").agency("US-DOS").roles("certifying-officer").bearer();

  /** One person holding both roles: may request, must not approve their own request. */
  public static final String DOS_BOTH =
      TestTokens.user("dos-both")
          .agency("US-DOS")
          .roles("funding-officer", "certifying-officer")
          .bearer();

  public static final String SNM_FUNDING =
      TestTokens.user("snm-budget").agency("PA-SNM").roles("funding-officer").bearer();

  public static final String SNM_CERTIFIER =
      TestTokens.user("snm-certifier").agency("PA-SNM").roles("certifying-officer").bearer();

  public static final String DHS_FUNDING =
      TestTokens.user("dhs-budget").agency("US-DHS").roles("funding-officer").bearer();

  public static final String DOS_AUDITOR =
      TestTokens.user("dos-auditor").agency("US-DOS").roles("auditor").bearer();

  private Fixtures() {}

  /**
   * A request body as JSON, written as the service reads it (ISO dates, amounts as strings): test
   * clients serialise the API records with this, not with RestAssured's own mapper.
   */
  public static String json(Object body) {
    return ApiJson.write(body);
  }

  public static Money money(String amount) {
    return Money.usd(amount);
  }

  public static AgreementRequest agreementBody(LocalDate start, LocalDate end, String ceiling) {
    return new AgreementRequest(
        "AG-" + UUID.randomUUID(),
        "Removal flights from Panama",
        Agency.PA_SNM,
        "019-X-1143-000",
        money(ceiling),
        start,
        end);
  }

  /** An active agreement available from 30 days ago to a year ahead. */
  public static long agreement(String ceiling) {
    return agreement(LocalDate.now().minusDays(30), LocalDate.now().plusYears(1), ceiling);
  }

  public static long agreement(LocalDate start, LocalDate end, String ceiling) {
    return given()
        .header("Authorization", DOS_FUNDING)
        .contentType(ContentType.JSON)
        .body(json(agreementBody(start, end, ceiling)))
        .post("/api/v1/funding/agreements")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  public static Response addLine(long agreementId, String category, String allotted) {
    return given()
        .header("Authorization", DOS_FUNDING)
        .contentType(ContentType.JSON)
        .body(json(new BudgetLineRequest(BudgetCategory.valueOf(category), null, money(allotted))))
        .post("/api/v1/funding/agreements/" + agreementId + "/budget-lines");
  }

  public static long line(long agreementId, String category, String allotted) {
    return addLine(agreementId, category, allotted)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** A line of the given allotment on a fresh agreement with room to spare. */
  public static long line(String allotted) {
    return line(agreement("10000000.00"), "CHARTER_FLIGHTS", allotted);
  }

  public static Response obligate(long lineId, String amount, String reference) {
    return given()
        .header("Authorization", DOS_FUNDING)
        .contentType(ContentType.JSON)
        .body(json(new ObligationRequest(lineId, money(amount), "Charter flight", reference, null)))
        .post("/api/v1/funding/obligations");
  }

  public static long obligation(long lineId, String amount) {
    return obligate(lineId, amount, "removal-operation:" + UUID.randomUUID())
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  public static Response requestPayment(String token, long obligationId, String amount) {
    return given()
        .header("Authorization", token)
        .contentType(ContentType.JSON)
        .body(
            json(
                new DisbursementRequest(
                    obligationId, PaymentKind.EXPENDITURE, money(amount), "Invoice")))
        .post("/api/v1/funding/disbursements");
  }

  public static String etag(String path, String token) {
    return given()
        .header("Authorization", token)
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  /** A connection of its own to the service's database, for a transaction a test holds open. */
  public static Connection connect() throws SQLException {
    return DB.connect();
  }

  public static long count(String sql) {
    return DB.count(sql);
  }

  public static BigDecimal amount(String sql) {
    return DB.amount(sql);
  }

  /** Runs a statement that the database must refuse; returns its message. */
  public static String refusedStatement(String sql) {
    return DB.refused(sql);
  }
}
