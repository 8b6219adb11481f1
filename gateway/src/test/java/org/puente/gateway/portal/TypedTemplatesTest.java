package org.puente.gateway.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Expression;
import io.quarkus.qute.Template;
import io.quarkus.qute.UserTagSectionHelper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every expression of every portal template starts from data the template declares by type ({@code
 * {@type name}}), from the words ({@code {msg:...}}), or from a literal: so the build checks each
 * one against its type, and a property that does not exist (on the user, the formats, a chart)
 * fails the build. A name used but not declared would escape that check; this test fails instead.
 */
class TypedTemplatesTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");

  private static final Engine ENGINE =
      Engine.builder()
          .addDefaults()
          .addSectionHelper(new UserTagSectionHelper.Factory("csrf", "tags/csrf.html"))
          .addSectionHelper(
              new UserTagSectionHelper.Factory("unavailable", "tags/unavailable.html"))
          .addSectionHelper(new UserTagSectionHelper.Factory("chart", "tags/chart.html"))
          .addSectionHelper(new UserTagSectionHelper.Factory("formid", "tags/formid.html"))
          .addSectionHelper(new UserTagSectionHelper.Factory("fielderror", "tags/fielderror.html"))
          .addLocator(id -> Optional.empty())
          .build();

  @Test
  void everyExpressionOfEveryTemplateIsTyped() throws IOException {
    Set<String> untyped = new TreeSet<>();
    List<Path> files = templates();
    assertTrue(files.size() >= 15, "the pages, the layout and the tags: " + files);
    for (Path file : files) {
      untyped.addAll(untyped(Files.readString(file), TEMPLATES.relativize(file).toString()));
    }
    assertEquals(Set.of(), untyped);
  }

  /** The portal's message bundles by namespace: each kept small (see {@link FormMessages}). */
  static final Map<String, Class<?>> BUNDLES =
      Map.of(
          PortalMessages.NAMESPACE, PortalMessages.class,
          AccountabilityMessages.NAMESPACE, AccountabilityMessages.class,
          FormMessages.NAMESPACE, FormMessages.class,
          FundingMessages.NAMESPACE, FundingMessages.class,
          CaseFormMessages.NAMESPACE, CaseFormMessages.class,
          QueueMessages.NAMESPACE, QueueMessages.class,
          TrainingMessages.NAMESPACE, TrainingMessages.class);

  @Test
  void everyWordATemplateNamesIsInTheBundle() throws IOException {
    Set<String> words = new TreeSet<>();
    BUNDLES.forEach(
        (namespace, bundle) -> {
          for (java.lang.reflect.Method m : bundle.getMethods()) {
            words.add(namespace + ":" + m.getName());
          }
        });
    Set<String> missing = new TreeSet<>();
    for (Path file : templates()) {
      Template template = ENGINE.parse(Files.readString(file), null, file.toString());
      for (Expression e : template.getExpressions()) {
        if (e.hasNamespace()
            && BUNDLES.containsKey(e.getNamespace())
            && !words.contains(e.getNamespace() + ":" + e.getParts().get(0).getName())) {
          missing.add(TEMPLATES.relativize(file) + ": " + e.toOriginalString());
        }
      }
    }
    assertEquals(Set.of(), missing);
  }

  @Test
  void aNameThePageDoesNotDeclareIsFound() {
    String page =
        "{@org.puente.gateway.portal.Fmt fmt}\n{fmt.zone} {msg:nav_cases} {notDeclared.name}";
    assertEquals(Set.of("page.html: notDeclared.name"), untyped(page, "page.html"));
  }

  private static Set<String> untyped(String text, String name) {
    Template template = ENGINE.parse(text, null, name);
    Set<String> untyped = new TreeSet<>();
    for (Expression e : template.getExpressions()) {
      if (!e.isLiteral() && !e.hasNamespace() && !e.hasTypeInfo()) {
        untyped.add(name + ": " + e.toOriginalString());
      }
    }
    return untyped;
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> paths = Files.walk(TEMPLATES)) {
      return paths.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }
}
