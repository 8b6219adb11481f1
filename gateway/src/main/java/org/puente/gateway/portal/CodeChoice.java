package org.puente.gateway.portal;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.puente.removals.api.ReferenceCode;

/**
 * A code a form offers (a country, a language), named in the reader's language: the choices come
 * from the service's reference data, so the form offers exactly the codes the service accepts.
 */
public record CodeChoice(String code, String name) {

  /** The codes named in the language, in its alphabetical order (accents as its readers sort). */
  static List<CodeChoice> of(List<ReferenceCode> codes, String language) {
    if (codes == null) {
      return List.of();
    }
    boolean spanish = "es".equals(language);
    Collator order = Collator.getInstance(Texts.locale(language));
    return codes.stream()
        .map(c -> new CodeChoice(c.code(), spanish ? capitalised(c.spanish()) : c.english()))
        .sorted(Comparator.comparing(CodeChoice::name, order))
        .toList();
  }

  /** Spanish writes a language's name in small letters; at the head of a choice it is capital. */
  private static String capitalised(String name) {
    return name == null || name.isEmpty()
        ? name
        : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }
}
