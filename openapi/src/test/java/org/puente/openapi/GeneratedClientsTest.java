package org.puente.openapi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generator's output is clean: every model it wrote is a schema the document names (no inline
 * models such as {@code CreateCase201Response} or {@code ProblemErrorsInner}, no renamed ones such
 * as {@code ModelFile}), and no operation answers an untyped {@code Object} or {@code any}.
 */
class GeneratedClientsTest {

  /** Support classes the Java generator writes into the model package. */
  private static final Set<String> JAVA_SUPPORT = Set.of("AbstractOpenApiSchema");

  private static final Set<String> TYPESCRIPT_SUPPORT = Set.of("index");

  @ParameterizedTest
  @EnumSource(Documents.class)
  void theJavaClientHasOnlyTheDocumentsModels(Documents document) throws IOException {
    Path model =
        document
            .generated("java")
            .resolve("src/main/java/org/puente/client/" + document.name + "/model");
    assertModels(document, "Java", model, ".java", JAVA_SUPPORT);
  }

  @ParameterizedTest
  @EnumSource(Documents.class)
  void theTypeScriptClientHasOnlyTheDocumentsModels(Documents document) throws IOException {
    assertModels(
        document,
        "TypeScript",
        document.generated("typescript").resolve("models"),
        ".ts",
        TYPESCRIPT_SUPPORT);
  }

  @ParameterizedTest
  @EnumSource(Documents.class)
  void theJavaClientAnswersNoUntypedObject(Documents document) throws IOException {
    Path api =
        document
            .generated("java")
            .resolve("src/main/java/org/puente/client/" + document.name + "/api");
    assertNoMatch(
        document,
        api,
        Pattern.compile("public (?:ApiResponse<Object>|Object) (\\w+)\\("),
        "returns Object");
  }

  @ParameterizedTest
  @EnumSource(Documents.class)
  void theTypeScriptClientAnswersNoUntypedAny(Documents document) throws IOException {
    Path apis = document.generated("typescript").resolve("apis");
    assertNoMatch(
        document,
        apis,
        Pattern.compile("async (\\w+)\\([^)]*\\): Promise<(?:any|object)>"),
        "returns any/object");
  }

  private static void assertModels(
      Documents document, String language, Path dir, String suffix, Set<String> support)
      throws IOException {
    assertTrue(
        Files.isDirectory(dir),
        () -> "No generated " + language + " models in " + dir + ": run the module's build");
    OpenAPI api = document.parse();
    Set<String> named =
        api.getComponents() == null || api.getComponents().getSchemas() == null
            ? Set.of()
            : api.getComponents().getSchemas().keySet();
    Set<String> extra = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      files
          .map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(suffix))
          .map(f -> f.substring(0, f.length() - suffix.length()))
          .filter(m -> !support.contains(m) && !named.contains(m))
          .forEach(extra::add);
    }
    assertTrue(
        extra.isEmpty(),
        () ->
            "The "
                + language
                + " client of openapi/"
                + document.name
                + ".yaml has models the document does not name (inline schemas or renamed"
                + " clashes): "
                + extra);
  }

  private static void assertNoMatch(Documents document, Path dir, Pattern pattern, String what)
      throws IOException {
    assertTrue(Files.isDirectory(dir), () -> "No generated client in " + dir);
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        Matcher m = pattern.matcher(Files.readString(file));
        while (m.find()) {
          found.add(file.getFileName() + ": " + m.group(1) + " " + what);
        }
      }
    }
    assertTrue(
        found.isEmpty(),
        () ->
            "The client of openapi/"
                + document.name
                + ".yaml has untyped answers (document the success body):\n  "
                + String.join("\n  ", found));
  }
}
