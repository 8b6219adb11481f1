package org.puente.gateway.portal;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoField;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puente.common.money.Money;
import org.puente.common.security.Agency;

/**
 * Dates, times, money and codes written for the reader's language: {@code en} as in the United
 * States ($4,500,000.00, Nov 28, 2026), {@code es} as in Panama (USD 4,500,000.00, 28 nov. 2026).
 * Dates name the month, so 11/12 is never read as the 11th of December on the other side. Times,
 * which the API sends in UTC, are shown in the agency's zone ({@code puente.portal.zone}) and name
 * it, e.g. Nov 28, 2026 04:05 (America/Panama); dates are shown as sent, never shifted.
 */
@TemplateData
public final class Fmt {

  private final String language;
  private final Locale locale;
  private final Map<String, String> words;
  private final DateTimeFormatter dates;
  private final ZoneId zone;

  public Fmt(String language, ZoneId zone) {
    this.language = language;
    this.zone = zone;
    boolean spanish = "es".equals(language);
    this.locale = Locale.forLanguageTag(spanish ? "es-PA" : "en-US");
    this.words = Texts.of(language);
    this.dates =
        spanish
            ? SPANISH_DATES
            : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
  }

  /**
   * "30 dic. 2026", as written in Panama. The month's abbreviations are the portal's own: the JDK's
   * locale data changes them between versions (JDK 25 writes "dic", "sept"), and a date on a page
   * should not change with the JDK the gateway runs on.
   */
  private static final DateTimeFormatter SPANISH_DATES =
      new DateTimeFormatterBuilder()
          .appendValue(ChronoField.DAY_OF_MONTH)
          .appendLiteral(' ')
          .appendText(
              ChronoField.MONTH_OF_YEAR,
              Map.ofEntries(
                  Map.entry(1L, "ene."),
                  Map.entry(2L, "feb."),
                  Map.entry(3L, "mar."),
                  Map.entry(4L, "abr."),
                  Map.entry(5L, "may."),
                  Map.entry(6L, "jun."),
                  Map.entry(7L, "jul."),
                  Map.entry(8L, "ago."),
                  Map.entry(9L, "sep."),
                  Map.entry(10L, "oct."),
                  Map.entry(11L, "nov."),
                  Map.entry(12L, "dic.")))
          .appendLiteral(' ')
          .appendValue(ChronoField.YEAR, 4)
          .toFormatter(Locale.forLanguageTag("es-PA"));

  public String language() {
    return language;
  }

  /** The zone times are shown in, by its id (e.g. America/Panama), as named next to each time. */
  public String zone() {
    return zone.getId();
  }

  /** Money as the API sends it, e.g. $4,500,000.00 or USD 4,500,000.00. */
  public String money(Money money) {
    if (money == null || money.amount() == null) {
      return "—";
    }
    try {
      BigDecimal amount = money.amount();
      Currency currency = Currency.getInstance(String.valueOf(money.currency()));
      if ("es".equals(language)) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        number.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return currency.getCurrencyCode() + " " + number.format(amount);
      }
      NumberFormat format = NumberFormat.getCurrencyInstance(locale);
      format.setCurrency(currency);
      return format.format(amount);
    } catch (IllegalArgumentException e) {
      return money.amount().toPlainString() + " " + money.currency();
    }
  }

  /** A whole number with the language's grouping. */
  public String number(Object value) {
    if (!(value instanceof Number n)) {
      return value == null ? "—" : value.toString();
    }
    return NumberFormat.getIntegerInstance(locale).format(n.longValue());
  }

  /** An ISO date, e.g. Nov 28, 2026 or 28 nov 2026. */
  public String date(Object value) {
    if (value == null) {
      return "—";
    }
    try {
      return LocalDate.parse(value.toString()).format(dates);
    } catch (DateTimeParseException e) {
      return value.toString();
    }
  }

  /** An ISO instant in the agency's zone, named: Nov 28, 2026 04:05 (America/Panama). */
  public String time(Object value) {
    if (value == null) {
      return "—";
    }
    try {
      var local = Instant.parse(value.toString()).atZone(zone);
      return local.format(dates)
          + " "
          + local.format(DateTimeFormatter.ofPattern("HH:mm"))
          + " ("
          + zone.getId()
          + ")";
    } catch (DateTimeParseException e) {
      return value.toString();
    }
  }

  /** A year-month such as 2026-11, e.g. November 2026 or noviembre de 2026. */
  public String month(Object value) {
    if (value == null) {
      return "—";
    }
    try {
      return java.time.YearMonth.parse(value.toString())
          .format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
    } catch (DateTimeParseException e) {
      return value.toString();
    }
  }

  /**
   * A reason a rule gave, {@code CODE: detail} as the services write it (or a code and a detail):
   * in English the service's own detail, which names dates and countries; in Spanish the code's
   * meaning, then the detail, so an SNM officer reads why in their language.
   */
  public String reason(Object code, Object detail) {
    String text = detail == null ? "" : detail.toString();
    String key = code == null ? null : code.toString();
    Matcher coded = CODED.matcher(text);
    if (key == null && coded.matches()) {
      key = coded.group(1);
      text = coded.group(2);
    }
    String meaning = key == null ? null : words.get(Texts.key("gate", key));
    if (meaning == null || !"es".equals(language)) {
      return text.isEmpty() ? String.valueOf(key) : text;
    }
    return meaning + " (" + text + ")";
  }

  /** A reason given as one text, {@code CODE: detail}. */
  public String reasonText(Object text) {
    return reason(null, text);
  }

  private static final Pattern CODED = Pattern.compile("([A-Z][A-Z_]+): (.*)", Pattern.DOTALL);

  /** A code (a status, a category, a role) in words: {@code group_CODE} in the messages. */
  public String label(String group, Object code) {
    if (code == null) {
      return "—";
    }
    // An agency is named by its code (PA-SNM), as the API writes it; an enum by its name.
    Object name = code instanceof Agency agency ? agency.code() : code;
    return words.getOrDefault(Texts.key(group, name), name.toString());
  }
}
