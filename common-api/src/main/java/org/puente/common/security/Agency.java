package org.puente.common.security;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** The agencies of the agreement, as the {@code agency} claim and the API spell them. */
public enum Agency {
  /** Panama's migration authority (Servicio Nacional de Migración). */
  PA_SNM("PA-SNM", "PA", "Servicio Nacional de Migración de Panamá"),
  /** U.S. Homeland Security: advisers and trainers. */
  US_DHS("US-DHS", "US", "U.S. Department of Homeland Security"),
  /** U.S. State Department: funding. */
  US_DOS("US-DOS", "US", "U.S. Department of State");

  private final String code;
  private final String country;
  private final String officialName;

  Agency(String code, String country, String officialName) {
    this.code = code;
    this.country = country;
    this.officialName = officialName;
  }

  /** ISO 3166-1 alpha-2 code of the agency's country. */
  public String country() {
    return country;
  }

  public String officialName() {
    return officialName;
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
