package org.puente.gateway;

import io.quarkus.test.common.QuarkusTestResource;

/** The services stood in for, and an OpenID Connect provider, all on 127.0.0.1. */
@QuarkusTestResource(BackendStubs.class)
@QuarkusTestResource(OidcProviderStub.class)
public class GatewayTestResources {}
