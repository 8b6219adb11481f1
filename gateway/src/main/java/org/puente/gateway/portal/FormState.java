package org.puente.gateway.portal;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.puente.common.problem.Problem;

/**
 * What a refused form sent, so that its page is drawn again with every value the user typed and the
 * service's word beside each field it refused ({@code inject:formState} in the templates). Forms
 * name themselves with {@code {#formid name='...' /}}: only the refused form is filled in, not
 * another form of the same page with a field of the same name. A request whose form was not refused
 * fills in nothing, and the templates' defaults stand.
 */
@RequestScoped
@Named("formState")
public class FormState {

  /** The hidden fields {@code {#formid}} adds: which form it is, and the page it sits on. */
  static final String FORM = "_form";

  static final String PAGE = "_page";

  private final HttpServerRequest request;
  private String form;
  private String page;
  private Map<String, List<String>> values = Map.of();
  private Map<String, String> errors = Map.of();
  private int status;
  private String title;
  private String detail;
  private List<String> reasons = List.of();

  FormState(HttpServerRequest request) {
    this.request = request;
  }

  /**
   * Records a refusal of the form: what it sent, and the service's problem (each field error kept
   * under the form field it names: "cost.amount" and "rights[2]" are the fields "cost" and
   * "rights").
   */
  void refuse(String form, String page, Map<String, List<String>> values, BackendProblem refusal) {
    this.form = form;
    this.page = page;
    this.values = values;
    this.status = refusal.status();
    this.title = refusal.title();
    this.detail = refusal.detail();
    this.reasons = refusal.reasons();
    Map<String, String> byField = new LinkedHashMap<>();
    for (Problem.FieldError error : refusal.fieldErrors()) {
      if (error.field() != null) {
        byField.merge(fieldOf(error.field()), error.message(), (a, b) -> a + "; " + b);
      }
    }
    this.errors = byField;
  }

  /** The form field an API field path names: its first segment. */
  static String fieldOf(String path) {
    int end = path.length();
    for (char c : new char[] {'.', '['}) {
      int at = path.indexOf(c);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return path.substring(0, end);
  }

  /** The page the form sits on: where a refusal draws it again. */
  public String page() {
    if (page != null) {
      return page;
    }
    return request == null ? "/" : request.path();
  }

  /** Whether this request is the refusal of the named form. */
  public boolean refused(String form) {
    return form.equals(this.form);
  }

  /** Whether some form of the page was refused (the page then says why at its top). */
  public boolean anyRefused() {
    return form != null;
  }

  /** What the refused form sent in the field, else nothing. */
  public String value(String form, String field) {
    return value(form, field, null);
  }

  /** What the refused form sent in the field, else the page's default. */
  public String value(String form, String field, Object fallback) {
    if (refused(form)) {
      List<String> sent = values.get(field);
      return sent == null || sent.isEmpty() ? "" : sent.get(0);
    }
    return fallback == null ? "" : fallback.toString();
  }

  /** Whether the refused form chose this value in the field (a select, a checkbox, a radio). */
  public boolean chosen(String form, String field, Object value) {
    return refused(form)
        && values.getOrDefault(field, List.of()).contains(Objects.toString(value, ""));
  }

  /** The service's word on the field of the refused form, else null. */
  public String error(String form, String field) {
    return refused(form) ? errors.get(field) : null;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return detail;
  }

  public List<String> reasons() {
    return new ArrayList<>(reasons);
  }
}
