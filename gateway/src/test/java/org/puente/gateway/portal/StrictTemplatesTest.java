package org.puente.gateway.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.puente.common.security.Agency;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.CaseSummary;

/**
 * The portal's templates are strict: a property that does not exist fails the page instead of
 * showing nothing. In a template file the build refuses it already (each page declares its data by
 * type, so {@code {fmt.langauge}} in a page fails {@code mvn verify}); what the build cannot see, a
 * key a service's answer does not have, fails when the page is drawn. Words are the bundle's, in
 * the language the page's locale names (a key the bundle does not have fails the build).
 */
@QuarkusTest
class StrictTemplatesTest {

  @Inject Engine engine;

  private final Fmt fmt = new Fmt("en", ZoneId.of("America/Panama"));

  @Test
  void aPropertyThatDoesNotExistFailsThePage() {
    assertEquals("America/Panama", engine.parse("{fmt.zone}").data("fmt", fmt).render());
    TemplateException refused =
        assertThrows(
            TemplateException.class, () -> engine.parse("{fmt.zon}").data("fmt", fmt).render());
    assertTrue(refused.getMessage().contains("zon"), refused.getMessage());
  }

  @Test
  void aPropertyTheAnswerDoesNotHaveFailsThePage() {
    // An answer is the API's record (here the case list's CaseSummary).
    CaseSummary c =
        new CaseSummary(
            7,
            Agency.PA_SNM,
            CaseStatus.OPEN,
            "Ana",
            "Pérez",
            "CO",
            "F",
            null,
            "Lajas Blancas",
            0,
            null);
    assertEquals("Pérez", engine.parse("{c.familyNames}").data("c", c).render());
    assertThrows(
        TemplateException.class, () -> engine.parse("{c.familyName}").data("c", c).render());
    // Where a value may truly be absent, the template says so.
    assertEquals("-", engine.parse("{c.familyName ?: '-'}").data("c", c).render());
  }

  @Test
  void wordsComeFromTheBundleInThePagesLanguage() {
    assertEquals("Cases", engine.parse("{msg:nav_cases}").instance().setLocale("en").render());
    assertEquals("Casos", engine.parse("{msg:nav_cases}").instance().setLocale("es").render());
    assertEquals("Casos", Texts.messages("es").nav_cases());
    assertEquals("Caso", Texts.messages("es").case_title());
  }
}
