package org.puente.removals;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.puente.removals.api.EscortRequest;
import org.puente.testing.stubs.FundingStub;
import org.puente.testing.stubs.InjectStub;
import org.puente.testing.stubs.TrainingStub;

/** Escorts: training-service is asked with no transaction open, and no answer means no. */
@QuarkusTest
class EscortTest {

  @InjectStub FundingStub funding;

  @InjectStub TrainingStub training;

  /**
   * Sessions of the service's database that sit in an open transaction while training-service is
   * being asked (idle in transaction: a transaction waiting on something outside the database).
   */
  private static long[] idleInTransaction() {
    try {
      Thread.sleep(150);
      try (Connection c = Fixtures.connection();
          Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "select count(*) filter (where state like 'idle in transaction%'"
                      + " and state_change < clock_timestamp() - interval '100 milliseconds'),"
                      + " count(*) filter (where state is not null)"
                      + " from pg_stat_activity where datname = current_database()"
                      + " and pid <> pg_backend_pid()")) {
        rs.next();
        return new long[] {rs.getLong(1), rs.getLong(2)};
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String escorts(long op) {
    return "/api/v1/removals/operations/" + op + "/escorts";
  }

  @Test
  void noTransactionIsHeldWhileTrainingServiceIsAsked() {
    long op = Fixtures.fundedOperation(funding, 3, "CO");
    List<long[]> seen = new CopyOnWriteArrayList<>();
    training.onCheck(() -> seen.add(idleInTransaction()));
    try {
      Fixtures.post(Fixtures.SNM_SUPERVISOR, escorts(op), new EscortRequest(Fixtures.ESCORT))
          .then()
          .statusCode(200)
          .body("escortOfficerIds", hasItem((int) Fixtures.ESCORT));
    } finally {
      training.onCheck(null);
    }
    assertTrue(!seen.isEmpty(), "training-service was asked");
    assertEquals(
        0L,
        seen.stream().mapToLong(n -> n[0]).max().orElseThrow(),
        "no transaction open during the question");
    // The probe does see the service's sessions (its idle pool connections), so 0 means none.
    assertTrue(seen.stream().allMatch(n -> n[1] > 0), "the service's sessions are visible");
    assertEquals(
        1, Fixtures.count("select count(*) from operation_escort where operation_id = " + op));
    // The same officer again: refused before training-service is asked, nothing more recorded.
    int asked = training.authorizations().size();
    Fixtures.post(Fixtures.SNM_SUPERVISOR, escorts(op), new EscortRequest(Fixtures.ESCORT))
        .then()
        .statusCode(409);
    assertEquals(asked, training.authorizations().size());
    assertEquals(
        1, Fixtures.count("select count(*) from operation_escort where operation_id = " + op));
  }

  @Test
  void whenTrainingServiceIsAwayTheEscortIsNotRecorded() {
    long op = Fixtures.fundedOperation(funding, 3, "CO");
    long version = Fixtures.count("select version from removal_operation where id = " + op);
    training.down(true);
    try {
      Fixtures.post(Fixtures.SNM_SUPERVISOR, escorts(op), new EscortRequest(Fixtures.ESCORT))
          .then()
          .statusCode(503)
          .contentType("application/problem+json")
          .body("type", containsString("unavailable"))
          .body("detail", containsString("could not confirm a valid REMOVAL_ESCORT"));
    } finally {
      training.down(false);
    }
    assertEquals(
        0, Fixtures.count("select count(*) from operation_escort where operation_id = " + op));
    assertEquals(version, Fixtures.count("select version from removal_operation where id = " + op));
  }

  @Test
  void anEscortOfAnotherAgencysOperationIsNotFoundAndTrainingIsNotAsked() {
    long op = Fixtures.fundedOperation(funding, 3, "CO");
    int asked = training.authorizations().size();
    Fixtures.post(
            org.puente.testing.TestTokens.user("dhs-supervisor")
                .agency("US-DHS")
                .roles("supervisor")
                .bearer(),
            escorts(op),
            new EscortRequest(Fixtures.ESCORT))
        .then()
        .statusCode(404);
    assertEquals(asked, training.authorizations().size());
    assertEquals(
        0, Fixtures.count("select count(*) from operation_escort where operation_id = " + op));
  }
}
