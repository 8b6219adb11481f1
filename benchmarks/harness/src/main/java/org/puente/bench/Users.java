package org.puente.bench;

import org.puente.testing.TestTokens;

/** The callers of the benchmark, with tokens signed by the test issuer (valid for an hour). */
final class Users {

  private Users() {}

  static String snmOfficer() {
    return TestTokens.user("bench-snm-officer")
        .agency("PA-SNM")
        .roles("case-officer")
        .officerId(1)
        .token();
  }

  static String dhsOfficer() {
    return TestTokens.user("bench-dhs-officer").agency("US-DHS").roles("case-officer").token();
  }

  static String dhsCoordinator() {
    return TestTokens.user("bench-dhs-coordinator")
        .agency("US-DHS")
        .roles("training-coordinator")
        .token();
  }

  static String dosBudget() {
    return TestTokens.user("bench-dos-budget").agency("US-DOS").roles("funding-officer").token();
  }
}
