// Each agency's identity provider: a Keycloak of its own, and its realm held to the production
// model: its people only (no user with a credential, no scripting client, no password grant), OTP
// for everyone, the token claims the services require, the client secrets from Secrets, never
// from the file. And the issuer the workloads are told is the one this Keycloak serves.
import assert from "node:assert/strict";
import { test } from "node:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { OVERLAYS, AGENCIES, K8S, render, byKind, hostOf } from "./render.mjs";

const ROLES = [
  "case-officer", "supervisor", "advisor", "training-coordinator", "funding-officer",
  "certifying-officer", "auditor", "admin", "monitor", "service",
];
const readme = readFileSync(join(K8S, "README.md"), "utf8");
const on = (config, key) => config?.[key] === "true";

for (const overlay of OVERLAYS) {
  const objects = render(overlay);
  const { agency, service } = AGENCIES[overlay];
  const keycloak = byKind(objects, "Keycloak")[0];
  const imports = byKind(objects, "KeycloakRealmImport");
  const realm = imports[0]?.spec.realm;
  const config = byKind(objects, "ConfigMap").find((c) => c.metadata.name === "puente-config").data;
  const portal = hostOf(objects, "gateway");

  test(`${overlay}: its own Keycloak, on its own database, at the issuer its workloads are told`, () => {
    assert.equal(byKind(objects, "Keycloak").length, 1);
    assert.ok(keycloak.spec.instances >= 2, "more than one instance");
    const cluster = byKind(objects, "Cluster").find((c) => `${c.metadata.name}-rw` === keycloak.spec.db.host);
    assert.ok(cluster, "its database is a CloudNativePG Cluster here");
    assert.equal(keycloak.spec.db.database, cluster.spec.bootstrap.initdb.database);
    assert.equal(keycloak.spec.db.usernameSecret.name, `${cluster.metadata.name}-app`);
    assert.equal(keycloak.spec.db.passwordSecret.name, `${cluster.metadata.name}-app`);
    assert.ok(!byKind(objects, "Deployment").some((d) => d.spec.template.spec.containers.some((c) => (c.env ?? []).some((e) => e.value?.includes(`${cluster.metadata.name}-rw`)))), "no service shares it");
    const host = keycloak.spec.hostname.hostname;
    assert.equal(config.OIDC_ISSUER, `https://${host}/realms/${overlay}`);
    const ingress = byKind(objects, "Ingress").find((i) => i.spec.rules.some((r) => r.host === host));
    assert.ok(ingress, "published at its hostname");
    assert.equal(ingress.spec.tls[0].secretName, keycloak.spec.http.tlsSecret);
    assert.ok(ingress.spec.rules[0].http.paths.every((p) => p.backend.service.name === `${keycloak.metadata.name}-service`));
    assert.ok(!ingress.spec.rules[0].http.paths.some((p) => p.path.startsWith("/admin")), "the admin console is not published");
    assert.ok(readme.includes(`\`${keycloak.spec.http.tlsSecret}\``), "its certificate's Secret is listed in k8s/README.md");
  });

  test(`${overlay}: the realm ${overlay} is the production model`, () => {
    assert.equal(imports.length, 1);
    assert.equal(imports[0].spec.keycloakCRName, keycloak.metadata.name);
    assert.equal(realm.realm, overlay);
    assert.equal(realm.enabled, true);
    assert.equal(realm.sslRequired, "all");
    assert.equal(realm.bruteForceProtected, true);
    assert.match(realm.passwordPolicy, /length\((1[2-9]|[2-9]\d)\)/, "passwords of 12 or more");
    for (const rule of ["notUsername", "passwordHistory", "digits", "upperCase", "specialChars"]) {
      assert.ok(realm.passwordPolicy.includes(rule), `password policy: ${rule}`);
    }
    assert.ok(!realm.registrationAllowed, "no self-registration");
    assert.deepEqual(realm.roles.realm.map((r) => r.name).sort(), [...ROLES].sort());
  });

  test(`${overlay}: everyone, admins included, must enrol OTP`, () => {
    const totp = realm.requiredActions.find((a) => a.alias === "CONFIGURE_TOTP");
    assert.ok(totp?.enabled && totp.defaultAction, "CONFIGURE_TOTP, enabled, a default action");
    assert.equal(realm.otpPolicyType, "totp");
    assert.ok(realm.otpPolicyDigits >= 6 && realm.otpPolicyPeriod > 0 && realm.otpPolicyAlgorithm);
    assert.equal(realm.otpPolicyCodeReusable, false);
  });

  test(`${overlay}: tokens carry agency ${agency}, the audience puente, the roles as groups, officer_id`, () => {
    const scope = realm.clientScopes.find((s) => s.name === "puente");
    const mapper = (type) => scope.protocolMappers.filter((m) => m.protocolMapper === type);
    const [agencyClaim] = mapper("oidc-hardcoded-claim-mapper").filter((m) => m.config["claim.name"] === "agency");
    assert.equal(agencyClaim?.config["claim.value"], agency, "hardcoded: a user cannot claim another agency");
    assert.ok(on(agencyClaim.config, "access.token.claim") && on(agencyClaim.config, "id.token.claim"));
    const [audience] = mapper("oidc-audience-mapper");
    assert.equal(audience?.config["included.custom.audience"], "puente");
    assert.ok(on(audience.config, "access.token.claim"));
    const [groups] = mapper("oidc-usermodel-realm-role-mapper");
    assert.equal(groups?.config["claim.name"], "groups");
    assert.ok(on(groups.config, "multivalued") && on(groups.config, "access.token.claim"));
    const [officer] = mapper("oidc-usermodel-attribute-mapper").filter((m) => m.config["user.attribute"] === "officer_id");
    assert.equal(officer?.config["claim.name"], "officer_id");
    assert.ok(on(officer.config, "access.token.claim"));
    assert.ok(realm.defaultDefaultClientScopes.includes("puente"));
    for (const c of realm.clients) assert.ok(c.defaultClientScopes.includes("puente"), `${c.clientId}: the puente scope`);
  });

  test(`${overlay}: the portal's client and ${service}'s, and nothing else that signs in`, () => {
    assert.deepEqual(realm.clients.map((c) => c.clientId).sort(), ["puente-gateway", service].sort());
    const gateway = realm.clients.find((c) => c.clientId === "puente-gateway");
    assert.equal(gateway.publicClient, false, "confidential");
    assert.equal(gateway.standardFlowEnabled, true);
    assert.equal(gateway.attributes["pkce.code.challenge.method"], "S256");
    assert.ok(gateway.redirectUris.length > 0);
    for (const uri of gateway.redirectUris) assert.ok(uri.startsWith(`https://${portal}/`), `${uri}: only the agency's portal`);
    const own = realm.clients.find((c) => c.clientId === service);
    assert.equal(own.publicClient, false);
    assert.equal(own.serviceAccountsEnabled, true);
    assert.equal(own.standardFlowEnabled, false);
    const account = realm.users.find((u) => u.serviceAccountClientId === service);
    assert.deepEqual(account?.realmRoles, ["service"]);
    for (const c of realm.clients) {
      assert.notEqual(c.directAccessGrantsEnabled, true, `${c.clientId}: no password grant`);
      assert.notEqual(c.implicitFlowEnabled, true, `${c.clientId}: no implicit flow`);
    }
    assert.ok(!JSON.stringify(realm).includes('"directAccessGrantsEnabled":true'));
    assert.ok(!realm.clients.some((c) => c.clientId === "puente-cli"));
  });

  test(`${overlay}: no person in the file, no credential, no secret`, () => {
    for (const u of realm.users ?? []) {
      assert.ok(u.serviceAccountClientId, `${u.username}: a person; people are made by an administrator`);
      assert.ok(!u.credentials?.length, `${u.username} has credentials`);
    }
    const placeholders = imports[0].spec.placeholders ?? {};
    for (const c of realm.clients.filter((c) => !c.publicClient)) {
      const [, name] = String(c.secret).match(/^\$\{([A-Z][A-Z0-9_]*)\}$/) ?? [];
      assert.ok(name, `${c.clientId}: its secret is a placeholder, not a value`);
      assert.ok(placeholders[name], `${c.clientId}: \${${name}} is not a declared placeholder`);
    }
    for (const name of JSON.stringify(realm).matchAll(/\$\{([A-Z][A-Z0-9_]*)[}:]/g)) {
      assert.ok(placeholders[name[1]], `\${${name[1]}} is used but not declared`);
    }
    // The same Secrets the workloads read their client secrets from, so the two agree.
    const workloadSecrets = byKind(objects, "Deployment").flatMap((d) =>
      d.spec.template.spec.containers.flatMap((c) => (c.env ?? []).filter((e) => e.name === "OIDC_CLIENT_SECRET").map((e) => e.valueFrom.secretKeyRef)),
    );
    for (const [name, { secret }] of Object.entries(placeholders)) {
      assert.ok(readme.includes(`\`${secret.name}\``), `${name}: Secret ${secret.name} is not listed in k8s/README.md`);
      const used = workloadSecrets.find((s) => s.name === secret.name);
      if (used) assert.equal(used.key, secret.key, `${secret.name}: the realm and the workload read the same key`);
    }
    assert.ok(Object.values(placeholders).some((p) => p.secret.name === "gateway-oidc"), "the gateway's client secret");
    assert.ok(Object.values(placeholders).some((p) => p.secret.name === `${service}-oidc`), `${service}'s client secret`);
  });

  test(`${overlay}: a service's own client secret only where the service runs`, () => {
    const secrets = new Set(
      byKind(objects, "Deployment").flatMap((d) => d.spec.template.spec.containers.flatMap((c) => (c.env ?? []).map((e) => e.valueFrom?.secretKeyRef?.name).filter(Boolean))),
    );
    for (const other of Object.values(AGENCIES).filter((a) => a.service !== service)) {
      assert.ok(!secrets.has(`${other.service}-oidc`), `${other.service}-oidc in ${overlay}`);
      assert.ok(!Object.values(imports[0].spec.placeholders).some((p) => p.secret.name === `${other.service}-oidc`));
    }
  });
}
