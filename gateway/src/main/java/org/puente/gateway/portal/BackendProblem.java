package org.puente.gateway.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A service refused a call or could not be reached; carries its problem+json, as sent. */
public class BackendProblem extends RuntimeException {

  private final int status;
  private final transient Map<String, Object> problem;
  private final boolean away;
  private final String service;
  private final String agency;

  public BackendProblem(int status, Map<String, Object> problem) {
    this(status, problem, false, null, null);
  }

  private BackendProblem(
      int status, Map<String, Object> problem, boolean away, String service, String agency) {
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
        Map.of(
            "title",
            "Service unavailable",
            "detail",
            "The service behind " + path.split("\\?")[0] + " did not answer; try again shortly"),
        true,
        service,
        agency);
  }

  /** The deployment that owns the service answered that it cannot reach it (502, 503, 504). */
  static BackendProblem away(
      int status, Map<String, Object> problem, String service, String agency) {
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
        404, Map.of("title", "Not available here", "detail", "This deployment does not run it"));
  }

  public int status() {
    return status;
  }

  public Map<String, Object> problem() {
    return problem;
  }

  public String title() {
    Object title = problem.get("title");
    return title == null ? "HTTP " + status : title.toString();
  }

  public String detail() {
    Object detail = problem.get("detail");
    return detail == null ? "" : detail.toString();
  }

  /** Every reason a rule gave (e.g. the enforceability gate's), and each failing field. */
  public List<String> reasons() {
    List<String> reasons = new ArrayList<>();
    if (problem.get("reasons") instanceof List<?> list) {
      list.forEach(r -> reasons.add(String.valueOf(r)));
    }
    if (problem.get("errors") instanceof List<?> list) {
      for (Object e : list) {
        if (e instanceof Map<?, ?> error) {
          reasons.add(error.get("field") + ": " + error.get("message"));
        }
      }
    }
    return reasons;
  }
}
