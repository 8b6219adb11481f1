package org.puente.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import org.puente.testing.KeycloakResource;

/** The services stood in for, and a real Keycloak with the puente realm, all on 127.0.0.1. */
@QuarkusTestResource(BackendStubs.class)
@QuarkusTestResource(KeycloakResource.class)
public class GatewayTestResources {}
