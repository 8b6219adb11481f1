package org.puente.removals.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The countries and languages the service accepts: one source for the validation of requests
 * ({@link KnownCountry}, {@link KnownLanguage}) and for the list forms offer ({@link
 * ReferenceData}), so a form never offers a code the service would refuse nor misses one it takes.
 *
 * <p>Countries are the ISO 3166-1 alpha-2 codes the JDK knows, named by its locale data. Languages
 * are the ISO 639-1 codes the JDK knows, and the ISO 639-3 languages (three letters) of the people
 * who cross the Darién and of Panama's indigenous peoples, which have no two-letter code and which
 * interviews and notices of rights are given in.
 */
public final class ReferenceCodes {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  /** Languages with only a three-letter ISO 639-3 code: code, English and Spanish name. */
  private static final List<ReferenceCode> REGIONAL_LANGUAGES =
      List.of(
          new ReferenceCode("cab", "Garifuna", "garífuna"),
          new ReferenceCode("cuk", "Guna", "guna"),
          new ReferenceCode("emp", "Emberá", "emberá"),
          new ReferenceCode("gym", "Ngäbere", "ngäbere"),
          new ReferenceCode("kek", "Qʼeqchiʼ", "q'eqchi'"),
          new ReferenceCode("mam", "Mam", "mam"),
          new ReferenceCode("quc", "Kʼicheʼ", "k'iche'"),
          new ReferenceCode("wap", "Wapishana", "wapishana"),
          new ReferenceCode("yua", "Yucatec Maya", "maya yucateco"));

  private static final Map<String, ReferenceCode> COUNTRIES = readCountries();
  private static final Map<String, ReferenceCode> LANGUAGES = readLanguages();

  private ReferenceCodes() {}

  /** The countries accepted, by code. */
  public static List<ReferenceCode> countries() {
    return List.copyOf(COUNTRIES.values());
  }

  /** The languages accepted, by code. */
  public static List<ReferenceCode> languages() {
    return List.copyOf(LANGUAGES.values());
  }

  public static boolean isCountry(String code) {
    return COUNTRIES.containsKey(code);
  }

  public static boolean isLanguage(String code) {
    return LANGUAGES.containsKey(code);
  }

  private static Map<String, ReferenceCode> readCountries() {
    List<ReferenceCode> all = new ArrayList<>();
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale("", code);
      all.add(
          new ReferenceCode(
              code, country.getDisplayCountry(Locale.ENGLISH), country.getDisplayCountry(SPANISH)));
    }
    return byCode(all);
  }

  private static Map<String, ReferenceCode> readLanguages() {
    List<ReferenceCode> all = new ArrayList<>(REGIONAL_LANGUAGES);
    for (String code : Locale.getISOLanguages()) {
      Locale language = new Locale(code);
      all.add(
          new ReferenceCode(
              code,
              language.getDisplayLanguage(Locale.ENGLISH),
              language.getDisplayLanguage(SPANISH)));
    }
    return byCode(all);
  }

  private static Map<String, ReferenceCode> byCode(List<ReferenceCode> codes) {
    Map<String, ReferenceCode> byCode = new LinkedHashMap<>();
    codes.stream()
        .sorted(Comparator.comparing(ReferenceCode::code))
        .forEach(c -> byCode.putIfAbsent(c.code(), c));
    return byCode;
  }
}
