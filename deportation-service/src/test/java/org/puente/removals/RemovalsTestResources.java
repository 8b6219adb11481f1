package org.puente.removals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.puente.testing.EmbeddedPostgresResource;
import org.puente.testing.TestTokenIssuerResource;

/**
 * A real PostgreSQL, real signed tokens, and training-service and funding-service stood in for on
 * loopback.
 */
@QuarkusTestResource(
    value = EmbeddedPostgresResource.class,
    initArgs = @ResourceArg(name = "database", value = "removals"))
@QuarkusTestResource(TestTokenIssuerResource.class)
@QuarkusTestResource(TrainingStub.class)
@QuarkusTestResource(FundingStub.class)
public class RemovalsTestResources {}
