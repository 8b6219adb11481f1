package org.puente.removals;

import org.puente.testing.stubs.TrainingStub;
import org.puente.testing.stubs.TrainingStubResource;
import org.puente.training.api.Competency;

/**
 * training-service stood in for ({@link TrainingStub}, injected into a test's {@code @InjectStub
 * TrainingStub} field). Before every test the officers the fixtures act as are certified for a
 * year: {@link Fixtures#SNM_OFFICER}'s officer record 501 as a screener, {@link Fixtures#ESCORT} as
 * an escort.
 */
public class RemovalsTrainingStub extends TrainingStubResource {

  @Override
  protected void prepare(TrainingStub stub) {
    stub.certify(501, Competency.PROTECTION_SCREENING, Fixtures.TODAY.plusYears(1));
    stub.certify(Fixtures.ESCORT, Competency.REMOVAL_ESCORT, Fixtures.TODAY.plusYears(1));
  }
}
