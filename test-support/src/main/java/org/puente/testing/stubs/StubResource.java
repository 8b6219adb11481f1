package org.puente.testing.stubs;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts a partner stub for the test JVM and hands it to every test: before each test (each test
 * instance) the stub is {@link PartnerStub#reset() reset}, {@link #prepare prepared} and injected
 * into the test's {@link InjectStub} field of its type. State lives in the one stub instance, never
 * in static fields, and no test sees what the one before it told the stub.
 *
 * @param <S> the stub
 */
public abstract class StubResource<S extends PartnerStub>
    implements QuarkusTestResourceLifecycleManager {

  private Map<String, String> args = Map.of();
  private S stub;

  /** The stub, from the resource's init args. */
  protected abstract S create(Map<String, String> args);

  /** What every test of the module may rely on, set again after each reset (none by default). */
  protected void prepare(S stub) {}

  /** Configuration the module needs besides the stub's url (none by default). */
  protected Map<String, String> config(S stub) {
    return Map.of();
  }

  @Override
  public void init(Map<String, String> initArgs) {
    args = initArgs;
  }

  @Override
  public Map<String, String> start() {
    stub = create(args);
    Map<String, String> config = new HashMap<>(stub.start());
    config.putAll(config(stub));
    return config;
  }

  @Override
  public void inject(TestInjector testInjector) {
    stub.reset();
    prepare(stub);
    testInjector.injectIntoFields(
        stub, new TestInjector.AnnotatedAndMatchesType(InjectStub.class, stub.getClass()));
  }

  @Override
  public void stop() {
    if (stub != null) {
      stub.stop();
    }
  }
}
