package org.puente.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Every operation the three services publish, read from their live OpenAPI documents. */
final class ApiOperations {

  /** One operation: where it is, what it takes. */
  record Operation(
      String service,
      String method,
      String path,
      String operationId,
      List<JsonNode> parameters,
      JsonNode requestSchema,
      JsonNode document) {

    /** The request body's schema with $refs resolved one level at a time by {@link #resolve}. */
    boolean hasBody() {
      return requestSchema != null;
    }

    /** Whether the operation declares a request header, e.g. If-Match or Idempotency-Key. */
    boolean takesHeader(String name) {
      return parameters.stream()
          .anyMatch(
              p ->
                  "header".equals(p.path("in").asText())
                      && name.equalsIgnoreCase(p.path("name").asText()));
    }

    JsonNode resolve(JsonNode schema) {
      return ApiOperations.resolve(document, schema);
    }

    @Override
    public String toString() {
      return operationId + " (" + method + " " + path + ")";
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private ApiOperations() {}

  static List<Operation> of(Suite suite) {
    List<Operation> all = new ArrayList<>();
    all.addAll(of("training", suite.training.url()));
    all.addAll(of("removals", suite.removals.url()));
    all.addAll(of("funding", suite.funding.url()));
    return all;
  }

  static JsonNode document(String baseUrl) {
    try {
      // HTTP/1.1: the JDK client would otherwise offer an h2c upgrade, which Vert.x may answer with
      // frames the client refuses on a large body (a 2 MB document here).
      HttpResponse<String> r =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .build()
              .send(
                  HttpRequest.newBuilder(URI.create(baseUrl + "/q/openapi?format=json")).build(),
                  HttpResponse.BodyHandlers.ofString());
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<Operation> of(String service, String baseUrl) {
    JsonNode doc = document(baseUrl);
    String prefix = doc.path("servers").path(0).path("url").asText("");
    List<Operation> ops = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
          methods.hasNext(); ) {
        Map.Entry<String, JsonNode> m = methods.next();
        if (m.getKey().equals("parameters")) {
          continue;
        }
        JsonNode op = m.getValue();
        List<JsonNode> parameters = new ArrayList<>();
        path.getValue().path("parameters").forEach(parameters::add);
        op.path("parameters").forEach(parameters::add);
        JsonNode body =
            op.path("requestBody").path("content").path("application/json").path("schema");
        ops.add(
            new Operation(
                service,
                m.getKey().toUpperCase(),
                prefix + path.getKey(),
                op.path("operationId").asText(),
                parameters.stream().map(p -> resolve(doc, p)).toList(),
                body.isMissingNode() ? null : body,
                doc));
      }
    }
    return ops;
  }

  static JsonNode resolve(JsonNode doc, JsonNode node) {
    while (node != null && node.has("$ref")) {
      String[] parts = node.get("$ref").asText().substring(2).split("/");
      JsonNode target = doc;
      for (String part : parts) {
        target = target.path(part);
      }
      node = target;
    }
    return node;
  }
}
