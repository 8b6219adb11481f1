package org.puente.common.security;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** The agencies of the agreement, as the {@code agency} claim and the API spell them. */
public enum Agency {
  /** Panama's migration authority (Servicio Nacional de Migración). */
  PA_SNM("PA-SNM"),
  /** U.S. Homeland Security: advisers and trainers. */
  US_DHS("US-DHS"),
  /** U.S. State Department: funding. */
  US_DOS("US-DOS");

  private final String code;

  Agency(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }

  public static Optional<Agency> fromCode(String code) {
    for (Agency agency : values()) {
      if (agency.code.equals(code)) {
        return Optional.of(agency);
      }
    }
    return Optional.empty();
  }

  @JsonCreator
  static Agency parse(String code) {
    return fromCode(code)
        .orElseThrow(() -> new IllegalArgumentException("expected one of PA-SNM, US-DHS, US-DOS"));
  }

  @Override
  public String toString() {
    return code;
  }
}
