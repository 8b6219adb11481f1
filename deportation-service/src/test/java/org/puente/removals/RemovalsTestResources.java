package org.puente.removals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.puente.testing.EmbeddedPostgresResource;
import org.puente.testing.TestTokenIssuerResource;

/**
 * A real PostgreSQL, real signed tokens, and training-service and funding-service stood in for on
 * loopback ({@link RemovalsTrainingStub}; {@link RemovalsFundingStub}: funding-service answers its
 * reads and keeps away from the outbox's writes, so they stay in the outbox).
 */
@QuarkusTestResource(
    value = EmbeddedPostgresResource.class,
    initArgs = @ResourceArg(name = "database", value = "removals"))
@QuarkusTestResource(TestTokenIssuerResource.class)
@QuarkusTestResource(RemovalsTrainingStub.class)
@QuarkusTestResource(
    value = RemovalsFundingStub.class,
    initArgs = @ResourceArg(name = "writesAway", value = "true"))
public class RemovalsTestResources {}
