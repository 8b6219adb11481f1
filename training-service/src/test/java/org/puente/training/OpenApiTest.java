package org.puente.training;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.puente.testing.OpenApiContract;

/** The published contract is valid OpenAPI 3 and documents every operation fully. */
@QuarkusTest
class OpenApiTest {

  @Test
  void everyOperationHasAnIdAndItsProblemResponses() {
    OpenApiContract.assertComplete("/api/v1/training/", 26);
  }
}
