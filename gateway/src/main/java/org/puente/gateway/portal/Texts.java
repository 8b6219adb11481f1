package org.puente.gateway.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The portal's words in each language it speaks, from {@code portal/messages_<lang>.properties}
 * (UTF-8). Both files have the same keys (a test holds them to it), so a page is never half
 * translated.
 */
public final class Texts {

  /** The languages the portal speaks, the first being the default. */
  public static final List<String> LANGUAGES = List.of("en", "es");

  private static final Map<String, Map<String, String>> BY_LANGUAGE = new HashMap<>();

  static {
    for (String language : LANGUAGES) {
      BY_LANGUAGE.put(language, load("portal/messages_" + language + ".properties"));
    }
  }

  private Texts() {}

  /** The words of a language (the default language's if it is not one the portal speaks). */
  public static Map<String, String> of(String language) {
    return BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get(LANGUAGES.get(0)));
  }

  /** The language to speak: the one chosen and remembered, else the browser's, else English. */
  public static String choose(String remembered, List<Locale> acceptable) {
    if (remembered != null && LANGUAGES.contains(remembered)) {
      return remembered;
    }
    for (Locale locale : acceptable) {
      if (LANGUAGES.contains(locale.getLanguage())) {
        return locale.getLanguage();
      }
    }
    return LANGUAGES.get(0);
  }

  static Map<String, String> load(String resource) {
    Properties properties = new Properties();
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing");
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> words = new HashMap<>();
    properties.forEach((k, v) -> words.put(k.toString(), v.toString()));
    return Map.copyOf(words);
  }
}
