package org.puente.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import org.puente.common.money.Money;
import org.puente.common.security.Agency;
import org.puente.funding.api.AgreementRequest;
import org.puente.funding.api.BudgetCategory;
import org.puente.funding.api.BudgetLineRequest;
import org.puente.testing.ApiJson;
import org.puente.testing.EmbeddedPostgresResource;

/** An agreement and budget lines for the hot-line run, and the check that nothing was overspent. */
final class Funding {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final String url;

  Funding(String url) {
    this.url = url;
  }

  long agreement(String ceiling) throws Exception {
    return create(
        "/api/v1/funding/agreements",
        new AgreementRequest(
            "BENCH-" + UUID.randomUUID().toString().substring(0, 8),
            "Benchmark programme",
            Agency.PA_SNM,
            "019-X-1143-000",
            Money.usd(ceiling),
            LocalDate.now().minusMonths(1),
            LocalDate.now().plusYears(1)));
  }

  long line(long agreement, String allotted) throws Exception {
    return create(
        "/api/v1/funding/agreements/" + agreement + "/budget-lines",
        new BudgetLineRequest(BudgetCategory.CHARTER_FLIGHTS, null, Money.usd(allotted)));
  }

  private long create(String path, Record body) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url + path))
                    .header("Authorization", "Bearer " + Users.dosBudget())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(ApiJson.write(body)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 201) {
      throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
    }
    return JSON.readTree(r.body()).path("id").asLong();
  }

  /**
   * Fails unless the line's obligated amount is exactly the sum of its obligations and within its
   * allotment; describes the line.
   */
  String checkBalances(long line) {
    try (Connection c =
            DriverManager.getConnection(
                EmbeddedPostgresResource.jdbcUrl("bench_funding"), "postgres", "postgres");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select l.allotted, l.obligated, (select coalesce(sum(o.amount - o.deobligated), 0)"
                    + " from obligation o where o.budget_line_id = l.id), (select count(*) from"
                    + " obligation o where o.budget_line_id = l.id) from budget_line l where l.id = "
                    + line)) {
      rs.next();
      BigDecimal allotted = rs.getBigDecimal(1);
      BigDecimal obligated = rs.getBigDecimal(2);
      BigDecimal sum = rs.getBigDecimal(3);
      if (obligated.compareTo(sum) != 0 || obligated.compareTo(allotted) > 0) {
        throw new IllegalStateException(
            "line "
                + line
                + ": allotted "
                + allotted
                + ", obligated "
                + obligated
                + ", obligations sum "
                + sum);
      }
      return obligated + " of " + allotted + " in " + rs.getLong(4) + " obligations";
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
