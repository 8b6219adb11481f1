package org.puente.removals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.puente.removals.Fixtures.SNM_OFFICER;
import static org.puente.removals.Fixtures.SNM_SUPERVISOR;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.puente.removals.api.FlagRequest;
import org.puente.removals.api.FlagType;
import org.puente.removals.api.ManifestRecheck;
import org.puente.removals.api.ProtectionClaimRequest;
import org.puente.testing.stubs.FundingStub;
import org.puente.testing.stubs.InjectStub;

/**
 * Freezing a manifest races a protection claim or a vulnerability flag recorded on a seated person
 * at the same moment. Whatever the interleaving, the freeze either saw the act (409 naming it) or
 * the act was committed after the freeze: never is a manifest frozen over an act that was already
 * committed. Commit order is read from the database itself: deferred triggers, installed for this
 * test only, number each commit as it happens (while the committing transaction holds its locks).
 */
@QuarkusTest
class FreezeRaceTest {

  @InjectStub FundingStub funding;

  private static final int ROUNDS = 8;

  @BeforeEach
  void numberCommits() {
    Fixtures.execute(
        "create sequence if not exists race_commit_order;"
            + " create table if not exists race_commit_log"
            + " (tbl text not null, row_id bigint not null, ord bigint not null);"
            + " create or replace function race_log_commit() returns trigger language plpgsql as $$"
            + " begin insert into race_commit_log values (TG_TABLE_NAME, new.id,"
            + " nextval('race_commit_order')); return null; end $$;"
            + " create constraint trigger race_claim after insert on protection_claim"
            + " deferrable initially deferred for each row execute function race_log_commit();"
            + " create constraint trigger race_flag after insert on case_flag"
            + " deferrable initially deferred for each row execute function race_log_commit();"
            + " create constraint trigger race_freeze after update on removal_operation"
            + " deferrable initially deferred for each row"
            + " when (new.status = 'MANIFEST_FROZEN' and old.status <> 'MANIFEST_FROZEN')"
            + " execute function race_log_commit();");
  }

  @AfterEach
  void stopNumbering() {
    Fixtures.execute(
        "drop trigger if exists race_claim on protection_claim;"
            + " drop trigger if exists race_flag on case_flag;"
            + " drop trigger if exists race_freeze on removal_operation;"
            + " drop function if exists race_log_commit();"
            + " drop table if exists race_commit_log; drop sequence if exists race_commit_order;");
  }

  private static long order(String table, String idSql) {
    return Fixtures.count(
        "select ord from race_commit_log where tbl = '" + table + "' and row_id = (" + idSql + ")");
  }

  @Test
  void aClaimOrFlagRecordedWhileTheManifestFreezesIsSeenOrComesAfter() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    int seen = 0;
    int after = 0;
    try {
      for (int round = 0; round < ROUNDS; round++) {
        long op = Fixtures.fundedOperation(funding, 8, "CO");
        List<Long> seated = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          long id = Fixtures.enforceableCase("CO");
          Fixtures.seat(op, id).then().statusCode(201);
          seated.add(id);
        }
        // The first seat the freeze checks: the longest window between its check and the commit.
        long target = seated.stream().min(Long::compare).orElseThrow();
        boolean claim = round % 2 == 0;
        String etag = Fixtures.operationEtag(op);
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<Response> freeze =
            () -> {
              start.await();
              return Fixtures.postIfMatch(
                  SNM_SUPERVISOR,
                  "/api/v1/removals/operations/" + op + "/manifest/freeze",
                  etag,
                  new ManifestRecheck(null));
            };
        Callable<Response> act =
            () -> {
              start.await();
              return claim
                  ? Fixtures.post(
                      SNM_OFFICER,
                      "/api/v1/removals/cases/" + target + "/protection-claim",
                      new ProtectionClaimRequest(Fixtures.TODAY, "Fear"))
                  : Fixtures.post(
                      SNM_OFFICER,
                      "/api/v1/removals/cases/" + target + "/flags",
                      new FlagRequest(FlagType.MEDICAL, "Needs treatment before travel", null));
            };
        Future<Response> frozen = pool.submit(freeze);
        Future<Response> recorded = pool.submit(act);
        Response f = frozen.get();
        assertEquals(201, recorded.get().statusCode(), "the act is always recorded");
        String table = claim ? "protection_claim" : "case_flag";
        long actOrder = order(table, "select max(id) from " + table + " where case_id = " + target);
        if (f.statusCode() == 200) {
          long freezeOrder = order("removal_operation", String.valueOf(op));
          assertTrue(
              actOrder > freezeOrder,
              "round "
                  + round
                  + ": the manifest was frozen over a "
                  + table
                  + " committed before the freeze");
          after++;
        } else {
          assertEquals(409, f.statusCode(), f.asString());
          String reason = claim ? "PROTECTION_CLAIM_PENDING" : "VULNERABILITY_HOLD";
          assertTrue(
              f.jsonPath().getList("reasons", String.class).stream()
                  .anyMatch(r -> r.startsWith("Case " + target + ": " + reason)),
              f.asString());
          assertEquals(
              1,
              Fixtures.count(
                  "select count(*) from removal_operation where status = 'FUNDED' and id = " + op),
              "a refused freeze leaves the operation as it was");
          seen++;
        }
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(ROUNDS, seen + after);
  }
}
