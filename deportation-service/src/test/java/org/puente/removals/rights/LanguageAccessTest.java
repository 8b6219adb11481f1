package org.puente.removals.rights;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageAccessTest {

  @Test
  void onlyThePersonsLanguagesOrANamedInterpreter() {
    assertTrue(LanguageAccess.refusal(List.of("es", "ht"), "ht", null).isEmpty());
    assertTrue(LanguageAccess.refusal(List.of("es"), "en", "Ana Ruiz").isEmpty());
    assertTrue(LanguageAccess.refusal(List.of("es"), "en", null).isPresent());
    assertTrue(LanguageAccess.refusal(List.of("es"), "en", "   ").isPresent());
    assertTrue(LanguageAccess.refusal(List.of(), "es", null).isPresent());
  }
}
