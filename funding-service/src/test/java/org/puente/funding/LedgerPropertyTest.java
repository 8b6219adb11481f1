package org.puente.funding;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.puente.funding.api.DeobligationReason;
import org.puente.funding.api.DeobligationRequest;
import org.puente.funding.api.PaymentDecisionRequest;

/**
 * Random sequences of 500 obligations, de-obligations, payment requests, approvals and rejections
 * against the real service. After every step: each outcome is what a simple model of the balances
 * predicts, the balances equal the ledger's sums, and nothing is negative. The seed names the
 * sequence, so a failure is replayed by running the same seed.
 */
@QuarkusTest
class LedgerPropertyTest {

  private static final int STEPS = 500;

  /** The test's own model of one obligation. */
  private static final class Model {
    final long id;
    final long line;
    BigDecimal remainder;

    Model(long id, long line, BigDecimal remainder) {
      this.id = id;
      this.line = line;
      this.remainder = remainder;
    }
  }

  private record Payment(long id, long obligation, BigDecimal amount) {}

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {20240820L, 7L, 1_000_003L})
  void balancesAlwaysEqualTheLedgerAndNeverGoNegative(long seed) {
    Random random = new Random(seed);
    long agreement = Fixtures.agreement("100000.00");
    Map<Long, BigDecimal> available = new HashMap<>();
    long charter = Fixtures.line(agreement, "CHARTER_FLIGHTS", "50000.00");
    long tickets = Fixtures.line(agreement, "COMMERCIAL_TICKETS", "20000.00");
    available.put(charter, new BigDecimal("50000.00"));
    available.put(tickets, new BigDecimal("20000.00"));
    List<Model> obligations = new ArrayList<>();
    List<Payment> pending = new ArrayList<>();

    for (int step = 0; step < STEPS; step++) {
      String where = "seed " + seed + ", step " + step;
      BigDecimal amount = BigDecimal.valueOf(random.nextInt(400_000) + 1, 2);
      int action = obligations.isEmpty() ? 0 : random.nextInt(5);
      switch (action) {
        case 0 -> {
          long line = random.nextBoolean() ? charter : tickets;
          boolean fits = amount.compareTo(available.get(line)) <= 0;
          Response r = Fixtures.obligate(line, amount.toPlainString(), "removal-operation:" + step);
          assertEquals(fits ? 201 : 409, r.statusCode(), where + " obligate " + amount);
          if (fits) {
            available.merge(line, amount.negate(), BigDecimal::add);
            obligations.add(new Model(r.jsonPath().getLong("id"), line, amount));
          }
        }
        case 1 -> {
          Model o = obligations.get(random.nextInt(obligations.size()));
          boolean fits = amount.compareTo(o.remainder) <= 0;
          Response r =
              given()
                  .header("Authorization", Fixtures.DOS_FUNDING)
                  .header(
                      "If-Match",
                      Fixtures.etag("/api/v1/funding/obligations/" + o.id, Fixtures.DOS_FUNDING))
                  .contentType(ContentType.JSON)
                  .body(
                      Fixtures.json(
                          new DeobligationRequest(
                              Fixtures.money(amount.toPlainString()),
                              DeobligationReason.COST_CHANGED)))
                  .post("/api/v1/funding/obligations/" + o.id + "/deobligation");
          assertEquals(fits ? 200 : 409, r.statusCode(), where + " deobligate " + amount);
          if (fits) {
            o.remainder = o.remainder.subtract(amount);
            available.merge(o.line, amount, BigDecimal::add);
          }
        }
        case 2 -> {
          Model o = obligations.get(random.nextInt(obligations.size()));
          boolean fits = amount.compareTo(o.remainder) <= 0;
          Response r = Fixtures.requestPayment(Fixtures.DOS_FUNDING, o.id, amount.toPlainString());
          assertEquals(fits ? 201 : 409, r.statusCode(), where + " request " + amount);
          if (fits) {
            o.remainder = o.remainder.subtract(amount);
            pending.add(new Payment(r.jsonPath().getLong("id"), o.id, amount));
          }
        }
        default -> {
          if (pending.isEmpty()) {
            continue;
          }
          Payment p = pending.remove(random.nextInt(pending.size()));
          boolean approve = action == 3;
          var request =
              given().header("Authorization", Fixtures.DOS_CERTIFIER).header("If-Match", "\"0\"");
          Response r =
              approve
                  ? request.post("/api/v1/funding/disbursements/" + p.id() + "/approval")
                  : request
                      .contentType(ContentType.JSON)
                      .body(Fixtures.json(new PaymentDecisionRequest("step " + step)))
                      .post("/api/v1/funding/disbursements/" + p.id() + "/rejection");
          assertEquals(200, r.statusCode(), where + (approve ? " approve" : " reject"));
          if (!approve) {
            obligations.stream()
                .filter(o -> o.id == p.obligation())
                .forEach(o -> o.remainder = o.remainder.add(p.amount()));
          }
        }
      }
      assertEquals(0, brokenLines(agreement), where + ": a line differs from its ledger");
      assertEquals(
          0, brokenObligations(agreement), where + ": an obligation differs from its ledger");
    }
    for (long line : List.of(charter, tickets)) {
      assertEquals(
          available.get(line),
          Fixtures.amount("select allotted - obligated from budget_line where id = " + line),
          "seed " + seed + ": available on line " + line);
    }
  }

  private static long brokenLines(long agreement) {
    return Fixtures.count(
        "select count(*) from budget_line l where l.agreement_id = "
            + agreement
            + " and (l.obligated <> coalesce((select sum(e.amount) from ledger_entry e"
            + "   where e.budget_line_id = l.id and e.type in ('COMMITMENT','DEOBLIGATION')), 0)"
            + " or l.disbursed <> coalesce((select sum(e.amount) from ledger_entry e"
            + "   where e.budget_line_id = l.id and e.type in ('DISBURSEMENT','EXPENDITURE')), 0)"
            + " or l.allotted - l.obligated < 0 or l.obligated - l.disbursed < 0 or l.disbursed < 0)");
  }

  private static long brokenObligations(long agreement) {
    return Fixtures.count(
        "select count(*) from obligation o where o.agreement_id = "
            + agreement
            + " and (o.amount <> (select sum(e.amount) from ledger_entry e"
            + "   where e.obligation_id = o.id and e.type = 'COMMITMENT')"
            + " or o.deobligated <> coalesce(-(select sum(e.amount) from ledger_entry e"
            + "   where e.obligation_id = o.id and e.type = 'DEOBLIGATION'), 0)"
            + " or o.disbursed <> coalesce((select sum(e.amount) from ledger_entry e"
            + "   where e.obligation_id = o.id and e.type in ('DISBURSEMENT','EXPENDITURE')), 0)"
            + " or o.pending <> coalesce((select sum(d.amount) from disbursement d"
            + "   where d.obligation_id = o.id and d.status = 'REQUESTED'), 0)"
            + " or o.amount - o.deobligated - o.pending - o.disbursed < 0)");
  }
}
