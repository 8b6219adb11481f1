package org.puente.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The committed documents of this module and the services whose builds write them. */
enum Documents {
  TRAINING("training", "training-service"),
  REMOVALS("removals", "deportation-service"),
  FUNDING("funding", "funding-service");

  /** Builds the services, whose builds write target/openapi/openapi.yaml. */
  static final String BUILD_SERVICES =
      "./mvnw -B -o package -DskipTests -pl training-service,deportation-service,funding-service"
          + " -am";

  /** Copies the built documents over the committed ones. */
  static final String UPDATE =
      "./mvnw -B -o test -pl openapi -Dopenapi.update=true -Dtest=DocumentsMatchBuildTest"
          + " -Dcodegen.skip=true";

  final String name;
  final String service;

  Documents(String name, String service) {
    this.name = name;
    this.service = service;
  }

  /** This module's directory (the tests run there; Maven also says it). */
  static Path moduleDir() {
    return Path.of(System.getProperty("openapi.dir", ".")).toAbsolutePath().normalize();
  }

  /** {@code openapi/<name>.yaml}. */
  Path committed() {
    return moduleDir().resolve(name + ".yaml");
  }

  /** {@code openapi/released/<name>.yaml}: the last released document. */
  Path released() {
    return moduleDir().resolve("released").resolve(name + ".yaml");
  }

  /** What the service's build wrote. */
  Path built() {
    return moduleDir().resolveSibling(service).resolve("target/openapi/openapi.yaml");
  }

  /** The generator's output for this document ({@code java} or {@code typescript}). */
  Path generated(String language) {
    Path root =
        Path.of(
            System.getProperty(
                "openapi.generated",
                moduleDir().resolve("target/generated-sources/openapi").toString()));
    return root.resolve(language).resolve(name);
  }

  /** The committed document, $refs left as they are. */
  OpenAPI parse() {
    Path file = committed();
    if (!Files.isRegularFile(file)) {
      throw new AssertionError("missing committed document " + file);
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    SwaggerParseResult result = new OpenAPIV3Parser().readLocation(file.toString(), null, options);
    List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
    if (result.getOpenAPI() == null || !messages.isEmpty()) {
      throw new AssertionError("openapi/" + name + ".yaml does not parse: " + messages);
    }
    return result.getOpenAPI();
  }
}
