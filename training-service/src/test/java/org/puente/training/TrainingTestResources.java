package org.puente.training;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.puente.testing.EmbeddedPostgresResource;
import org.puente.testing.TestTokenIssuerResource;

/**
 * Every test of this module runs against a real PostgreSQL and verifies real signed tokens;
 * funding-service is a stub on loopback that keeps what it was sent ({@link TrainingFundingStub}).
 */
@QuarkusTestResource(
    value = EmbeddedPostgresResource.class,
    initArgs = @ResourceArg(name = "database", value = "training"))
@QuarkusTestResource(TestTokenIssuerResource.class)
@QuarkusTestResource(TrainingFundingStub.class)
public class TrainingTestResources {}
