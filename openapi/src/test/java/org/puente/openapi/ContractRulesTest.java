package org.puente.openapi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules the committed documents keep so that clients generate cleanly: no inline models, no
 * untyped answers, no names that clash with language types or across the documents. Each test lists
 * every violation it finds, as {@code document: METHOD path: what}.
 */
class ContractRulesTest {

  /** Names that clash with language types or say nothing; qualify them (IncidentCategory). */
  static final Set<String> FORBIDDEN_NAMES =
      Set.of(
          "File",
          "Record",
          "Object",
          "LocalDate",
          "LocalDateTime",
          "Instant",
          "OffsetDateTime",
          "Date",
          "Entry",
          "From",
          "Raise",
          "View",
          "Category",
          "Funding",
          "Map",
          "List",
          "Error",
          "Type",
          "Request",
          "Status",
          "Kind");

  private static final Pattern TRAILING_DIGITS = Pattern.compile(".*\\d$");
  private static final String SCHEMA_REF = "#/components/schemas/";

  private static final Map<Documents, OpenAPI> DOCUMENTS = new EnumMap<>(Documents.class);

  @BeforeAll
  static void parse() {
    for (Documents d : Documents.values()) {
      DOCUMENTS.put(d, d.parse());
    }
  }

  @Test
  void documentsAreOpenApi30() {
    List<String> violations = new ArrayList<>();
    DOCUMENTS.forEach(
        (d, api) -> {
          if (api.getOpenapi() == null || !api.getOpenapi().startsWith("3.0.")) {
            violations.add(
                d.name
                    + ": openapi "
                    + api.getOpenapi()
                    + ", want 3.0.x (generators: 3.1 is beta)");
          }
        });
    assertNone("OpenAPI version", violations);
  }

  @Test
  void everyOperationHasAnOperationIdUniqueAcrossTheDocuments() {
    List<String> violations = new ArrayList<>();
    Map<String, String> seen = new TreeMap<>();
    operations(
        (where, op) -> {
          String id = op.getOperationId();
          if (id == null || id.isBlank()) {
            violations.add(where + ": no operationId (@Operation(operationId = ...))");
          } else if (seen.containsKey(id)) {
            violations.add(where + ": operationId " + id + " also used by " + seen.get(id));
          } else {
            seen.put(id, where);
          }
        });
    assertNone("operationIds", violations);
  }

  @Test
  void everySuccessResponseWithABodyNamesItsType() {
    List<String> violations = new ArrayList<>();
    responses(
        (where, code, response) -> {
          if (!code.startsWith("2") || code.equals("204")) {
            return;
          }
          Content content = response.getContent();
          if (content == null || content.isEmpty()) {
            violations.add(where + " " + code + ": no content (document the body)");
            return;
          }
          content.forEach(
              (mediaType, media) -> {
                if (isEmpty(media.getSchema())) {
                  violations.add(
                      where
                          + " "
                          + code
                          + " "
                          + mediaType
                          + ": empty schema (clients get Object/any; return a concrete type)");
                }
              });
        });
    assertNone("typed success responses", violations);
  }

  @Test
  void everyCreatedResponseReturnsItsResourceAsJson() {
    List<String> violations = new ArrayList<>();
    responses(
        (where, code, response) -> {
          if (!code.equals("201")) {
            return;
          }
          MediaType json =
              response.getContent() == null ? null : response.getContent().get("application/json");
          if (json == null || json.getSchema() == null || json.getSchema().get$ref() == null) {
            violations.add(
                where
                    + " 201: no application/json body with a $ref (@APIResponse(responseCode ="
                    + " \"201\", content = @Content(schema = @Schema(implementation = X.class))))");
          }
        });
    assertNone("201 bodies", violations);
  }

  @Test
  void bodiesAndPropertiesUseNamedSchemas() {
    List<String> violations = new ArrayList<>();
    operations(
        (where, op) -> {
          if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
            op.getRequestBody()
                .getContent()
                .forEach(
                    (type, media) ->
                        inline(media.getSchema())
                            .ifPresent(
                                why -> violations.add(where + " request " + type + ": " + why)));
          }
        });
    responses(
        (where, code, response) -> {
          if (response.getContent() != null) {
            response
                .getContent()
                .forEach(
                    (type, media) ->
                        inline(media.getSchema())
                            .ifPresent(
                                why ->
                                    violations.add(where + " " + code + " " + type + ": " + why)));
          }
        });
    DOCUMENTS.forEach(
        (d, api) ->
            schemas(api)
                .forEach(
                    (name, schema) -> {
                      Map<String, Schema> properties =
                          schema.getProperties() == null ? Map.of() : schema.getProperties();
                      properties.forEach(
                          (property, value) ->
                              inline(value)
                                  .ifPresent(
                                      why ->
                                          violations.add(
                                              d.name
                                                  + ": schema "
                                                  + name
                                                  + "."
                                                  + property
                                                  + ": "
                                                  + why)));
                    }));
    assertNone("named schemas (no inline objects)", violations);
  }

  @Test
  void schemaNamesAreMeaningful() {
    List<String> violations = new ArrayList<>();
    DOCUMENTS.forEach(
        (d, api) ->
            schemas(api)
                .keySet()
                .forEach(
                    name -> {
                      if (TRAILING_DIGITS.matcher(name).matches()) {
                        violations.add(
                            d.name
                                + ": schema "
                                + name
                                + " ends in digits (two types share a simple name; rename one)");
                      }
                      if (FORBIDDEN_NAMES.contains(name)) {
                        violations.add(
                            d.name
                                + ": schema "
                                + name
                                + " clashes with a language type or says nothing; qualify it");
                      }
                    }));
    assertNone("schema names", violations);
  }

  @Test
  void aSchemaSharedByDocumentsIsTheSameInEach() {
    List<String> violations = new ArrayList<>();
    Map<String, Map<Documents, JsonNode>> byName = new TreeMap<>();
    DOCUMENTS.forEach(
        (d, api) ->
            schemas(api)
                .forEach(
                    (name, schema) ->
                        byName
                            .computeIfAbsent(name, n -> new EnumMap<>(Documents.class))
                            .put(d, Json.mapper().valueToTree(schema))));
    byName.forEach(
        (name, definitions) -> {
          if (definitions.size() > 1 && definitions.values().stream().distinct().count() > 1) {
            violations.add(
                "schema "
                    + name
                    + " differs between "
                    + definitions.keySet().stream().map(d -> d.name).toList()
                    + " (one name, two types: qualify one, e.g. BudgetCategory)");
          }
        });
    assertNone("schemas shared between documents", violations);
  }

  @Test
  void parametersAndHeadersHaveSchemas() {
    List<String> violations = new ArrayList<>();
    operations(
        (where, op) -> {
          if (op.getParameters() != null) {
            op.getParameters()
                .forEach(
                    p -> {
                      if (p.get$ref() == null && p.getSchema() == null && p.getContent() == null) {
                        violations.add(where + ": parameter " + p.getName() + " has no schema");
                      }
                    });
          }
        });
    responses(
        (where, code, response) -> {
          if (response.getHeaders() != null) {
            response
                .getHeaders()
                .forEach(
                    (name, header) -> {
                      if (header.get$ref() == null
                          && header.getSchema() == null
                          && header.getContent() == null) {
                        violations.add(where + " " + code + ": header " + name + " has no schema");
                      }
                    });
          }
        });
    assertNone("parameters and headers have schemas", violations);
  }

  @Test
  void keywordsFitTheirSchemasType() {
    List<String> violations = new ArrayList<>();
    DOCUMENTS.forEach(
        (d, api) ->
            schemas(api)
                .forEach((name, schema) -> keywords(d.name + ": " + name, schema, violations)));
    assertNone("keywords fit their schema's type", violations);
  }

  private static void keywords(String where, Schema<?> schema, List<String> violations) {
    if (schema == null) {
      return;
    }
    if ("string".equals(schema.getType())
        && (schema.getMinimum() != null || schema.getMaximum() != null)) {
      violations.add(
          where + ": numeric minimum/maximum on a string (use a pattern; see @NotNegative)");
    }
    if (schema.getProperties() != null) {
      schema
          .getProperties()
          .forEach((property, value) -> keywords(where + "." + property, value, violations));
    }
    if (schema.getItems() != null) {
      keywords(where + "[]", schema.getItems(), violations);
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** Why a body or property schema is an inline model, if it is one. */
  private static java.util.Optional<String> inline(Schema<?> schema) {
    if (schema == null || schema.get$ref() != null) {
      return java.util.Optional.empty();
    }
    if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
      return java.util.Optional.of("inline object (make it a named record)");
    }
    if (schema.getAdditionalProperties() instanceof Schema<?> values
        && values.get$ref() == null
        && values.getProperties() != null) {
      return java.util.Optional.of("inline object in a map (make it a named record)");
    }
    if (schema.getItems() != null) {
      return inline(schema.getItems()).map(why -> "array of " + why);
    }
    for (List<Schema> composed :
        java.util.Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
      if (composed != null) {
        for (Schema<?> part : composed) {
          java.util.Optional<String> why = inline(part);
          if (why.isPresent()) {
            return why;
          }
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** A schema that says nothing about the body: absent, {@code {}}, or an array of those. */
  private static boolean isEmpty(Schema<?> schema) {
    if (schema == null) {
      return true;
    }
    if (schema.get$ref() != null) {
      return false;
    }
    if (schema.getItems() != null) {
      return isEmpty(schema.getItems());
    }
    boolean composed =
        (schema.getAllOf() != null && !schema.getAllOf().isEmpty())
            || (schema.getOneOf() != null && !schema.getOneOf().isEmpty())
            || (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty());
    if (composed) {
      return false;
    }
    String type = schema.getType();
    if (type == null || "array".equals(type)) {
      return true;
    }
    return "object".equals(type)
        && (schema.getProperties() == null || schema.getProperties().isEmpty())
        && !(schema.getAdditionalProperties() instanceof Schema);
  }

  @SuppressWarnings("rawtypes")
  private static Map<String, Schema> schemas(OpenAPI api) {
    if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
      return Map.of();
    }
    return api.getComponents().getSchemas();
  }

  private static void operations(BiConsumer<String, Operation> each) {
    DOCUMENTS.forEach(
        (d, api) -> {
          if (api.getPaths() == null) {
            return;
          }
          api.getPaths()
              .forEach(
                  (path, item) -> {
                    Map<PathItem.HttpMethod, Operation> ops =
                        new LinkedHashMap<>(item.readOperationsMap());
                    ops.forEach(
                        (method, op) -> each.accept(d.name + ": " + method + " " + path, op));
                  });
        });
  }

  private interface ResponseVisitor {
    void visit(String where, String code, ApiResponse response);
  }

  private static void responses(ResponseVisitor each) {
    operations(
        (where, op) -> {
          if (op.getResponses() != null) {
            op.getResponses().forEach((code, response) -> each.visit(where, code, response));
          }
        });
  }

  private static void assertNone(String rule, List<String> violations) {
    assertTrue(
        violations.isEmpty(),
        () ->
            violations.size()
                + " violation(s) of the contract rule \""
                + rule
                + "\" in openapi/*.yaml (fix the API types, rebuild the services, then "
                + Documents.UPDATE
                + "):\n  "
                + String.join("\n  ", violations)
                + "\n");
  }
}
