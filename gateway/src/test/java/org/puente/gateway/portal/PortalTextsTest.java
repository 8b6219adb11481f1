package org.puente.gateway.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word the portal shows exists in both languages: the two message files have the same keys,
 * and every key a page looks up from a code is in them. Keys named as {@code {msg:key}} in a
 * template or as a method of {@link PortalMessages} are checked by the build itself.
 */
class PortalTextsTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Path SOURCES = Path.of("src/main/java/org/puente/gateway/portal");

  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertEquals(new TreeSet<>(Texts.of("en").keySet()), new TreeSet<>(Texts.of("es").keySet()));
    assertTrue(Texts.of("en").size() > 200);
  }

  @Test
  void noKeyIsInTwoFiles() {
    // The files are read into one table by key: a key in two files would show one file's words
    // where the other's are meant (a notice, a code).
    Map<String, String> fileOf = new java.util.HashMap<>();
    Set<String> twice = new TreeSet<>();
    for (String file : Texts.FILES) {
      for (String key : Texts.load("messages/" + file + "_en.properties").keySet()) {
        String first = fileOf.putIfAbsent(key, file);
        if (first != null) {
          twice.add(key + " (" + first + ", " + file + ")");
        }
      }
    }
    assertEquals(Set.of(), twice);
  }

  @Test
  void everyKeyTheTemplatesUseExists() throws IOException {
    Set<String> missing = new TreeSet<>();
    Map<String, String> en = Texts.of("en");
    for (String text : files(TEMPLATES)) {
      // Codes drawn with a fixed value, e.g. fmt.label('kind', 'CHARTER').
      find(text, "label\\('([a-zA-Z]+)', '([A-Z_]+)'\\)", key -> en.containsKey(key), missing);
    }
    assertEquals(Set.of(), missing);
  }

  @Test
  void everyNoticeAndEveryKeyThePagesNameExists() throws IOException {
    Set<String> missing = new TreeSet<>();
    Map<String, String> en = Texts.of("en");
    for (String text : files(SOURCES)) {
      Matcher done = Pattern.compile("done=([a-z_]+)|back\\(id, \"([a-z_]+)\"\\)").matcher(text);
      while (done.find()) {
        String key = "done_" + (done.group(1) != null ? done.group(1) : done.group(2));
        if (!en.containsKey(key)) {
          missing.add(key);
        }
      }
    }
    for (int status : new int[] {403, 404, 409, 412, 503}) {
      if (!en.containsKey("problem_" + status)) {
        missing.add("problem_" + status);
      }
    }
    assertEquals(Set.of(), missing);
  }

  @Test
  void everyCodeTheCasePageDrawsFromAListHasWords() {
    Set<String> missing = new TreeSet<>();
    for (String language : Texts.LANGUAGES) {
      Map<String, String> words = Texts.of(language);
      for (org.puente.removals.api.Right right : CasePages.RIGHTS) {
        check(words, language, Texts.key("right", right), missing);
      }
      for (org.puente.removals.api.AppealStatus status :
          org.puente.removals.api.AppealStatus.values()) {
        check(words, language, Texts.key("appeal", status), missing);
      }
      for (org.puente.removals.api.CaseStatus status :
          org.puente.removals.api.CaseStatus.values()) {
        check(words, language, Texts.key("status", status), missing);
      }
      check(words, language, "gate_RIGHTS_NOT_NOTIFIED", missing);
    }
    assertEquals(Set.of(), missing);
  }

  private static void check(
      Map<String, String> words, String language, String key, Set<String> missing) {
    if (!words.containsKey(key) || words.get(key).isBlank()) {
      missing.add(language + ": " + key);
    }
  }

  @Test
  void theRememberedLanguageWinsThenTheBrowsersThenEnglish() {
    assertEquals("es", Texts.choose("es", java.util.List.of(Locale("en"))));
    assertEquals("es", Texts.choose(null, java.util.List.of(Locale("fr"), Locale("es"))));
    assertEquals("en", Texts.choose("xx", java.util.List.of(Locale("fr"))));
  }

  private static java.util.Locale Locale(String tag) {
    return java.util.Locale.forLanguageTag(tag);
  }

  private static void find(
      String text, String regex, java.util.function.Predicate<String> known, Set<String> missing) {
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      String key = m.groupCount() == 2 ? Texts.key(m.group(1), m.group(2)) : m.group(1);
      if (!known.test(key)) {
        missing.add(key);
      }
    }
  }

  private static java.util.List<String> files(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths
          .filter(Files::isRegularFile)
          .map(
              p -> {
                try {
                  return Files.readString(p);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .toList();
    }
  }
}
