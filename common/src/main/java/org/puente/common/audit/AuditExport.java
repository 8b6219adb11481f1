package org.puente.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.puente.common.json.ApiMapper;
import org.puente.common.problem.ProblemException;

/**
 * Writes an audit log for auditors as CSV ({@code Accept: text/csv}) or JSON lines ({@code
 * application/x-ndjson}), streamed: rows are read in id order a chunk at a time, each chunk in a
 * short transaction of its own, and written as they come, up to {@link #MAX_ROWS} rows per export
 * (narrow {@code from}/{@code to} for more). Logs hold who, when, which record and which request,
 * never personal data.
 */
public final class AuditExport {

  public static final String CSV = "text/csv";
  public static final String NDJSON = "application/x-ndjson";

  /** The most rows one export writes. */
  public static final int MAX_ROWS = 10_000;

  /** The longest period one export covers. */
  public static final java.time.Duration MAX_PERIOD = java.time.Duration.ofDays(366);

  static final int CHUNK = 500;

  private static final ObjectMapper JSON = ApiMapper.create();

  /**
   * A source of rows: those with an id above {@code afterId}, in id order, at most {@code size}.
   */
  @FunctionalInterface
  public interface Chunks {
    List<Row> after(long afterId, int size);
  }

  /** One row: its id (the keyset) and its columns by name, in order. */
  public record Row(long id, Map<String, Object> columns) {}

  private AuditExport() {}

  /** The period asked for: {@code to} defaults to now, {@code from} to 30 days before it. */
  public static Instant[] period(Instant from, Instant to) {
    Instant end = to == null ? Instant.now() : to;
    Instant start = from == null ? end.minus(java.time.Duration.ofDays(30)) : from;
    if (!start.isBefore(end)) {
      throw ProblemException.invalid("from", "must be before to");
    }
    if (java.time.Duration.between(start, end).compareTo(MAX_PERIOD) > 0) {
      throw ProblemException.invalid("to", "must be at most 366 days after from");
    }
    return new Instant[] {start, end};
  }

  /** Whether the caller asked for CSV (else JSON lines). */
  public static boolean wantsCsv(HttpHeaders headers) {
    return headers.getAcceptableMediaTypes().stream()
        .filter(m -> !m.isWildcardType())
        .findFirst()
        .map(m -> m.isCompatible(MediaType.valueOf(CSV)))
        .orElse(false);
  }

  /** The export as a download named {@code name} (without extension), in the asked format. */
  public static Response of(HttpHeaders headers, String name, List<String> columns, Chunks chunks) {
    boolean csv = wantsCsv(headers);
    StreamingOutput body =
        out -> {
          Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          if (csv) {
            w.write(csvLine(columns));
          }
          long after = 0;
          int written = 0;
          while (written < MAX_ROWS) {
            long from = after;
            int size = Math.min(CHUNK, MAX_ROWS - written);
            List<Row> rows = QuarkusTransaction.requiringNew().call(() -> chunks.after(from, size));
            for (Row row : rows) {
              w.write(csv ? csvLine(columns.stream().map(row.columns()::get).toList()) : json(row));
              after = row.id();
            }
            written += rows.size();
            w.flush();
            if (rows.size() < size) {
              break;
            }
          }
          w.flush();
        };
    return Response.ok(body, csv ? CSV + "; charset=UTF-8" : NDJSON)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + name + (csv ? ".csv" : ".ndjson") + "\"")
        // Who read which case is itself sensitive: no copy kept on the way.
        .header("Cache-Control", "no-store")
        .build();
  }

  private static String json(Row row) {
    Map<String, Object> values = new LinkedHashMap<>();
    row.columns().forEach((k, v) -> values.put(k, v instanceof Instant i ? i.toString() : v));
    try {
      return JSON.writeValueAsString(values) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an audit row did not serialise", e);
    }
  }

  /** One CSV line (RFC 4180), with spreadsheet formulas defused. */
  static String csvLine(List<?> values) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(csvField(values.get(i)));
    }
    return line.append("\r\n").toString();
  }

  static String csvField(Object value) {
    if (value == null) {
      return "";
    }
    String text = String.valueOf(value);
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
