package org.puente.openapi;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The committed documents are what the services' builds produce, so every API change shows in
 * review. With {@code -Dopenapi.update=true} the built documents are copied over the committed
 * ones.
 */
class DocumentsMatchBuildTest {

  private static final int CONTEXT = 3;

  @ParameterizedTest
  @EnumSource(Documents.class)
  void theCommittedDocumentIsWhatTheServiceBuilds(Documents document) throws IOException {
    Path built = document.built();
    Path committed = document.committed();
    if (!Files.isRegularFile(built)) {
      fail(
          "No built document "
              + built
              + ": build the services first ("
              + Documents.BUILD_SERVICES
              + "), then run this module again.");
    }
    if (Boolean.getBoolean("openapi.update")) {
      Files.copy(built, committed, StandardCopyOption.REPLACE_EXISTING);
      System.out.println("openapi: updated " + committed + " from " + built);
      return;
    }
    if (!Files.isRegularFile(committed)) {
      fail("No committed document " + committed + ": create it with " + Documents.UPDATE);
    }
    List<String> want = Files.readAllLines(built);
    List<String> have = Files.readAllLines(committed);
    int line = firstDifference(want, have);
    if (line >= 0) {
      fail(
          "openapi/"
              + document.name
              + ".yaml differs from the build of "
              + document.service
              + " ("
              + built
              + ") from line "
              + (line + 1)
              + ".\n--- committed openapi/"
              + document.name
              + ".yaml\n"
              + excerpt(have, line)
              + "+++ built "
              + document.service
              + "/target/openapi/openapi.yaml\n"
              + excerpt(want, line)
              + "If the API change is meant, update the committed documents (after building the"
              + " services) and commit them: "
              + Documents.UPDATE);
    }
  }

  private static int firstDifference(List<String> a, List<String> b) {
    int n = Math.min(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      if (!a.get(i).equals(b.get(i))) {
        return i;
      }
    }
    return a.size() == b.size() ? -1 : n;
  }

  private static String excerpt(List<String> lines, int from) {
    StringBuilder out = new StringBuilder();
    int end = Math.min(lines.size(), from + CONTEXT);
    for (int i = from; i < end; i++) {
      out.append(String.format("%5d: %s%n", i + 1, lines.get(i)));
    }
    if (from >= lines.size()) {
      out.append("       (end of file)\n");
    }
    return out.toString();
  }
}
