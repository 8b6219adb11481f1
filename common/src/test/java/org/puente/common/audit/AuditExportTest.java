package org.puente.common.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.common.problem.ProblemException;

/** CSV as spreadsheets read it, formulas defused; periods bounded. */
class AuditExportTest {

  @Test
  void fieldsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
    assertEquals(
        "1,snm-auditor,,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n",
        AuditExport.csvLine(
            Arrays.asList(1, "snm-auditor", null, "a, b", "say \"hi\"", "two\nlines")));
  }

  @Test
  void aValueASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
    assertEquals("'=HYPERLINK(1)", AuditExport.csvField("=HYPERLINK(1)"));
    assertEquals("'+1", AuditExport.csvField("+1"));
    assertEquals("'@SUM(A1)", AuditExport.csvField("@SUM(A1)"));
    assertEquals("history:case", AuditExport.csvField("history:case"));
  }

  @Test
  void aPeriodDefaultsToThirtyDaysAndIsBounded() {
    Instant to = Instant.parse("2026-11-30T00:00:00Z");
    assertEquals(
        List.of(Instant.parse("2026-10-31T00:00:00Z"), to),
        Arrays.asList(AuditExport.period(null, to)));
    assertThrows(ProblemException.class, () -> AuditExport.period(to, to));
    assertThrows(
        ProblemException.class,
        () -> AuditExport.period(Instant.parse("2024-01-01T00:00:00Z"), to));
  }

  @Test
  void revisionsNameTheirEntitiesBySimpleName() {
    assertEquals(
        "RemovalCase Screening",
        RevisionLog.simpleNames(
            "org.puente.removals.cases.RemovalCase org.puente.removals.screening.Screening"));
  }
}
