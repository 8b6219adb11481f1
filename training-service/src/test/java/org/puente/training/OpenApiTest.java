package org.puente.training;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The published contract is valid OpenAPI 3 and documents every operation fully. */
@QuarkusTest
class OpenApiTest {

  @Test
  void everyOperationHasAnIdAndItsProblemResponses() {
    String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
    SwaggerParseResult result = new OpenAPIParser().readContents(json, null, null);
    assertTrue(result.getMessages().isEmpty(), "valid OpenAPI 3: " + result.getMessages());
    OpenAPI api = result.getOpenAPI();
    assertTrue(api.getOpenapi().startsWith("3."));
    assertNotNull(api.getComponents().getSchemas().get("Problem"));

    Set<String> ids = new HashSet<>();
    int operations = 0;
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      assertTrue(path.getKey().startsWith("/api/v1/training/"), path.getKey());
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
    assertEquals(true, operations >= 20, "found " + operations + " operations");
  }
}
