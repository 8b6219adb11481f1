package org.puente.gateway.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FmtTest {

  private static final ZoneId PANAMA = ZoneId.of("America/Panama");

  /** The same on every JDK: JDK 25's locale data would write "30 dic 2026" and "30 sept 2026". */
  @Test
  void spanishDatesNameTheMonthAsThePortalAlwaysHas() {
    Fmt es = new Fmt("es", PANAMA);
    assertEquals("30 dic. 2026", es.date(LocalDate.of(2026, 12, 30)));
    assertEquals("3 sep. 2026", es.date(LocalDate.of(2026, 9, 3)));
    assertEquals("1 ene. 2027", es.date(LocalDate.of(2027, 1, 1)));
  }

  @Test
  void englishDatesAreTheUsMediumForm() {
    assertEquals("Dec 30, 2026", new Fmt("en", PANAMA).date(LocalDate.of(2026, 12, 30)));
  }
}
