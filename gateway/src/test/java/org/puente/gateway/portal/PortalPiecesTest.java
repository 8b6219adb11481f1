package org.puente.gateway.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small parts of the portal that hold a rule: redirects, charts, formats, back links. */
class PortalPiecesTest {

  @Test
  void theLanguageSwitchReturnsOnlyToAPathOnThisSite() {
    assertEquals(
        "/portal/cases?status=OPEN", LanguageSwitch.localPath("/portal/cases?status=OPEN"));
    for (String elsewhere :
        new String[] {
          null,
          "",
          "https://evil.example/",
          "//evil.example/x",
          "/\\evil.example",
          "javascript:alert(1)",
          "/portal\r\nSet-Cookie: x=1"
        }) {
      assertEquals("/", LanguageSwitch.localPath(elsewhere), String.valueOf(elsewhere));
    }
  }

  @Test
  void barsAreScaledToTheLargestValueAndHiddenCountsDrawNoBar() {
    BarChart chart =
        new BarChart("c", "title", "group")
            .series("a", "A")
            .series("b", "B")
            .value("g1", "G1", "a", new BigDecimal("400"), "400")
            .value("g1", "G1", "b", new BigDecimal("200"), "200")
            .value("g2", "G2", "a", null, "under 5");
    List<BarChart.Group> groups = chart.groups();
    BarChart.Bar largest = groups.get(0).bars().get(0);
    BarChart.Bar half = groups.get(0).bars().get(1);
    BarChart.Bar hidden = groups.get(1).bars().get(0);
    assertEquals(2 * half.w(), largest.w());
    assertEquals("400", largest.raw());
    assertEquals(0, hidden.w());
    assertEquals("", hidden.raw());
    assertEquals("under 5", groups.get(1).text("a"));
    assertEquals("", groups.get(1).text("b"));
    assertTrue(chart.height() > hidden.y(), "the chart is tall enough for its last bar");
  }

  @Test
  void moneyAndDatesAreWrittenForTheLanguage() {
    Map<String, String> money = Map.of("amount", "4500000.00", "currency", "USD");
    assertEquals("$4,500,000.00", new Fmt("en").money(money));
    assertEquals("USD 4,500,000.00", new Fmt("es").money(money));
    assertEquals("Nov 28, 2026", new Fmt("en").date("2026-11-28"));
    assertEquals("28 nov. 2026", new Fmt("es").date("2026-11-28"));
    assertEquals("Nov 28, 2026 09:05 UTC", new Fmt("en").time("2026-11-28T09:05:30Z"));
    assertEquals("November 2026", new Fmt("en").month("2026-11"));
    assertEquals("noviembre 2026", new Fmt("es").month("2026-11"));
    assertEquals("Charter flights", new Fmt("en").label("category", "CHARTER_FLIGHTS"));
    assertEquals("Vuelos fletados", new Fmt("es").label("category", "CHARTER_FLIGHTS"));
    assertEquals("UNKNOWN_CODE", new Fmt("en").label("category", "UNKNOWN_CODE"));
    assertEquals("—", new Fmt("en").money(null));
  }

  @Test
  void aRulesReasonsReadInTheUsersLanguage() {
    String given = "PROTECTION_CLAIM_PENDING: A protection claim is pending";
    assertEquals("A protection claim is pending", new Fmt("en").reasonText(given));
    assertEquals(
        "Hay una solicitud de protección pendiente (A protection claim is pending)",
        new Fmt("es").reasonText(given));
    assertEquals(
        "No hay documento de viaje válido en la fecha de salida (No issued travel document valid on"
            + " 2026-12-12)",
        new Fmt("es")
            .reason("NO_VALID_TRAVEL_DOCUMENT", "No issued travel document valid on 2026-12-12"));
    // Anything else (a field's error) is shown as the service wrote it.
    assertEquals(
        "seats: must be at least 1", new Fmt("es").reasonText("seats: must be at least 1"));
  }

  @Test
  void aRefusedActionLeadsBackToTheRecordItCameFrom() {
    assertEquals("/portal/operations/7", PortalErrors.backTo("/portal/operations/7/manifest"));
    assertEquals("/portal/cases/12", PortalErrors.backTo("/portal/cases/12/flags/3/resolution"));
    assertEquals("/portal/funding", PortalErrors.backTo("/portal/funding/disbursements"));
    assertEquals("/portal/operations", PortalErrors.backTo("/portal/operations/new"));
    assertEquals("/", PortalErrors.backTo("/elsewhere"));
  }

  @Test
  void theRightsNotYetToldAreEveryRightNoNoticeNames() {
    assertEquals(CasePages.RIGHTS, CasePages.rightsMissing(List.of()));
    List<Map<String, Object>> notices =
        List.of(
            Map.of("rights", List.of("APPEAL", "SEEK_PROTECTION")),
            Map.of("rights", List.of("LEGAL_AID")));
    assertEquals(
        List.of("CONSULAR_CONTACT", "UNHCR_IOM_CONTACT"), CasePages.rightsMissing(notices));
    List<Map<String, Object>> all =
        List.of(Map.of("rights", CasePages.RIGHTS), Map.of("rights", List.of("APPEAL")));
    assertEquals(List.of(), CasePages.rightsMissing(all));
  }

  @Test
  void anAppealWindowIsClosedOnlyFromTheDayAfterItsDeadline() {
    java.time.LocalDate today = java.time.LocalDate.parse("2026-11-29");
    assertTrue(CasePages.closedBefore("2026-11-28", today));
    assertEquals(false, CasePages.closedBefore("2026-11-29", today), "the last day is in time");
    assertEquals(false, CasePages.closedBefore(null, today));
    assertEquals(false, CasePages.closedBefore("not a date", today));
  }
}
