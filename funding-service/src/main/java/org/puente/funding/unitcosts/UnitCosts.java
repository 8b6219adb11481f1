package org.puente.funding.unitcosts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How a unit cost is worked out: the actual cost divided by the output, to the cent, rounded half
 * up (84,250.00 / 37 = 2,277.03). No output, no unit cost (null), rather than a division by zero.
 */
public final class UnitCosts {

  /** Said in every report, so a reader can redo the sums. */
  public static final String ROUNDING = "actual cost / output, scale 2, HALF_UP";

  /** The groupings the report offers, as the {@code groupBy} parameter names them. */
  public enum Grouping {
    OBLIGATION,
    LINE,
    AGREEMENT,
    PERIOD;

    public String param() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The grouping named, in any case; null when the name is none of them. */
    public static Grouping parse(String text) {
      for (Grouping g : values()) {
        if (g.name().equalsIgnoreCase(text.strip())) {
          return g;
        }
      }
      return null;
    }
  }

  private UnitCosts() {}

  /** The cost of one unit of output; null when nothing was delivered. */
  public static BigDecimal perUnit(BigDecimal actualCost, long output) {
    if (output < 0) {
      throw new IllegalArgumentException("An output is never negative");
    }
    if (output == 0) {
      return null;
    }
    return actualCost.divide(BigDecimal.valueOf(output), 2, RoundingMode.HALF_UP);
  }
}
