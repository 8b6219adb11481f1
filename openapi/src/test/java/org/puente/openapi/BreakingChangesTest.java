package org.puente.openapi;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The changes of each committed document since the last release ({@code released/}), written to
 * {@code target/openapi-diff/<name>.md}; a breaking one fails. (openapi-diff-maven, which runs
 * after the tests, is the same gate; this one leaves the report.)
 */
class BreakingChangesTest {

  @ParameterizedTest
  @EnumSource(Documents.class)
  void noBreakingChangeSinceTheLastRelease(Documents document) throws IOException {
    ChangedOpenApi diff =
        OpenApiCompare.fromLocations(
            document.released().toString(), document.committed().toString());
    Path report = Documents.moduleDir().resolve("target/openapi-diff/" + document.name + ".md");
    Files.createDirectories(report.getParent());
    String markdown = new MarkdownRender().render(diff);
    Files.writeString(
        report, markdown.isBlank() ? "No changes since the last release.\n" : markdown);
    assertFalse(
        diff.isIncompatible(),
        () ->
            "openapi/"
                + document.name
                + ".yaml breaks the last released contract (openapi/released/"
                + document.name
                + ".yaml); the changes are in "
                + report
                + ":\n"
                + markdown);
  }
}
