package org.puente.testing.stubs;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the test class field that gets a partner stub ({@link FundingStub}, {@link TrainingStub}),
 * set by its {@link StubResource} for every test, after the stub was reset:
 *
 * <pre>
 * &#64;InjectStub FundingStub funding;
 * </pre>
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface InjectStub {}
