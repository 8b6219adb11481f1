package org.puente.testing.stubs;

import java.util.Map;

/** Stands training-service in with a {@link TrainingStub}. */
public class TrainingStubResource extends StubResource<TrainingStub> {

  @Override
  protected TrainingStub create(Map<String, String> args) {
    return new TrainingStub();
  }
}
