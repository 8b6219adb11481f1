package org.puente.removals.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.puente.removals.api.CaseRequest;
import org.puente.removals.api.IdentityDocument;
import org.puente.removals.api.IdentityDocumentType;

/**
 * Makes realistic synthetic cases for tests, benchmarks and the demo. The nationality mix follows
 * the published 2023 Darién crossings (about 520,000 people: Venezuela 63 %, Ecuador 11 %, Haiti 9
 * %, China 5 %, Colombia 4 %, then Afghanistan, India, Peru and others). People are synthetic:
 * names are drawn independently from common given and family names, never taken from records.
 * Seeded, so the same seed gives the same cases.
 */
public final class SyntheticCases {

  /** Nationality, weight (per cent), main language, and names to draw from. */
  private record Origin(
      String country, int weight, String language, List<String> given, List<String> family) {}

  private static final List<String> HISPANIC_GIVEN =
      List.of(
          "María",
          "José",
          "Luis",
          "Ana",
          "Carlos",
          "Yolimar",
          "Daniela",
          "Jesús",
          "Andreína",
          "Miguel",
          "Gabriela",
          "Jhonny",
          "Valentina",
          "Pedro",
          "Rosa",
          "Kevin",
          "Yusleidy",
          "Ángel");
  private static final List<String> HISPANIC_FAMILY =
      List.of(
          "González",
          "Rodríguez",
          "Pérez",
          "Hernández",
          "García",
          "Martínez",
          "López",
          "Rojas",
          "Díaz",
          "Moreno",
          "Castillo",
          "Quispe",
          "Vera",
          "Zambrano",
          "Mendoza",
          "Salazar");

  private static final List<Origin> ORIGINS =
      List.of(
          new Origin("VE", 63, "es", HISPANIC_GIVEN, HISPANIC_FAMILY),
          new Origin("EC", 11, "es", HISPANIC_GIVEN, HISPANIC_FAMILY),
          new Origin(
              "HT",
              9,
              "ht",
              List.of(
                  "Jean", "Marie", "Wideline", "Jacques", "Rose", "Peterson", "Nadège", "Wilner"),
              List.of("Pierre", "Joseph", "Jean-Baptiste", "Louis", "Charles", "Etienne", "Desir")),
          new Origin(
              "CN",
              5,
              "zh",
              List.of("Wei", "Fang", "Jun", "Li", "Ming", "Xiu", "Hao", "Yan"),
              List.of("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang")),
          new Origin("CO", 4, "es", HISPANIC_GIVEN, HISPANIC_FAMILY),
          new Origin(
              "AF",
              2,
              "fa",
              List.of("Ahmad", "Fatima", "Mohammad", "Zahra", "Ali", "Maryam"),
              List.of("Ahmadi", "Rahimi", "Karimi", "Hakimi", "Sadat")),
          new Origin(
              "IN",
              2,
              "hi",
              List.of("Amit", "Priya", "Rahul", "Sunita", "Vikram", "Neha"),
              List.of("Sharma", "Singh", "Patel", "Kumar", "Gupta")),
          new Origin("PE", 1, "es", HISPANIC_GIVEN, HISPANIC_FAMILY),
          new Origin(
              "CM",
              3,
              "fr",
              List.of("Paul", "Christelle", "Samuel", "Aïcha", "Bertrand"),
              List.of("Nkemelu", "Mbarga", "Fotso", "Ngono", "Tchoupo")));

  private static final List<String> PLACES =
      List.of(
          "Lajas Blancas reception station",
          "San Vicente reception station",
          "Bajo Chiquito",
          "Canaán Membrillo");

  private final Random random;
  private final LocalDate first;
  private final int days;

  /** Cases encountered between {@code first} and {@code last}, drawn with {@code seed}. */
  public SyntheticCases(long seed, LocalDate first, LocalDate last) {
    this.random = new Random(seed);
    this.first = first;
    this.days = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
  }

  public CaseRequest next() {
    Origin o = origin();
    LocalDate encountered = first.plusDays(random.nextInt(days));
    int age = random.nextInt(100) < 21 ? random.nextInt(18) : 18 + random.nextInt(50);
    LocalDate born = encountered.minusYears(age).minusDays(random.nextInt(365));
    String family = pick(o.family()) + " " + pick(o.family());
    return new CaseRequest(
        pick(o.given()),
        o.family() == HISPANIC_FAMILY ? family : pick(o.family()),
        born,
        o.country(),
        random.nextBoolean() ? "F" : "M",
        o.language().equals("es") ? List.of("es") : List.of(o.language(), "es"),
        List.of(
            new IdentityDocument(
                IdentityDocumentType.PASSPORT,
                o.country() + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000)),
                o.country())),
        "BIO-" + String.format(Locale.ROOT, "%010d", Math.abs(random.nextLong() % 10_000_000_000L)),
        encountered,
        pick(PLACES),
        "SENAFRONT Darién",
        List.of());
  }

  private Origin origin() {
    int roll = random.nextInt(ORIGINS.stream().mapToInt(Origin::weight).sum());
    for (Origin o : ORIGINS) {
      roll -= o.weight();
      if (roll < 0) {
        return o;
      }
    }
    return ORIGINS.get(0);
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
