package org.puente.gateway.portal;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
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
 * The portal's words by key, for what is looked up from data (a status, a country, a reason's
 * code): the same files as the {@link PortalMessages} and {@link PortalCodes} bundles, {@code
 * messages/msg_<lang>.properties}, {@code messages/acc_<lang>.properties} and {@code
 * messages/code_<lang>.properties} and {@code messages/fu_<lang>.properties} (UTF-8), whose keys
 * the build holds to the bundles' methods. Both languages have the same keys (a test holds them to
 * it), so a page is never half translated. Words named in code or in a template are the bundle's
 * methods ({@link #messages(String)}, {@code {msg:key}}).
 */
public final class Texts {

  /** The languages the portal speaks, the first being the default. */
  public static final List<String> LANGUAGES = List.of("en", "es");

  private static final Map<String, Map<String, String>> BY_LANGUAGE = new HashMap<>();

  /**
   * The files of the bundles, by name: the pages' words (msg), the accountability pages' (acc), the
   * forms' (form), funding's (fu), the work queues' (q), training's (tr), the case forms' (cf) and
   * the codes' (code). A key is in one file only (PortalTextsTest), so no file hides another's.
   */
  static final List<String> FILES = List.of("msg", "acc", "form", "fu", "q", "tr", "cf", "code");

  static {
    for (String language : LANGUAGES) {
      Map<String, String> words = new HashMap<>();
      for (String file : FILES) {
        words.putAll(load("messages/" + file + "_" + language + ".properties"));
      }
      BY_LANGUAGE.put(language, Map.copyOf(words));
    }
  }

  private Texts() {}

  /** The words of a language (the default language's if it is not one the portal speaks). */
  public static Map<String, String> of(String language) {
    return BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get(LANGUAGES.get(0)));
  }

  /**
   * The key of a code's words: the group and the code joined by {@code _}, with any character a
   * method name cannot hold written {@code _}, e.g. {@code status_OPEN}, {@code agency_PA_SNM}.
   */
  public static String key(String group, Object code) {
    return (group + "_" + code).replaceAll("[^A-Za-z0-9_]", "_");
  }

  /** The bundle in a language the portal speaks (the default language's otherwise). */
  public static PortalMessages messages(String language) {
    return bundle(PortalMessages.class, language);
  }

  /** The accountability pages' bundle in a language the portal speaks. */
  public static AccountabilityMessages accountability(String language) {
    return bundle(AccountabilityMessages.class, language);
  }

  /** The dashboard's work queues' bundle in a language the portal speaks. */
  public static QueueMessages queues(String language) {
    return bundle(QueueMessages.class, language);
  }

  private static <T> T bundle(Class<T> type, String language) {
    return MessageBundles.get(
        type, Localized.Literal.of(LANGUAGES.contains(language) ? language : LANGUAGES.get(0)));
  }

  /** The locale a page in this language is drawn in: the bundle's words are chosen by it. */
  public static Locale locale(String language) {
    return Locale.forLanguageTag(LANGUAGES.contains(language) ? language : LANGUAGES.get(0));
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
