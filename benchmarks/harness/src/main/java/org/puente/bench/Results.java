package org.puente.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures, as RESULTS.md (a table a script reads) and an SVG chart of them against target. */
final class Results {

  /** One figure; {@code target} null when it is information only. */
  record Row(String name, double value, String unit, Double target, boolean atMost) {
    String met() {
      if (target == null) {
        return "";
      }
      return (atMost ? value <= target : value >= target) ? "yes" : "no";
    }

    /** Value relative to target, 1.0 = just met, more is better. */
    double score() {
      return atMost ? target / Math.max(value, 1e-9) : value / target;
    }
  }

  private final List<Row> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private List<String> sql = List.of();
  private String machine = "";

  void add(String name, double value, String unit, Double target, boolean atMost) {
    rows.add(new Row(name, value, unit, target, atMost));
    System.out.printf(Locale.ROOT, "%-32s %12.3f %s%n", name, value, unit);
  }

  void note(String note) {
    notes.add(note);
  }

  void sql(List<String> statements) {
    sql = statements;
  }

  void machine(String description) {
    machine = description;
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Benchmarks\n\n")
        .append("Written by `benchmarks/run.sh` (do not edit by hand). Every ratio is taken within")
        .append(" one run: the two sides of a pair run one after the other, ")
        .append(Bench.ROUNDS)
        .append(" rounds after a discarded warm-up, and the median is reported. CPU time per")
        .append(" request is the service's user + system time from `/proc/<pid>/stat` across the")
        .append(" run, divided by the answers it gave.\n\n")
        .append("## Figures\n\n| name | value | unit | target | met |\n|---|---|---|---|---|\n");
    for (Row r : rows) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.3f | %s | %s | %s |%n",
              r.name(),
              r.value(),
              r.unit(),
              r.target() == null ? "" : (r.atMost() ? "≤ " : "≥ ") + r.target(),
              r.met()));
    }
    md.append("\n![figures against their targets](results.svg)\n\n");
    if (!notes.isEmpty()) {
      md.append("## Notes\n\n");
      notes.forEach(n -> md.append("- ").append(n).append('\n'));
      md.append('\n');
    }
    md.append("## The SQL of one create-case request\n\n")
        .append("Captured from deportation-service's Hibernate SQL log for one request (")
        .append(sql.size())
        .append(" statements); `benchmarks/pgbench/create-case.sql` runs the same statements for")
        .append(" `R_db`.\n\n```sql\n");
    sql.forEach(s -> md.append(s).append(";\n"));
    md.append("```\n\n## Machine\n\n").append(machine).append("\n## Commands\n\n```\n");
    md.append("benchmarks/run.sh\n");
    Bench.commands().forEach(c -> md.append(c).append('\n'));
    md.append("```\n");
    return md.toString();
  }

  /** Each target as a bar: its figure relative to the target, the line at 1.0 being "met". */
  String chart() {
    List<Row> targets = rows.stream().filter(r -> r.target() != null).toList();
    int barHeight = 26;
    int left = 230;
    int width = 760;
    int height = 60 + targets.size() * barHeight;
    double max = Math.max(2.0, targets.stream().mapToDouble(Row::score).max().orElse(1));
    double scale = (width - left - 90) / max;
    StringBuilder svg = new StringBuilder();
    svg.append(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"13\">%n",
                width,
                height))
        .append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n")
        .append(
            "<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">Puente against its targets")
        .append(" (bar = figure ÷ target, oriented so that right of the line is met)</text>\n");
    double one = left + scale;
    for (int i = 0; i < targets.size(); i++) {
      Row r = targets.get(i);
      int y = 40 + i * barHeight;
      double w = Math.min(r.score(), max) * scale;
      String color = r.met().equals("yes") ? "#2e7d32" : "#c62828";
      svg.append(
              String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">%s</text>%n", y + 15, r.name()))
          .append(
              String.format(
                  Locale.ROOT,
                  "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"18\" fill=\"%s\"/>%n",
                  left,
                  y + 2,
                  w,
                  color))
          .append(
              String.format(
                  Locale.ROOT,
                  "<text x=\"%.1f\" y=\"%d\">%.2f %s (target %s%s)</text>%n",
                  left + w + 6,
                  y + 15,
                  r.value(),
                  r.unit(),
                  r.atMost() ? "≤ " : "≥ ",
                  r.target()));
    }
    svg.append(
            String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"32\" x2=\"%.1f\" y2=\"%d\" stroke=\"black\" stroke-dasharray=\"4 3\"/>%n",
                one,
                one,
                height - 10))
        .append("</svg>\n");
    return svg.toString();
  }
}
