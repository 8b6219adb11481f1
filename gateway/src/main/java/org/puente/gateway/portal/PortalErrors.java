package org.puente.gateway.portal;

import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A refused or failed call shown as a page with the service's own status and words: 403 for what
 * the user may not do, 404 for what does not exist for them, 409 with every reason a rule gave, 412
 * when someone else changed the record first, 429 when the user sent too many requests, 503 when a
 * service is away.
 */
public class PortalErrors {

  @Inject Views views;
  @Inject HttpServerRequest request;

  @ServerExceptionMapper
  public Response backend(BackendProblem problem) {
    if (problem.away()) {
      // The record the page is about is another agency's, and its deployment is away: say whose,
      // in the user's language; the navigation and the other sections still work.
      return page(
          503,
          views.messages().problem_503(),
          Outages.notice(
              views.words(),
              code -> views.fmt().label("agency_short", code),
              problem.agency(),
              "away_page"),
          List.of());
    }
    if (problem.status() == 412 || problem.status() == 503) {
      // A stale form or a service away: said in the user's language, with what to do.
      return page(problem.status(), null, null, List.of());
    }
    return page(problem.status(), problem.title(), problem.detail(), problem.reasons());
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return page(403, null, null, List.of());
  }

  /**
   * Over the user's limit: a short page in their language. Not the full layout, whose forms need
   * the CSRF token, which is made only after this check has refused the request.
   */
  @ServerExceptionMapper
  public Response tooMany(PortalRateLimit.TooManyRequests e) {
    PortalMessages words = views.messages();
    String html =
        "<!DOCTYPE html><html lang=\""
            + views.language()
            + "\"><head><meta charset=\"utf-8\"><title>"
            + escape(words.problem_429())
            + "</title><link rel=\"stylesheet\" href=\"/portal/portal.css\"></head><body><main>"
            + "<h1 id=\"problem-title\">"
            + escape(words.problem_429())
            + "</h1><div class=\"problem\" role=\"alert\" id=\"problem\" data-status=\"429\"><p>"
            + escape(words.problem_429_detail())
            + "</p></div><p><a href=\""
            + backTo(request.path())
            + "\" id=\"go-back\">"
            + escape(words.go_back())
            + "</a></p></main></body></html>";
    return Response.status(429)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Cache-Control", "no-store")
        .header("Retry-After", String.valueOf(e.seconds()))
        .entity(html)
        .build();
  }

  private static String escape(String text) {
    return text == null
        ? ""
        : text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;");
  }

  private Response page(int status, String title, String detail, List<String> reasons) {
    Map<String, String> words = views.words();
    String heading =
        title != null ? title : words.getOrDefault("problem_" + status, "HTTP " + status);
    String explanation =
        detail != null && !detail.isBlank() ? detail : words.get("problem_" + status + "_detail");
    TemplateInstance page =
        views
            .page("problem", "")
            .data("status", status)
            .data("heading", heading)
            .data("detail", explanation)
            .data("reasons", reasons)
            .data("back", backTo(request.path()));
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Cache-Control", "no-store")
        .entity(page.render())
        .build();
  }

  /** The page an action came from: /portal/{section}/{id} for a form on a record, else home. */
  static String backTo(String path) {
    if (path == null) {
      return "/";
    }
    Matcher m = RECORD.matcher(path);
    if (m.lookingAt()) {
      return m.group();
    }
    Matcher s = SECTION.matcher(path);
    return s.matches() ? s.group(1) : "/";
  }

  private static final Pattern RECORD =
      Pattern.compile("/portal/(cases|operations|funding/agreements|training/sessions)/\\d+");
  private static final Pattern SECTION = Pattern.compile("(/portal/[a-z]+)(/.*)?");
}
