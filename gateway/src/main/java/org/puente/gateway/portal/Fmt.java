package org.puente.gateway.portal;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

/**
 * Dates, times, money and codes written for the reader's language: {@code en} as in the United
 * States, {@code es} as in Panama. Times are shown in UTC, as the API keeps them.
 */
@TemplateData
public final class Fmt {

  private final String language;
  private final Locale locale;
  private final Map<String, String> words;

  public Fmt(String language) {
    this.language = language;
    this.locale = Locale.forLanguageTag("es".equals(language) ? "es-PA" : "en-US");
    this.words = Texts.of(language);
  }

  public String language() {
    return language;
  }

  /** {@code {amount, currency}} as money, e.g. $4,500,000.00 or US$4,500,000.00. */
  public String money(Object value) {
    if (!(value instanceof Map<?, ?> money) || money.get("amount") == null) {
      return "—";
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    try {
      Object currency = money.get("currency");
      if (currency != null) {
        format.setCurrency(Currency.getInstance(currency.toString()));
      }
      return format.format(new BigDecimal(money.get("amount").toString()));
    } catch (IllegalArgumentException e) {
      return money.get("amount") + " " + money.get("currency");
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
      return LocalDate.parse(value.toString())
          .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    } catch (DateTimeParseException e) {
      return value.toString();
    }
  }

  /** An ISO instant, in UTC. */
  public String time(Object value) {
    if (value == null) {
      return "—";
    }
    try {
      return Instant.parse(value.toString())
              .atZone(ZoneOffset.UTC)
              .format(
                  DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                      .withLocale(locale))
          + " UTC";
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

  /** A code (a status, a category, a role) in words: {@code group.CODE} in the messages. */
  public String label(String group, Object code) {
    if (code == null) {
      return "—";
    }
    return words.getOrDefault(group + "." + code, code.toString());
  }
}
