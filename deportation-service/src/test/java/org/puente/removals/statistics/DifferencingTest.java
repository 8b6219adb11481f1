package org.puente.removals.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.puente.removals.api.RemovalStatisticsCell;

/**
 * What an agency other than the owner could work out from the removal tables it is given: over many
 * generated data sets and whole-month queries (any period, any grouping), no count from 1 to 4 may
 * follow from one answer or from any two.
 *
 * <p>The checker treats every removal count per month and nationality as an unknown and every
 * figure an answer shows as an equation: a shown cell or total is the sum of the counts it covers;
 * a cell that is absent is zero. A quantity is derivable when it is a linear combination of these
 * equations (rank test over the integers modulo a large prime, exact for these small 0/1 systems).
 * It then asks, of every group of counts one might publish or subtract (any set of months of the
 * answers' periods by any set of nationalities; in each answer, its hidden cells together, per
 * month and per nationality), whether it is derivable while its value is 1 to 4. It also knows that
 * a cell shown as present (hidden or not) is at least 1, so a derivable sum equal to the number of
 * present cells in it gives each of them as 1.
 */
class DifferencingTest {

  private static final int THRESHOLD = 5;
  private static final long PRIME = 2_147_483_647L;
  private static final List<String> NATIONALITIES = List.of("CN", "CO", "EC", "HT", "IN", "VE");

  /** How a rule answers one query from the counts of its period. */
  interface Rule {
    RemovalTable.Result answer(
        List<RemovalTable.Count> counts, boolean byMonth, boolean byNationality);
  }

  /** Removals per month and nationality: the truth the answers are made from. */
  record World(List<String> months, List<String> nationalities, long[][] counts) {

    int size() {
      return months.size() * nationalities.size();
    }

    int index(int month, int nationality) {
      return month * nationalities.size() + nationality;
    }

    long value(boolean[] support) {
      long sum = 0;
      for (int m = 0; m < months.size(); m++) {
        for (int n = 0; n < nationalities.size(); n++) {
          if (support[index(m, n)]) {
            sum += counts[m][n];
          }
        }
      }
      return sum;
    }

    /** The counts a period's query reads from the database: no zero rows. */
    List<RemovalTable.Count> counts(int from, int to) {
      List<RemovalTable.Count> out = new ArrayList<>();
      for (int m = from; m <= to; m++) {
        for (int n = 0; n < nationalities.size(); n++) {
          if (counts[m][n] > 0) {
            out.add(new RemovalTable.Count(months.get(m), nationalities.get(n), counts[m][n]));
          }
        }
      }
      return out;
    }

    String describe(boolean[] support) {
      StringBuilder s = new StringBuilder();
      for (int m = 0; m < months.size(); m++) {
        for (int n = 0; n < nationalities.size(); n++) {
          if (support[index(m, n)]) {
            s.append(s.length() == 0 ? "" : " + ")
                .append(months.get(m))
                .append('/')
                .append(nationalities.get(n));
          }
        }
      }
      return s.toString();
    }
  }

  /** A query: a period of whole months, by index, and a grouping. */
  record Query(int from, int to, boolean byMonth, boolean byNationality) {

    String describe(World w) {
      return w.months().get(from)
          + ".."
          + w.months().get(to)
          + " by "
          + (byMonth ? (byNationality ? "month,nationality" : "month") : "nationality");
    }
  }

  record Answer(Query query, RemovalTable.Result result) {}

  private static final Rule CURRENT = (counts, m, n) -> RemovalTable.of(counts, m, n, THRESHOLD);

  @Test
  void noAnswerNorPairOfAnswersRevealsACountUnderFive() {
    Random random = new Random(20240829L);
    List<String> leaks = new ArrayList<>();
    long hiddenCells = 0;
    long pairs = 0;
    for (int world = 0; world < 300; world++) {
      World w = world(random);
      List<Answer> answers = answers(w, CURRENT, random, 10);
      for (Answer a : answers) {
        hiddenCells += a.result().cells().stream().filter(c -> c.suppressed()).count();
      }
      for (int i = 0; i < answers.size(); i++) {
        leaks.addAll(leaks(w, List.of(answers.get(i))));
        for (int j = i + 1; j < answers.size(); j++) {
          leaks.addAll(leaks(w, List.of(answers.get(i), answers.get(j))));
          pairs++;
        }
      }
    }
    assertEquals(List.of(), leaks.stream().limit(10).toList(), leaks.size() + " leaks");
    // Not vacuous: the data sets are full of small counts that had to be hidden.
    assertTrue(hiddenCells > 2_000, "hidden cells: " + hiddenCells);
    assertEquals(300 * 45, pairs);
  }

  @Test
  void theCheckerFindsWhatTheFormerRuleRevealed() {
    // The rule before whole months and complementary totals: per-group suppression only, the
    // total always shown. Same seed and data as above (the first hundred data sets).
    Random random = new Random(20240829L);
    List<String> single = new ArrayList<>();
    List<String> paired = new ArrayList<>();
    for (int world = 0; world < 100; world++) {
      World w = world(random);
      List<Answer> answers = answers(w, DifferencingTest::formerRule, random, 10);
      for (int i = 0; i < answers.size(); i++) {
        single.addAll(leaks(w, List.of(answers.get(i))));
        for (int j = i + 1; j < answers.size(); j++) {
          paired.addAll(leaks(w, List.of(answers.get(i), answers.get(j))));
        }
      }
    }
    assertTrue(single.size() > 50, () -> "from one answer: " + single);
    assertTrue(paired.size() > single.size(), "from two answers: " + paired.size());
  }

  @Test
  void theCheckerSeesAMonthDifferencedOutOfTwoPeriods() {
    // ZZ: 3 in January, 8 in February. Each answer alone hides the 3 (there is nothing to hide
    // in the by-nationality tables), but January-February minus February tells it.
    World w =
        new World(
            List.of("2024-01", "2024-02"),
            List.of("CO", "ZZ"),
            new long[][] {new long[] {40, 3}, new long[] {35, 8}});
    Rule primaryOnly =
        (counts, m, n) -> {
          RemovalTable.Result exact = RemovalTable.of(counts, m, n, null);
          List<RemovalStatisticsCell> cells = new ArrayList<>();
          for (RemovalStatisticsCell c : exact.cells()) {
            boolean hidden = c.count() < THRESHOLD;
            cells.add(
                new RemovalStatisticsCell(
                    c.month(), c.nationality(), hidden ? null : c.count(), hidden));
          }
          return new RemovalTable.Result(cells, exact.total());
        };
    Answer both = answer(w, primaryOnly, new Query(0, 1, false, true));
    Answer february = answer(w, primaryOnly, new Query(1, 1, false, true));
    assertEquals(List.of(), leaks(w, List.of(both)));
    assertEquals(List.of(), leaks(w, List.of(february)));
    List<String> found = leaks(w, List.of(both, february));
    assertTrue(found.stream().anyMatch(l -> l.contains("2024-01/ZZ = 3")), found.toString());
    // The current rule hides ZZ over both months, so the difference tells nothing.
    assertEquals(
        List.of(),
        leaks(
            w,
            List.of(
                answer(w, CURRENT, new Query(0, 1, false, true)),
                answer(w, CURRENT, new Query(1, 1, false, true)))));
  }

  @Test
  void theCheckerSeesHiddenCountsThatCanOnlyBeOnes() {
    // Five nationalities removed once each in a month, all hidden, and the total 5 shown.
    World w =
        new World(
            List.of("2024-05"),
            List.of("CN", "CO", "EC", "HT", "IN"),
            new long[][] {new long[] {1, 1, 1, 1, 1}});
    Rule hideSmallKeepTotal =
        (counts, m, n) -> {
          List<RemovalStatisticsCell> cells = new ArrayList<>();
          for (RemovalTable.Count c : counts) {
            cells.add(new RemovalStatisticsCell(c.month(), c.nationality(), null, true));
          }
          return new RemovalTable.Result(cells, 5L);
        };
    List<String> found =
        leaks(w, List.of(answer(w, hideSmallKeepTotal, new Query(0, 0, true, true))));
    assertTrue(found.stream().anyMatch(l -> l.contains("each is 1")), found.toString());
    assertEquals(List.of(), leaks(w, List.of(answer(w, CURRENT, new Query(0, 0, true, true)))));
  }

  // ---- generation

  private static World world(Random random) {
    int months = 2 + random.nextInt(5);
    int nationalities = 1 + random.nextInt(4);
    YearMonth first = YearMonth.of(2023, 1).plusMonths(random.nextInt(24));
    List<String> ms = new ArrayList<>();
    for (int m = 0; m < months; m++) {
      ms.add(first.plusMonths(m).toString());
    }
    List<String> ns = new ArrayList<>(NATIONALITIES);
    java.util.Collections.shuffle(ns, random);
    ns = new ArrayList<>(ns.subList(0, nationalities));
    java.util.Collections.sort(ns);
    long[][] counts = new long[months][nationalities];
    // A quarter zeros, four in ten small counts, the rest from 5 up: in some data sets mostly
    // just above the threshold (where a complement is small), in others spread up to 64.
    double nearThreshold = random.nextDouble();
    for (int m = 0; m < months; m++) {
      for (int n = 0; n < nationalities; n++) {
        double r = random.nextDouble();
        if (r < 0.25) {
          counts[m][n] = 0;
        } else if (r < 0.65) {
          counts[m][n] = 1 + random.nextInt(4);
        } else if (r < 0.65 + 0.35 * nearThreshold) {
          counts[m][n] = 5 + random.nextInt(6);
        } else {
          counts[m][n] = 5 + random.nextInt(60);
        }
      }
    }
    return new World(ms, ns, counts);
  }

  private static List<Answer> answers(World w, Rule rule, Random random, int queries) {
    List<Answer> out = new ArrayList<>();
    for (int i = 0; i < queries; i++) {
      int a = random.nextInt(w.months().size());
      int b = random.nextInt(w.months().size());
      int grouping = random.nextInt(3);
      out.add(
          answer(w, rule, new Query(Math.min(a, b), Math.max(a, b), grouping != 1, grouping != 0)));
    }
    return out;
  }

  private static Answer answer(World w, Rule rule, Query q) {
    return new Answer(q, rule.answer(w.counts(q.from(), q.to()), q.byMonth(), q.byNationality()));
  }

  // ---- the former rule, as it was

  private static RemovalTable.Result formerRule(
      List<RemovalTable.Count> counts, boolean byMonth, boolean byNationality) {
    Map<List<String>, Long> rows = new TreeMap<>(DifferencingTest::compareKeys);
    for (RemovalTable.Count c : counts) {
      rows.merge(
          java.util.Arrays.asList(
              byMonth ? c.month() : null, byNationality ? c.nationality() : null),
          c.count(),
          Long::sum);
    }
    long total = rows.values().stream().mapToLong(Long::longValue).sum();
    Map<Object, List<Map.Entry<List<String>, Long>>> groups = new LinkedHashMap<>();
    for (Map.Entry<List<String>, Long> r : rows.entrySet()) {
      groups
          .computeIfAbsent(
              byMonth && byNationality ? r.getKey().get(1) : "all", k -> new ArrayList<>())
          .add(r);
    }
    List<RemovalStatisticsCell> cells = new ArrayList<>();
    for (List<Map.Entry<List<String>, Long>> group : groups.values()) {
      List<Long> values = group.stream().map(Map.Entry::getValue).toList();
      boolean[] hidden = formerSuppress(values);
      for (int i = 0; i < group.size(); i++) {
        List<String> key = group.get(i).getKey();
        cells.add(
            new RemovalStatisticsCell(
                key.get(0), key.get(1), hidden[i] ? null : values.get(i), hidden[i]));
      }
    }
    return new RemovalTable.Result(cells, total);
  }

  private static boolean[] formerSuppress(List<Long> counts) {
    boolean[] hidden = new boolean[counts.size()];
    int hiddenCount = 0;
    for (int i = 0; i < counts.size(); i++) {
      if (counts.get(i) < THRESHOLD) {
        hidden[i] = true;
        hiddenCount++;
      }
    }
    if (hiddenCount == 1 && counts.size() > 1) {
      int smallest = -1;
      for (int i = 0; i < counts.size(); i++) {
        if (!hidden[i] && (smallest < 0 || counts.get(i) < counts.get(smallest))) {
          smallest = i;
        }
      }
      hidden[smallest] = true;
    }
    return hidden;
  }

  private static int compareKeys(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      int c =
          Objects.requireNonNullElse(a.get(i), "")
              .compareTo(Objects.requireNonNullElse(b.get(i), ""));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  // ---- the checker

  /** Every count from 1 to 4 that follows from these answers together, described. */
  static List<String> leaks(World w, List<Answer> answers) {
    Span span = new Span(w.size());
    List<List<boolean[]>> present = new ArrayList<>();
    List<boolean[]> candidates = new ArrayList<>();
    boolean[] months = new boolean[w.months().size()];
    String asked = "";
    for (Answer a : answers) {
      Query q = a.query();
      asked += (asked.isEmpty() ? "" : " and ") + q.describe(w);
      for (int m = q.from(); m <= q.to(); m++) {
        months[m] = true;
      }
      List<boolean[]> items = new ArrayList<>();
      boolean[] hiddenAll = new boolean[w.size()];
      java.util.Set<List<String>> shownKeys = new java.util.HashSet<>();
      for (RemovalStatisticsCell c : a.result().cells()) {
        boolean[] support = support(w, q, c.month(), c.nationality());
        shownKeys.add(java.util.Arrays.asList(c.month(), c.nationality()));
        items.add(support);
        if (c.suppressed()) {
          or(hiddenAll, support);
        } else {
          assertEquals(w.value(support), c.count(), "a shown count is the truth");
          span.add(support, c.count());
        }
      }
      // A cell that is not in the answer is zero.
      for (int m = q.from(); m <= q.to(); m++) {
        for (int n = 0; n < w.nationalities().size(); n++) {
          List<String> key =
              java.util.Arrays.asList(
                  q.byMonth() ? w.months().get(m) : null,
                  q.byNationality() ? w.nationalities().get(n) : null);
          if (!shownKeys.contains(key)) {
            boolean[] zero = new boolean[w.size()];
            zero[w.index(m, n)] = true;
            span.add(zero, 0);
          }
        }
      }
      boolean[] all = support(w, q, null, null);
      if (a.result().total() != null) {
        assertEquals(w.value(all), a.result().total(), "a shown total is the truth");
        span.add(all, a.result().total());
      }
      present.add(items);
      // The hidden cells of the answer together, per month and per nationality.
      candidates.add(hiddenAll);
      for (int m = q.from(); m <= q.to(); m++) {
        candidates.add(and(hiddenAll, support(w, q, w.months().get(m), null)));
      }
      for (String n : w.nationalities()) {
        candidates.add(and(hiddenAll, support(w, q, null, n)));
      }
    }
    // Any set of the answers' months by any set of nationalities.
    List<Integer> askedMonths = new ArrayList<>();
    for (int m = 0; m < months.length; m++) {
      if (months[m]) {
        askedMonths.add(m);
      }
    }
    int nn = w.nationalities().size();
    for (int ms = 1; ms < 1 << askedMonths.size(); ms++) {
      for (int ns = 1; ns < 1 << nn; ns++) {
        boolean[] s = new boolean[w.size()];
        for (int i = 0; i < askedMonths.size(); i++) {
          if ((ms & 1 << i) != 0) {
            for (int n = 0; n < nn; n++) {
              if ((ns & 1 << n) != 0) {
                s[w.index(askedMonths.get(i), n)] = true;
              }
            }
          }
        }
        candidates.add(s);
      }
    }
    List<String> leaks = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (boolean[] s : candidates) {
      long value = w.value(s);
      if (value >= 1 && value < THRESHOLD && span.contains(s)) {
        String leak = asked + ": " + w.describe(s) + " = " + value;
        if (seen.add(leak)) {
          leaks.add(leak);
        }
      } else if (value >= THRESHOLD) {
        for (List<boolean[]> items : present) {
          long inside = items.stream().filter(i -> within(i, s)).count();
          if (inside == value && span.contains(s)) {
            String leak =
                asked
                    + ": "
                    + w.describe(s)
                    + " = "
                    + value
                    + " in "
                    + inside
                    + " present cells, each is 1";
            if (seen.add(leak)) {
              leaks.add(leak);
            }
          }
        }
      }
    }
    return leaks;
  }

  private static boolean[] support(World w, Query q, String month, String nationality) {
    boolean[] s = new boolean[w.size()];
    for (int m = q.from(); m <= q.to(); m++) {
      for (int n = 0; n < w.nationalities().size(); n++) {
        if ((month == null || month.equals(w.months().get(m)))
            && (nationality == null || nationality.equals(w.nationalities().get(n)))) {
          s[w.index(m, n)] = true;
        }
      }
    }
    return s;
  }

  private static void or(boolean[] into, boolean[] s) {
    for (int i = 0; i < s.length; i++) {
      into[i] |= s[i];
    }
  }

  private static boolean[] and(boolean[] a, boolean[] b) {
    boolean[] s = new boolean[a.length];
    for (int i = 0; i < a.length; i++) {
      s[i] = a[i] && b[i];
    }
    return s;
  }

  private static boolean within(boolean[] inner, boolean[] outer) {
    for (int i = 0; i < inner.length; i++) {
      if (inner[i] && !outer[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The span of the equations shown so far, in row echelon form modulo a prime: each row is reduced
   * by the earlier ones and scaled to 1 at its pivot.
   */
  private static final class Span {
    private final int size;
    private final List<long[]> rows = new ArrayList<>();
    private final List<Integer> pivots = new ArrayList<>();

    Span(int size) {
      this.size = size;
    }

    void add(boolean[] support, long value) {
      // Only the left side matters for what can be derived: the values are the truth.
      long[] v = reduce(support);
      for (int j = 0; j < size; j++) {
        if (v[j] != 0) {
          long inverse = power(v[j], PRIME - 2);
          for (int k = 0; k < size; k++) {
            v[k] = v[k] * inverse % PRIME;
          }
          rows.add(v);
          pivots.add(j);
          return;
        }
      }
    }

    boolean contains(boolean[] support) {
      long[] v = reduce(support);
      for (long x : v) {
        if (x != 0) {
          return false;
        }
      }
      return true;
    }

    private long[] reduce(boolean[] support) {
      long[] v = new long[size];
      for (int i = 0; i < size; i++) {
        v[i] = support[i] ? 1 : 0;
      }
      for (int r = 0; r < rows.size(); r++) {
        long f = v[pivots.get(r)];
        if (f != 0) {
          long[] row = rows.get(r);
          for (int k = 0; k < size; k++) {
            v[k] = ((v[k] - f * row[k]) % PRIME + PRIME) % PRIME;
          }
        }
      }
      return v;
    }

    private static long power(long base, long exponent) {
      long result = 1;
      long b = base % PRIME;
      while (exponent > 0) {
        if ((exponent & 1) == 1) {
          result = result * b % PRIME;
        }
        b = b * b % PRIME;
        exponent >>= 1;
      }
      return result;
    }
  }
}
