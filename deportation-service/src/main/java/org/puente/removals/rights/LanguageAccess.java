package org.puente.removals.rights;

import java.util.Collection;
import java.util.Optional;

/**
 * An interview or a notice of rights reaches the person only in a language they speak: one of the
 * languages recorded on the case, or through an interpreter who is named.
 */
public final class LanguageAccess {

  private LanguageAccess() {}

  /** Why the person would not understand, or empty when they would. */
  public static Optional<String> refusal(
      Collection<String> personLanguages, String language, String interpreter) {
    if (personLanguages.contains(language) || (interpreter != null && !interpreter.isBlank())) {
      return Optional.empty();
    }
    return Optional.of(
        "The language "
            + language
            + " is not one of the person's languages "
            + personLanguages
            + " and no interpreter is recorded");
  }
}
