package org.puente.removals.api;

import java.util.List;
import java.util.Map;

/**
 * One row of a statistics table: its group (a category, a nationality, ...) and a count per column
 * in the table's column order; a hidden count is null and its column is listed in {@code
 * suppressed}.
 */
public record StatisticsRow(String group, Map<String, Long> counts, List<String> suppressed) {}
