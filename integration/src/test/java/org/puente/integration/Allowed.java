package org.puente.integration;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Someone the policy table allows to call an operation, to get past authorization. */
final class Allowed {

  private static Map<String, AuthorizationMatrixIT.Policy> policy;

  private Allowed() {}

  static synchronized Optional<String[]> caller(String operationId) {
    if (policy == null) {
      policy =
          AuthorizationMatrixIT.Policy.read(
              java.nio.file.Path.of(
                  "gateway", "src", "main", "resources", "authorization-policy.txt"));
    }
    AuthorizationMatrixIT.Policy row = policy.get(operationId);
    if (row == null) {
      return Optional.empty();
    }
    // The owning agency first: it can act on the fixture's records.
    for (String agency : List.of("PA-SNM", "US-DOS", "US-DHS")) {
      for (String role : AuthorizationMatrixIT.ROLES) {
        if (row.expect(role, agency).equals("allow")) {
          return Optional.of(new String[] {role, agency});
        }
      }
    }
    return Optional.empty();
  }
}
