package org.puente.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;

/**
 * A valid request body for an operation, made from its OpenAPI schema: the schema's example where
 * it gives one, a value that fits its pattern, format, enum and bounds otherwise, and for fields
 * naming another record ({@code caseId}, {@code budgetLineId}, ...) the id of a record the test
 * created. Required fields only, so nothing optional changes what is tested.
 */
final class SampleBodies {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("America/Panama"));

  private final Function<String, Long> ids;

  /** {@code ids} gives the id for a field such as "caseId", or null if there is none. */
  SampleBodies(Function<String, Long> ids) {
    this.ids = ids;
  }

  JsonNode body(ApiOperations.Operation op) {
    return value(op, op.requestSchema(), "body", 0);
  }

  JsonNode value(ApiOperations.Operation op, JsonNode schema, String name, int depth) {
    schema = op.resolve(schema);
    if (schema == null || depth > 8) {
      return F.nullNode();
    }
    if (schema.has("allOf")) {
      return value(op, schema.get("allOf").get(0), name, depth + 1);
    }
    Long id = ids.apply(name);
    if (id != null && !schema.has("properties")) {
      // A reference to another record: the one the test made, whatever the schema's example.
      return schema.path("type").asText().equals("string")
          ? F.textNode(String.valueOf(id))
          : F.numberNode(id);
    }
    boolean temporal = schema.path("format").asText("").startsWith("date");
    if (!temporal && schema.has("examples") && schema.get("examples").size() > 0) {
      return schema.get("examples").get(0);
    }
    if (!temporal && schema.has("example")) {
      return schema.get("example");
    }
    if (schema.has("enum")) {
      return schema.get("enum").get(0);
    }
    String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
    switch (type) {
      case "object" -> {
        ObjectNode object = F.objectNode();
        if (name.equals("amount")
            || name.endsWith("Estimate")
            || name.equals("cost")
            || isMoney(schema)) {
          object.put("amount", "100.00");
          object.put("currency", "USD");
          return object;
        }
        JsonNode required = schema.path("required");
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields();
            it.hasNext(); ) {
          Map.Entry<String, JsonNode> p = it.next();
          if (contains(required, p.getKey())) {
            object.set(p.getKey(), value(op, p.getValue(), p.getKey(), depth + 1));
          }
        }
        return object;
      }
      case "array" -> {
        ArrayNode array = F.arrayNode();
        int min = Math.max(1, schema.path("minItems").asInt(1));
        for (int i = 0; i < min; i++) {
          array.add(value(op, schema.path("items"), singular(name), depth + 1));
        }
        return array;
      }
      case "integer", "number" -> {
        if (id != null) {
          return F.numberNode(id);
        }
        long min = schema.has("minimum") ? schema.get("minimum").asLong() : 1;
        long max = schema.has("maximum") ? schema.get("maximum").asLong() : Math.max(min, 10);
        return F.numberNode(Math.min(Math.max(min, 1), max));
      }
      case "boolean" -> {
        return F.booleanNode(false);
      }
      default -> {
        if (id != null) {
          return F.textNode(String.valueOf(id));
        }
        return F.textNode(string(schema, name));
      }
    }
  }

  /** A valid value for a query parameter: a record's id, a date, or what its schema allows. */
  String parameter(ApiOperations.Operation op, JsonNode parameter) {
    String name = parameter.path("name").asText();
    Long id = ids.apply(name);
    if (id != null) {
      return String.valueOf(id);
    }
    if (name.matches("from|.*After")) {
      return TODAY.minusYears(1).toString();
    }
    if (name.matches("to|on|.*Before")) {
      return TODAY.toString();
    }
    return switch (name) {
      case "competency" -> "PROTECTION_SCREENING";
      case "groupBy" -> "month";
      default -> {
        JsonNode schema = op.resolve(parameter.path("schema"));
        JsonNode v = value(op, schema, name, 0);
        yield v.isTextual() ? v.asText() : v.toString();
      }
    };
  }

  private static boolean isMoney(JsonNode schema) {
    JsonNode props = schema.path("properties");
    return props.has("amount") && props.has("currency") && props.size() == 2;
  }

  static String string(JsonNode schema, String name) {
    String format = schema.path("format").asText("");
    switch (format) {
      case "date":
        return name.toLowerCase().contains("end")
                || name.toLowerCase().contains("expires")
                || name.toLowerCase().contains("deadline")
                || name.toLowerCase().contains("due")
            ? TODAY.plusDays(30).toString()
            : TODAY.minusDays(1).toString();
      case "date-time":
        return name.matches("(?i).*(occurred|assessed|issued|notified|encountered|decided).*")
            ? Instant.now().minus(1, ChronoUnit.HOURS).toString()
            : Instant.now().plus(5, ChronoUnit.DAYS).toString();
      default:
        break;
    }
    if (schema.has("pattern")) {
      return Regexes.sample(schema.get("pattern").asText());
    }
    int min = schema.path("minLength").asInt(1);
    String text = "Sample " + name;
    return text.length() >= min ? text : text + "x".repeat(min - text.length());
  }

  private static boolean contains(JsonNode array, String value) {
    for (JsonNode n : array) {
      if (n.asText().equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static String singular(String name) {
    return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
  }
}
