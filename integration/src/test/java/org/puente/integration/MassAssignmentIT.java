package org.puente.integration;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Read-only fields in a request: every field an operation's answer has and its request does not
 * take (ids, status, owning agency, balances, version, audit fields), set one at a time on an
 * otherwise valid request by someone allowed to make it. Each is refused (400, naming the field),
 * and the service's database is exactly as it was.
 */
@Order(4)
class MassAssignmentIT {

  private static final Set<String> ALWAYS =
      Set.of("id", "version", "status", "owningAgency", "createdBy", "createdAt");

  @Test
  void readOnlyFieldsAreRefusedAndChangeNothing() {
    Suite suite = Suite.shared();
    List<ApiOperations.Operation> operations = ApiOperations.of(suite);
    Fixture fixture = new Fixture(suite, operations);
    List<String> wrong = new ArrayList<>();
    int tried = 0;
    for (ApiOperations.Operation op : operations) {
      if (!op.hasBody()) {
        continue;
      }
      JsonNode request = op.resolve(op.requestSchema());
      if (!request.has("properties")) {
        continue;
      }
      String[] who = Allowed.caller(op.operationId()).orElse(null);
      if (who == null) {
        continue;
      }
      for (String field : readOnly(op, request)) {
        ObjectNode body = (ObjectNode) fixture.bodies().body(op);
        body.set(field, JsonNodeFactory.instance.textNode("1"));
        String before = DatabaseState.fingerprint(op.service());
        Response r =
            given()
                .header("Authorization", Fixture.bearer(who[0], who[1]))
                .header("If-Match", "\"0\"")
                .contentType("application/json")
                .body(body.toString())
                .request(op.method(), suite.url(fixture.concrete(op)));
        String after = DatabaseState.fingerprint(op.service());
        tried++;
        Figures.massAssignment();
        if (r.statusCode() != 400 || !r.asString().contains(field)) {
          wrong.add(op + " with " + field + ": " + r.statusCode() + " " + r.asString());
        }
        if (!before.equals(after)) {
          wrong.add(op + " with " + field + " changed the database");
        }
      }
    }
    assertTrue(tried > 50, "read-only fields tried: " + tried);
    assertEquals(List.of(), wrong);
  }

  /** What the answer has that the request does not take, plus the fields no request sets. */
  private static Set<String> readOnly(ApiOperations.Operation op, JsonNode request) {
    Set<String> fields = new LinkedHashSet<>(ALWAYS);
    JsonNode responses = op.document().path("paths");
    for (String path : List.of(op.path(), op.path().replaceFirst("^/api/v1/[a-z]+", ""))) {
      JsonNode operation = responses.path(path).path(op.method().toLowerCase());
      for (String status : List.of("200", "201")) {
        JsonNode schema =
            op.resolve(
                operation
                    .path("responses")
                    .path(status)
                    .path("content")
                    .path("application/json")
                    .path("schema"));
        if (schema != null) {
          for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields();
              it.hasNext(); ) {
            fields.add(it.next().getKey());
          }
        }
      }
    }
    request.path("properties").fieldNames().forEachRemaining(fields::remove);
    return fields;
  }
}
