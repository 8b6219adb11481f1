package org.puente.gateway.portal;

import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;

/**
 * A refused or failed call shown as a page with the service's own status and words: 403 for what
 * the user may not do, 404 for what does not exist for them, 409 with every reason a rule gave, 412
 * when someone else changed the record first, 429 when the user sent too many requests, 503 when a
 * service is away. A form refused for what was typed in it (400, 409, 422) is instead drawn again
 * on its own page, filled in as sent ({@link FormState}).
 */
public class PortalErrors {

  /** Refusals of what was typed: the form is drawn again, filled in, rather than a bare page. */
  private static final Set<Integer> REFILLED = Set.of(400, 409, 422);

  @Inject Views views;
  @Inject HttpServerRequest request;
  @Inject FormState formState;
  @Inject @Any Instance<FormPages> formPages;

  @ServerExceptionMapper
  public Response backend(BackendProblem problem) {
    if (REFILLED.contains(problem.status())) {
      Optional<Response> again = refill(problem);
      if (again.isPresent()) {
        return again.get();
      }
    }
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

  /**
   * A form refused for what was typed in it (a field the service would not take, a rule's reasons):
   * its page drawn again, with the problem at the top, each field's error beside it and every value
   * as it was sent, under the refusal's status. Empty when the request is not such a form, or its
   * page cannot be drawn (then the problem page, as for any refusal).
   */
  private Optional<Response> refill(BackendProblem problem) {
    if (!"POST".equals(request.method().name())) {
      return Optional.empty();
    }
    // The form as Quarkus REST read it for the handler's @FormParams: a body is read only once.
    ResteasyReactiveRequestContext context = CurrentRequestManager.get();
    FormData form = context == null ? null : context.getFormData();
    if (form == null || !form.contains(FormState.FORM) || !form.contains(FormState.PAGE)) {
      return Optional.empty();
    }
    String page = form.getFirst(FormState.PAGE).getValue();
    if (!page.startsWith("/") || page.startsWith("//")) {
      return Optional.empty();
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String name : form) {
      if (name.startsWith("_") || name.equals("key") || name.equals("version")) {
        continue; // drawn afresh by the page: a new key, the record's current version
      }
      List<String> sent = new ArrayList<>();
      form.get(name).forEach(v -> sent.add(v.getValue()));
      values.put(name, sent);
    }
    formState.refuse(form.getFirst(FormState.FORM).getValue(), page, values, problem);
    for (FormPages pages : formPages) {
      Optional<Response> drawn;
      try {
        drawn = pages.page(page);
      } catch (BackendProblem | ForbiddenException e) {
        return Optional.empty(); // the page itself cannot be read now: the refusal's own page
      }
      if (drawn.isPresent()) {
        return Optional.of(
            Response.fromResponse(drawn.get())
                .status(problem.status())
                .header("Cache-Control", "no-store")
                .build());
      }
    }
    return Optional.empty();
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
