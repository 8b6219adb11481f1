package org.puente.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.puente.common.problem.Problem;

/**
 * Documents the problem responses that follow from our conventions, so each operation lists them
 * without repeating annotations: every operation may answer 400, 401, 403 and 500; one with a path
 * parameter 404; one with a body 413 and 415; one with {@code If-Match} 412 and 428; one with
 * {@code Idempotency-Key} 422. Domain conflicts (409) are declared on the methods themselves.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

  private static final String PROBLEM_REF = "#/components/schemas/Problem";
  private static final String FIELD_ERROR_REF = "#/components/schemas/FieldError";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    openAPI.getComponents().addSchema("Problem", problemSchema());
    openAPI.getComponents().addSchema("FieldError", fieldErrorSchema());
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .values()
        .forEach(item -> item.getOperations().values().forEach(this::document));
  }

  private void document(Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    Map<String, String> add = new TreeMap<>();
    add.put("400", "The request is not valid (fields listed in `errors`)");
    add.put("401", "No valid bearer access token");
    add.put("403", "The caller's role or agency does not allow this");
    add.put("500", "Unexpected error; quote the request id");
    if (operation.getParameters() != null) {
      for (Parameter p : operation.getParameters()) {
        if (p.getIn() == Parameter.In.PATH) {
          add.put("404", "Not found, or not visible to the caller's agency");
        }
        if (p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName())) {
          add.put("412", "The resource changed since it was read (stale If-Match)");
          add.put("428", "If-Match is required");
        }
        if (p.getIn() == Parameter.In.HEADER && "Idempotency-Key".equalsIgnoreCase(p.getName())) {
          add.put("422", "The Idempotency-Key was used with another request");
        }
      }
    }
    if (operation.getRequestBody() != null) {
      add.put("413", "The body is too large");
      add.put("415", "The body is not application/json");
    }
    add.forEach(
        (code, description) -> {
          APIResponse existing = responses.getAPIResponse(code);
          if (existing == null) {
            responses.addAPIResponse(code, problem(description));
          } else if (existing.getContent() == null) {
            existing.setContent(problem(existing.getDescription()).getContent());
          }
        });
    responses
        .getAPIResponses()
        .forEach(
            (code, response) -> {
              if ((code.startsWith("4") || code.startsWith("5")) && response.getContent() == null) {
                response.setContent(problem(response.getDescription()).getContent());
              }
            });
  }

  private static APIResponse problem(String description) {
    return OASFactory.createAPIResponse()
        .description(description)
        .content(
            OASFactory.createContent()
                .addMediaType(
                    Problem.MEDIA_TYPE,
                    OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM_REF))));
  }

  /** A component of its own: generated clients name it, rather than an inline object. */
  private static Schema fieldErrorSchema() {
    Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    return OASFactory.createSchema()
        .description("One failing field: a JSON path such as `capacity` or `cost.amount`")
        .addType(Schema.SchemaType.OBJECT)
        .addProperty("field", string)
        .addProperty("message", string)
        .addRequired("field")
        .addRequired("message");
  }

  private static Schema problemSchema() {
    Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    Schema fieldError = OASFactory.createSchema().ref(FIELD_ERROR_REF);
    return OASFactory.createSchema()
        .description("RFC 9457 problem details")
        .addType(Schema.SchemaType.OBJECT)
        .addProperty("type", string)
        .addProperty("title", string)
        .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
        .addProperty("detail", string)
        .addProperty("instance", string)
        .addProperty("requestId", string)
        .addProperty(
            "errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError))
        .addProperty(
            "reasons", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(string))
        .addRequired("type")
        .addRequired("title")
        .addRequired("status");
  }
}
