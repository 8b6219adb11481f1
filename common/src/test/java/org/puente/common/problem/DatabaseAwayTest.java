package org.puente.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A database that goes away mid-request is a 503 to retry, never a 500. */
class DatabaseAwayTest {

  private final FaultProblemMapper mappers = new FaultProblemMapper();

  @Test
  void aCommitTheDatabaseNeverConfirmedIsA503ToRetry() {
    // As Quarkus hands it over: the commit's RollbackException, wrapped by the interceptor.
    Response r =
        mappers.anyOther(
            new io.quarkus.arc.ArcUndeclaredThrowableException(new RollbackException()), null);
    assertEquals(503, r.getStatus());
    assertEquals("5", r.getHeaderString("Retry-After"));
  }

  @Test
  void aLostConnectionOrAServerShuttingDownIsA503() {
    for (String state : new String[] {"08006", "57P01", "57P02", "57P03"}) {
      Response r = mappers.anyOther(new RuntimeException(new SQLException("away", state)), null);
      assertEquals(503, r.getStatus(), state);
    }
  }

  @Test
  void aDatabaseThatRefusesConnectionsIsA503ProblemWithRetryAfter() {
    // Too many clients, a configured connection limit, not accepting connections now: as the
    // driver reports them when the pool asks for a connection, wrapped by Hibernate or Agroal.
    for (String state : new String[] {"53300", "53400", "57P03"}) {
      SQLException refused = new SQLException("FATAL: sorry, too many clients already", state);
      Response r =
          mappers.anyOther(
              new org.hibernate.exception.GenericJDBCException("open connection", refused), null);
      assertEquals(503, r.getStatus(), state);
      assertEquals("5", r.getHeaderString("Retry-After"), state);
      assertEquals(Problem.MEDIA_TYPE, r.getMediaType().toString(), state);
      Problem problem = (Problem) r.getEntity();
      assertEquals(ProblemType.UNAVAILABLE.uri(), problem.type(), state);
      assertEquals(503, problem.status(), state);
      assertFalse(problem.detail().contains("too many clients"), "no database words leak");
    }
  }

  @Test
  void anythingElseUnexpectedIsStillA500() {
    assertEquals(500, mappers.anyOther(new IllegalStateException("bug"), null).getStatus());
    assertEquals(
        500,
        mappers
            .anyOther(new RuntimeException(new SQLException("other", "42P01")), null)
            .getStatus());
  }
}
