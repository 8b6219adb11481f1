package org.puente.gateway.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.puente.common.money.Money;
import org.puente.removals.api.Right;
import org.puente.removals.api.RightsNoticeView;

/** The small parts of the portal that hold a rule: redirects, charts, formats, back links. */
class PortalPiecesTest {

  private static final ZoneId PANAMA = ZoneId.of("America/Panama");
  private static final Fmt EN = new Fmt("en", PANAMA);
  private static final Fmt ES = new Fmt("es", PANAMA);

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
    Money money = Money.usd("4500000.00");
    assertEquals("$4,500,000.00", EN.money(money));
    assertEquals("USD 4,500,000.00", ES.money(money));
    assertEquals("Nov 28, 2026", EN.date("2026-11-28"));
    assertEquals("28 nov. 2026", ES.date("2026-11-28"));
    assertEquals("November 2026", EN.month("2026-11"));
    assertEquals("noviembre 2026", ES.month("2026-11"));
    assertEquals("Charter flights", EN.label("category", "CHARTER_FLIGHTS"));
    assertEquals("Vuelos fletados", ES.label("category", "CHARTER_FLIGHTS"));
    assertEquals("UNKNOWN_CODE", EN.label("category", "UNKNOWN_CODE"));
    assertEquals("—", EN.money(null));
  }

  @Test
  void timesAreShownInTheAgencysZoneAndNameIt_datesAreNotShifted() {
    // 02:05 UTC on the 28th is still the 27th in Panama (UTC-5, no daylight saving).
    assertEquals("Nov 27, 2026 21:05 (America/Panama)", EN.time("2026-11-28T02:05:30Z"));
    assertEquals("27 nov. 2026 21:05 (America/Panama)", ES.time("2026-11-28T02:05:30Z"));
    assertEquals("Nov 28, 2026 04:05 (America/Panama)", EN.time("2026-11-28T09:05:00Z"));
    assertEquals("Nov 28, 2026", EN.date("2026-11-28"), "a date is never moved to a zone");
    assertEquals("America/Panama", EN.zone());
    // Another deployment's zone, named as such; daylight saving applies where the zone has it.
    Fmt washington = new Fmt("en", ZoneId.of("America/New_York"));
    assertEquals("Jul 1, 2026 10:30 (America/New_York)", washington.time("2026-07-01T14:30:00Z"));
    assertEquals("Dec 1, 2026 09:30 (America/New_York)", washington.time("2026-12-01T14:30:00Z"));
    assertEquals("—", EN.time(null));
    assertEquals("not a time", EN.time("not a time"));
  }

  @Test
  void aFormsDateAndTimeIsReadInTheAgencysZoneAndSentInUtc() {
    assertEquals(
        Instant.parse("2026-11-28T19:30:00Z"),
        Forms.instant("2026-11-28T14:30", PANAMA, "departureAt"));
    assertEquals(
        Instant.parse("2026-11-28T14:30:00Z"),
        Forms.instant("2026-11-28T14:30", ZoneId.of("UTC"), "departureAt"));
    assertEquals(null, Forms.instant(" ", PANAMA, "departureAt"));
    // Not a time: refused as the service refuses a field, naming it.
    BackendProblem refused =
        assertThrows(BackendProblem.class, () -> Forms.instant("tomorrow", PANAMA, "departureAt"));
    assertEquals(400, refused.status());
    assertTrue(refused.reasons().get(0).startsWith("departureAt: "), refused.reasons().toString());
  }

  @Test
  void aRulesReasonsReadInTheUsersLanguage() {
    String given = "PROTECTION_CLAIM_PENDING: A protection claim is pending";
    assertEquals("A protection claim is pending", EN.reasonText(given));
    assertEquals(
        "Hay una solicitud de protección pendiente (A protection claim is pending)",
        ES.reasonText(given));
    assertEquals(
        "No hay documento de viaje válido en la fecha de salida (No issued travel document valid on"
            + " 2026-12-12)",
        ES.reason("NO_VALID_TRAVEL_DOCUMENT", "No issued travel document valid on 2026-12-12"));
    // Anything else (a field's error) is shown as the service wrote it.
    assertEquals("seats: must be at least 1", ES.reasonText("seats: must be at least 1"));
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
    List<RightsNoticeView> notices =
        List.of(notice(Right.APPEAL, Right.SEEK_PROTECTION), notice(Right.LEGAL_AID));
    assertEquals(
        List.of(Right.CONSULAR_CONTACT, Right.UNHCR_IOM_CONTACT), CasePages.rightsMissing(notices));
    List<RightsNoticeView> all =
        List.of(notice(CasePages.RIGHTS.toArray(Right[]::new)), notice(Right.APPEAL));
    assertEquals(List.of(), CasePages.rightsMissing(all));
  }

  @Test
  void anAppealWindowIsClosedOnlyFromTheDayAfterItsDeadline() {
    java.time.LocalDate today = java.time.LocalDate.parse("2026-11-29");
    assertTrue(CasePages.closedBefore(today.minusDays(1), today));
    assertEquals(false, CasePages.closedBefore(today, today), "the last day is in time");
    assertEquals(false, CasePages.closedBefore(null, today));
  }

  private static RightsNoticeView notice(Right... rights) {
    return new RightsNoticeView(
        1, 7, List.of(rights), "es", null, LocalDate.parse("2026-11-02"), "snm-officer", null, 0);
  }

  @Test
  void anAwayServiceIsNamedByItsAgencyInTheReadersLanguage() {
    Outages outages = new Outages();
    outages.record("funding", "US-DOS");
    outages.record("spare", null);
    Map<String, String> en =
        outages.notices(Texts.of("en"), code -> EN.label("agency_short", code));
    assertEquals(
        "State Department's service is unavailable right now; the rest of this page works.",
        en.get("funding"));
    assertEquals(Texts.of("en").get("panel_unavailable"), en.get("spare"), "owner unknown");
    assertEquals(null, en.get("training"), "not away");
    Map<String, String> es =
        outages.notices(Texts.of("es"), code -> ES.label("agency_short", code));
    assertEquals(
        "El servicio del Departamento de Estado no está disponible en este momento; el resto de"
            + " esta página funciona.",
        es.get("funding"));
    // Read when the page is drawn: an outage found after the page was started counts.
    outages.record("training", "US-DHS");
    assertEquals(
        "DHS's service is unavailable right now; the rest of this page works.", en.get("training"));
  }
}
