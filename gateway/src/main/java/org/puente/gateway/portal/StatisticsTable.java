package org.puente.gateway.portal;

import java.util.List;

/**
 * A statistics table as a page draws it: the column headings, and rows of words ("—" for a count
 * the service hid).
 */
public record StatisticsTable(List<String> columns, List<StatisticsTable.Line> rows) {

  /** One row: its group in words, its cells, and whether it is the totals row. */
  public record Line(String group, List<String> cells, boolean total) {}
}
