package org.puente.common.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.puente.common.http.InvalidParamException;

/**
 * Everything else: a {@link ProblemException} a service throws, what the framework answers itself
 * (404, 405, 406, 415...), a stale or busy record, a database that is away, and, last, an
 * unexpected fault (500, logged by class and frame only).
 */
public class FaultProblemMapper {

  @ServerExceptionMapper
  public Response problem(ProblemException e, UriInfo uri) {
    return ProblemResponses.respond(
        uri, e.type(), e.type().status(), e.getMessage(), e.errors(), e.reasons(), null);
  }

  /** A query parameter that does not read as its type ({@code TypedParams}): 400 naming it. */
  @ServerExceptionMapper
  public Response invalidParam(InvalidParamException e, UriInfo uri) {
    return problem(e.problem(), uri);
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, UriInfo uri) {
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return ProblemResponses.internal(e, uri);
    }
    ProblemType type = ProblemType.forStatus(status);
    String detail =
        switch (status) {
          case 404 -> "No resource at this path";
          case 405 -> "This path does not accept this method";
          case 406 -> "This resource is served as application/json only";
          case 415 -> "Send the body as application/json";
          default -> type.title();
        };
    Response response = ProblemResponses.respond(uri, type, status, detail);
    if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
      return ProblemResponses.withHeader(
          response, HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
    }
    return response;
  }

  @ServerExceptionMapper
  public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
    return ProblemResponses.stale(uri);
  }

  @ServerExceptionMapper
  public Response anyOther(Throwable e, UriInfo uri) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ProblemException p) {
        return problem(p, uri);
      }
      if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
        return ProblemResponses.stale(uri);
      }
      if (t instanceof PessimisticLockException) {
        return ProblemResponses.respond(
            uri,
            ProblemType.CONFLICT,
            409,
            "The record is busy; try again",
            List.of(),
            List.of("busy"),
            null);
      }
      if (t instanceof org.hibernate.exception.JDBCConnectionException
          || t instanceof java.sql.SQLTransientConnectionException
          || t instanceof java.sql.SQLException sql && databaseAway(sql)) {
        // The database is away (restarting, failing over): nothing was done; the client retries.
        return ProblemResponses.unavailable(
            uri, "The database is unavailable; nothing was recorded. Try again shortly");
      }
      if (t instanceof java.sql.SQLException sql && databaseFull(sql)) {
        // The database refuses more connections (all its slots are taken): a passing overload,
        // not a fault of this request. Nothing was done; the client retries.
        return ProblemResponses.unavailable(
            uri, "The database is busy and refused the connection; nothing was recorded. Retry");
      }
      if (t instanceof jakarta.transaction.RollbackException && t.getCause() == null) {
        // The commit itself failed (the connection broke as it was sent): the database did not
        // confirm the change. The client retries with the same Idempotency-Key, which records it
        // at most once whichever way the commit went.
        return ProblemResponses.unavailable(
            uri, "The database did not confirm the change; retry with the same Idempotency-Key");
      }
      if (t instanceof org.hibernate.exception.DataException) {
        // A value the database cannot store (the last line of defence behind validation).
        String reason = "a value cannot be stored as given";
        return ProblemResponses.respond(
            uri, ProblemType.VALIDATION, 400, reason, List.of(), List.of(reason), null);
      }
      if (t instanceof org.hibernate.exception.ConstraintViolationException cve) {
        // Pre-checks in the services give the precise reason; this is the last line of defence.
        String reason = "conflicts with an existing record (" + cve.getConstraintName() + ")";
        return ProblemResponses.respond(
            uri, ProblemType.CONFLICT, 409, reason, List.of(), List.of(reason), null);
      }
    }
    return ProblemResponses.internal(e, uri);
  }

  /**
   * The database is away rather than refusing this request: no connection from the pool, a
   * connection lost (SQLSTATE class 08), or the server shutting down, crashing or starting up
   * (57P01, 57P02, 57P03).
   */
  private static boolean databaseAway(java.sql.SQLException e) {
    String state = e.getSQLState();
    return (e.getMessage() != null && e.getMessage().contains("Acquisition timeout"))
        || (state != null && (state.startsWith("08") || state.matches("57P0[123]")));
  }

  /**
   * The database refuses a new connection because it has no slot for it: too many clients (53300),
   * a configured limit such as a role's connection limit (53400), or not accepting connections yet
   * (57P03, also a server starting up, matched by {@link #databaseAway}).
   */
  static boolean databaseFull(java.sql.SQLException e) {
    String state = e.getSQLState();
    return "53300".equals(state) || "53400".equals(state) || "57P03".equals(state);
  }
}
