package org.puente.gateway.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Query strings and idempotency keys for the calls the portal makes. */
final class Query {

  private Query() {}

  /** {@code a=1&b=2}, each value encoded. */
  static String of(Map<String, String> params) {
    return params.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** {@code &name=value} when there is a value, else nothing. */
  static String and(String name, String value) {
    return value == null || value.isBlank()
        ? ""
        : "&" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * The form's own key (made when the form was drawn), so a form sent twice records once; a fresh
   * one if the form had none or an unusable one.
   */
  static String key(String fromForm) {
    return fromForm != null && fromForm.matches("[A-Za-z0-9-]{8,64}")
        ? "portal-" + fromForm
        : "portal-" + UUID.randomUUID();
  }
}
