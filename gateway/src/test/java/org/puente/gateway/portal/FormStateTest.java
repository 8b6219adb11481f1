package org.puente.gateway.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.puente.common.problem.Problem;

/** A refused form's values and errors go back to that form only, under the fields it named. */
class FormStateTest {

  private static FormState refusedScreening() {
    FormState state = new FormState(null);
    Problem problem =
        new Problem(
            null,
            "Invalid request",
            400,
            "Some fields are not valid",
            null,
            null,
            List.of(
                new Problem.FieldError("notes", "must not be blank"),
                new Problem.FieldError("cost.amount", "must be positive"),
                new Problem.FieldError("rights[1]", "is not one of the values offered"),
                new Problem.FieldError("notes", "is too long")),
            List.of());
    state.refuse(
        "screening",
        "/portal/cases/7",
        Map.of("language", List.of("es"), "rights", List.of("APPEAL", "COUNSEL")),
        new BackendProblem(400, problem));
    return state;
  }

  @Test
  void theRefusedFormGetsBackWhatItSentAndEachFieldsError() {
    FormState state = refusedScreening();
    assertTrue(state.anyRefused());
    assertEquals("/portal/cases/7", state.page());
    assertEquals(
        "es", state.value("screening", "language", "en"), "what was sent, not the default");
    assertEquals("", state.value("screening", "notes", "default"), "a field sent empty stays so");
    assertTrue(state.chosen("screening", "rights", "COUNSEL"));
    assertFalse(state.chosen("screening", "rights", "INTERPRETER"));
    assertEquals("must not be blank; is too long", state.error("screening", "notes"));
    assertEquals("must be positive", state.error("screening", "cost"));
    assertEquals("is not one of the values offered", state.error("screening", "rights"));
    assertEquals(400, state.status());
  }

  @Test
  void anotherFormOfThePageKeepsItsDefaults() {
    FormState state = refusedScreening();
    assertEquals("en", state.value("rights", "language", "en"));
    assertFalse(state.chosen("rights", "rights", "COUNSEL"));
    assertNull(state.error("rights", "notes"));
  }

  @Test
  void withoutARefusalEveryFieldHasItsDefault() {
    FormState state = new FormState(null);
    assertFalse(state.anyRefused());
    assertEquals("2026-11-30", state.value("plan", "day", java.time.LocalDate.of(2026, 11, 30)));
    assertEquals("", state.value("plan", "notes"));
    assertNull(state.error("plan", "notes"));
    assertEquals("/", state.page());
  }
}
