package org.puente.gateway.portal;

import java.util.ArrayList;
import java.util.List;
import org.puente.common.problem.Problem;

/** A service refused a call or could not be reached; carries its problem+json, as read. */
public class BackendProblem extends RuntimeException {

  private final int status;
  private final transient Problem problem;
  private final boolean away;
  private final String service;
  private final String agency;

  public BackendProblem(int status, Problem problem) {
    this(status, problem, false, null, null);
  }

  private BackendProblem(int status, Problem problem, boolean away, String service, String agency) {
    super("HTTP " + status, null, false, false);
    this.status = status;
    this.problem = problem;
    this.away = away;
    this.service = service;
    this.agency = agency;
  }

  /** The service did not answer at all (refused, or not in time). */
  static BackendProblem unavailable(String path, String service, String agency) {
    return new BackendProblem(
        503,
        problem(
            503,
            "Service unavailable",
            "The service behind " + path.split("\\?")[0] + " did not answer; try again shortly"),
        true,
        service,
        agency);
  }

  /** The deployment that owns the service answered that it cannot reach it (502, 503, 504). */
  static BackendProblem away(int status, Problem problem, String service, String agency) {
    return new BackendProblem(status, problem, true, service, agency);
  }

  /** Whether the service is away (not a refusal): the page names its agency and goes on. */
  public boolean away() {
    return away;
  }

  /** The route of the service (e.g. "funding"), when it is away. */
  public String service() {
    return service;
  }

  /** The agency that owns the service, when known. */
  public String agency() {
    return agency;
  }

  static BackendProblem notRunHere(String path) {
    return new BackendProblem(
        404, problem(404, "Not available here", "This deployment does not run it"));
  }

  /**
   * A form field the portal could not read as the API's type (a value no choice offers): refused as
   * the service refuses a field, with a 400 naming it.
   */
  static BackendProblem invalid(String field, String message) {
    return new BackendProblem(
        400,
        new Problem(
            null,
            "Invalid request",
            400,
            "The request is not valid",
            null,
            null,
            List.of(new Problem.FieldError(field, message)),
            null));
  }

  private static Problem problem(int status, String title, String detail) {
    return new Problem(null, title, status, detail, null, null, null, null);
  }

  public int status() {
    return status;
  }

  public Problem problem() {
    return problem;
  }

  public String title() {
    return problem == null || problem.title() == null ? "HTTP " + status : problem.title();
  }

  public String detail() {
    return problem == null || problem.detail() == null ? "" : problem.detail();
  }

  /** Each field the service refused, with its word on it. */
  public List<Problem.FieldError> fieldErrors() {
    return problem == null || problem.errors() == null ? List.of() : problem.errors();
  }

  /** Every reason a rule gave (e.g. the enforceability gate's), and each failing field. */
  public List<String> reasons() {
    List<String> reasons = new ArrayList<>();
    if (problem != null && problem.reasons() != null) {
      reasons.addAll(problem.reasons());
    }
    if (problem != null && problem.errors() != null) {
      problem.errors().forEach(e -> reasons.add(e.field() + ": " + e.message()));
    }
    return reasons;
  }
}
