package org.puente.gateway.portal;

import io.quarkus.qute.TemplateExtension;
import java.util.List;
import java.util.Map;

/**
 * What a template may say of a service's answer read as JSON: a field that is itself an object or a
 * list, named as such ({@code s.object('funding').status}, {@code {#for m in
 * o.array('monitors')}}), so the build can check what follows. A field the answer does not have
 * fails the page, as any property not found does (strict rendering); a field sent as null is null.
 */
final class JsonData {

  private JsonData() {}

  /** A field holding an object. */
  @TemplateExtension
  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Map<String, Object> json, String name) {
    return (Map<String, Object>) field(json, name, Map.class);
  }

  /** A field holding a list of values (codes, names, numbers). */
  @TemplateExtension
  @SuppressWarnings("unchecked")
  static List<Object> array(Map<String, Object> json, String name) {
    return (List<Object>) field(json, name, List.class);
  }

  /** A field holding a list of objects. */
  @TemplateExtension
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> objects(Map<String, Object> json, String name) {
    return (List<Map<String, Object>>) field(json, name, List.class);
  }

  private static Object field(Map<String, Object> json, String name, Class<?> type) {
    if (!json.containsKey(name)) {
      throw new IllegalStateException("Property [" + name + "] not found in " + json.keySet());
    }
    Object value = json.get(name);
    if (value != null && !type.isInstance(value)) {
      throw new IllegalStateException(
          "Property [" + name + "] is not a " + type.getSimpleName() + ": " + value);
    }
    return value;
  }
}
