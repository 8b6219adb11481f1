package org.puente.funding;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.puente.testing.EmbeddedPostgresResource;
import org.puente.testing.TestTokenIssuerResource;

/** Every test of this module runs against a real PostgreSQL and verifies real signed tokens. */
@QuarkusTestResource(
    value = EmbeddedPostgresResource.class,
    initArgs = @ResourceArg(name = "database", value = "funding"))
@QuarkusTestResource(TestTokenIssuerResource.class)
public class FundingTestResources {}
