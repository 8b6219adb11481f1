package org.puente.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Checks the published contract of a service: valid OpenAPI 3, every operation under the service's
 * prefix with a unique operationId, a tag, and its problem+json error responses.
 */
public final class OpenApiContract {

  private OpenApiContract() {}

  /** Fetches {@code /q/openapi} from the service under test and checks it; returns the count. */
  public static int assertComplete(String prefix, int atLeastOperations) {
    String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
    SwaggerParseResult result = new OpenAPIParser().readContents(json, null, null);
    assertTrue(result.getMessages().isEmpty(), "valid OpenAPI 3: " + result.getMessages());
    OpenAPI api = result.getOpenAPI();
    assertTrue(api.getOpenapi().startsWith("3."));
    assertNotNull(api.getComponents().getSchemas().get("Problem"));
    Set<String> ids = new HashSet<>();
    int operations = 0;
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      assertTrue(path.getKey().startsWith(prefix), path.getKey());
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().readOperationsMap().entrySet()) {
        Operation op = entry.getValue();
        String where = entry.getKey() + " " + path.getKey();
        operations++;
        assertNotNull(op.getOperationId(), where + " has an operationId");
        assertTrue(ids.add(op.getOperationId()), where + " has a unique operationId");
        assertNotNull(op.getTags(), where + " is tagged");
        for (String code : new String[] {"400", "401", "403"}) {
          assertTrue(op.getResponses().containsKey(code), where + " documents " + code);
        }
        op.getResponses()
            .forEach(
                (code, response) -> {
                  if (code.startsWith("4") || code.startsWith("5")) {
                    assertNotNull(response.getContent(), where + " " + code + " has a body");
                    assertTrue(
                        response.getContent().containsKey("application/problem+json"),
                        where + " " + code + " is problem+json");
                  }
                });
        if (path.getKey().contains("{")) {
          assertTrue(op.getResponses().containsKey("404"), where + " documents 404");
        }
      }
    }
    assertTrue(operations >= atLeastOperations, "found " + operations + " operations");
    return operations;
  }
}
