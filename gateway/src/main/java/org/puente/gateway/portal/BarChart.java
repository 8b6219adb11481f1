package org.puente.gateway.portal;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A horizontal bar chart laid out on the server (the template draws it as SVG, plus a table with
 * the same numbers): groups of bars, one bar per series, scaled to the largest value. No script, so
 * it works with the strict content policy and reads the same in every browser and screen reader.
 */
@TemplateData
public final class BarChart {

  private static final int WIDTH = 640;

  /** Room after the longest bar for its value, e.g. "USD 4,500,000.00". */
  private static final int VALUE_SPACE = 130;

  /** About the width of a character of the labels, for laying out without a browser. */
  private static final int CHAR_WIDTH = 7;

  private static final int BAR_HEIGHT = 16;
  private static final int GAP = 6;

  private final String id;
  private final String title;
  private final String groupHeading;
  private final Map<String, Series> legend = new LinkedHashMap<>();
  private final List<Group> groups = new ArrayList<>();

  public BarChart(String id, String title, String groupHeading) {
    this.id = id;
    this.title = title;
    this.groupHeading = groupHeading;
  }

  /** A series (one bar per group), in legend order. */
  public BarChart series(String key, String label) {
    legend.put(key, new Series(key, label, "s" + legend.size()));
    return this;
  }

  /**
   * A value: {@code raw} is the exact figure (null when hidden, e.g. a suppressed small count),
   * {@code text} how it reads.
   */
  public BarChart value(
      String groupKey, String groupLabel, String series, BigDecimal raw, String text) {
    Group group =
        groups.stream()
            .filter(g -> g.key.equals(groupKey))
            .findFirst()
            .orElseGet(
                () -> {
                  Group g = new Group(groupKey, groupLabel);
                  groups.add(g);
                  return g;
                });
    group.values.put(series, new Value(raw, text));
    return this;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String groupHeading() {
    return groupHeading;
  }

  public List<Series> legend() {
    return List.copyOf(legend.values());
  }

  /** The groups with their bars placed: every coordinate is computed here, none in the page. */
  public List<Group> groups() {
    BigDecimal max = BigDecimal.ONE;
    for (Group g : groups) {
      for (Value v : g.values.values()) {
        if (v.raw != null && v.raw.compareTo(max) > 0) {
          max = v.raw;
        }
      }
    }
    boolean single = legend.size() == 1;
    // Bars start after the longest label beside them: the group's name in a one-series chart,
    // the series' names (indented) otherwise.
    int longest =
        single
            ? groups.stream().mapToInt(g -> g.label.length()).max().orElse(0)
            : legend.values().stream().mapToInt(s -> s.label.length()).max().orElse(0) + 2;
    int barStart = Math.min(WIDTH / 2, Math.max(120, longest * CHAR_WIDTH + 16));
    int barSpace = WIDTH - barStart - VALUE_SPACE;
    int y = 0;
    for (Group g : groups) {
      if (single) {
        g.y = y + BAR_HEIGHT - 3; // the group's name on its bar's row
      } else {
        y += 14;
        g.y = y; // the group's name on a row of its own, its bars below
        y += 4;
      }
      g.bars.clear();
      for (Series s : legend.values()) {
        Value v = g.values.get(s.key);
        if (v == null) {
          continue;
        }
        int w =
            v.raw == null
                ? 0
                : Math.max(
                    v.raw.signum() > 0 ? 1 : 0,
                    v.raw
                        .multiply(BigDecimal.valueOf(barSpace))
                        .divide(max, 0, java.math.RoundingMode.HALF_UP)
                        .intValue());
        g.bars.add(
            new Bar(
                s.key,
                s.label,
                s.css,
                v.raw == null ? "" : v.raw.toPlainString(),
                v.text,
                barStart,
                y,
                w,
                BAR_HEIGHT,
                barStart + w + 6,
                y + BAR_HEIGHT - 3));
        y += BAR_HEIGHT + GAP;
      }
      y += single ? 0 : 8;
    }
    height = Math.max(y, 1);
    return groups;
  }

  private int height;

  public int width() {
    return WIDTH;
  }

  public int height() {
    if (height == 0) {
      groups();
    }
    return height;
  }

  /** A series: its key, its words, its colour class. */
  @TemplateData
  public record Series(String key, String label, String css) {}

  /** One value as given. */
  record Value(BigDecimal raw, String text) {}

  /** A bar as drawn. */
  @TemplateData
  public record Bar(
      String series,
      String seriesLabel,
      String css,
      String raw,
      String text,
      int x,
      int y,
      int w,
      int h,
      int textX,
      int textY) {}

  /** A group of bars (a month, a budget line, ...). */
  @TemplateData
  public static final class Group {
    private final String key;
    private final String label;
    private final Map<String, Value> values = new LinkedHashMap<>();
    private final List<Bar> bars = new ArrayList<>();
    private int y;

    Group(String key, String label) {
      this.key = key;
      this.label = label;
    }

    public String key() {
      return key;
    }

    public String label() {
      return label;
    }

    public int y() {
      return y;
    }

    public List<Bar> bars() {
      return bars;
    }

    /** How the series' value reads in the table (blank where the group has none). */
    public String text(String series) {
      Value v = values.get(series);
      return v == null ? "" : v.text;
    }
  }
}
