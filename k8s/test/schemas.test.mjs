// Every object of every overlay validates against the Kubernetes OpenAPI schemas and the
// CloudNativePG, Gateway API and Prometheus Operator CRD schemas: types, required fields and enums
// (the packages' validators), and no field the schema does not declare (strict, as
// `kubectl apply --validate=strict` would be). The Barman Cloud plugin's ObjectStore, published in
// no npm package, is held to its CRD's schema as committed under schemas/ (crd-schema.mjs). The
// Keycloak Operator's resources, whose schemas no reachable registry publishes, are held to the
// fields the operator needs and documents (keycloak-schema.mjs).
import assert from "node:assert/strict";
import { test } from "node:test";
import { createRequire } from "node:module";
import { TARGETS, render, nameOf } from "./render.mjs";
import { moduleOf, strictTypes } from "./strict-types.mjs";
import { isKeycloakKind, keycloakProblems } from "./keycloak-schema.mjs";
import { hasCrdSchema, crdProblems } from "./crd-schema.mjs";

const require = createRequire(import.meta.url);
const all = TARGETS.flatMap((overlay) => render(overlay).map((o) => ({ overlay, o })));
/** Objects the npm packages' models cover (the others have their own checks). */
const modelled = (o) => !isKeycloakKind(o) && !hasCrdSchema(o);
const strict = strictTypes(new Set(all.filter(({ o }) => modelled(o)).map(({ o }) => `${o.apiVersion}|${o.kind}`)));

async function model(apiVersion, kind) {
  const module = await import(moduleOf(apiVersion, kind));
  return module[kind];
}

for (const overlay of TARGETS) {
  test(`${overlay}: every object validates against its schema`, async () => {
    const objects = render(overlay);
    assert.ok(objects.length > 10, "the overlay renders the suite");
    for (const o of objects) {
      if (isKeycloakKind(o)) {
        assert.deepEqual(keycloakProblems(o, objects), [], `${overlay} ${nameOf(o)}`);
        continue;
      }
      if (hasCrdSchema(o)) {
        assert.deepEqual(crdProblems(o), [], `${overlay} ${nameOf(o)}`);
        continue;
      }
      const Model = await model(o.apiVersion, o.kind);
      assert.ok(Model, `no schema for ${o.apiVersion} ${o.kind}`);
      assert.doesNotThrow(() => new Model(o).validate(), `${overlay} ${nameOf(o)}`);
    }
  });

  test(`${overlay}: no object has a field its schema does not declare`, () => {
    const unknown = render(overlay).filter(modelled).flatMap((o) => strict.unknownFields(o));
    assert.deepEqual(unknown, []);
  });
}

test("the checks catch what they claim to: a wrong type, a missing field, an unknown field (Kubernetes, CloudNativePG, Gateway API, Prometheus Operator)", async () => {
  const Deployment = await model("apps/v1", "Deployment");
  const good = structuredClone(all.find(({ o }) => o.kind === "Deployment").o);
  assert.doesNotThrow(() => new Deployment(good).validate());

  const wrongType = structuredClone(good);
  wrongType.spec.replicas = "two";
  assert.throws(() => new Deployment(wrongType).validate());

  const missing = structuredClone(good);
  delete missing.spec.selector;
  assert.throws(() => new Deployment(missing).validate());

  const unknown = structuredClone(good);
  unknown.spec.template.spec.containers[0].securityContext.readOnlyRootFileSystem = true;
  assert.deepEqual(strict.unknownFields(unknown), [
    `Deployment/${good.metadata.name}.spec.template.spec.containers[0].securityContext.readOnlyRootFileSystem: unknown field`,
  ]);

  const cluster = structuredClone(all.find(({ o }) => o.kind === "Cluster").o);
  assert.deepEqual(strict.unknownFields(cluster), []);
  const route = structuredClone(all.find(({ o }) => o.kind === "HTTPRoute").o);
  assert.deepEqual(strict.unknownFields(route), []);
  route.spec.parentRefs[0].section = "https";
  assert.deepEqual(strict.unknownFields(route), [`HTTPRoute/${route.metadata.name}.spec.parentRefs[0].section: unknown field`]);
  const HTTPRoute = await model(route.apiVersion, route.kind);
  delete route.spec.parentRefs[0].name;
  assert.throws(() => new HTTPRoute(route).validate(), "a parentRef names its Gateway");

  const rules = structuredClone(all.find(({ o }) => o.kind === "PrometheusRule").o);
  assert.deepEqual(strict.unknownFields(rules), []);
  rules.spec.groups[0].rules[0].severity = "warning";
  assert.deepEqual(strict.unknownFields(rules), [`PrometheusRule/${rules.metadata.name}.spec.groups[0].rules[0].severity: unknown field`]);

  cluster.spec.plugins[0].isWalArchiver = true;
  assert.deepEqual(strict.unknownFields(cluster), [`Cluster/${cluster.metadata.name}.spec.plugins[0].isWalArchiver: unknown field`]);
});

test("the ObjectStore check catches a missing field, a wrong value, an unknown field, a forbidden one", () => {
  const store = all.find(({ o }) => o.kind === "ObjectStore").o;
  const name = `ObjectStore/${store.metadata.name}`;
  assert.deepEqual(crdProblems(store), []);
  const broken = (change) => {
    const copy = structuredClone(store);
    change(copy.spec);
    return crdProblems(copy);
  };
  assert.deepEqual(broken((s) => delete s.configuration.destinationPath), [`${name}.spec.configuration.destinationPath: required`]);
  assert.deepEqual(broken((s) => (s.configuration.wal.compression = "zip")), [`${name}.spec.configuration.wal.compression: one of bzip2, gzip, lz4, snappy, xz, zstd`]);
  assert.deepEqual(broken((s) => (s.retentionPolicy = "30 days")), [`${name}.spec.retentionPolicy: does not match ^[1-9][0-9]*[dwm]$`]);
  assert.deepEqual(broken((s) => (s.configuration.s3Credentials.accessKeyID = s.configuration.s3Credentials.accessKeyId)), [
    `${name}.spec.configuration.s3Credentials.accessKeyID: unknown field`,
  ]);
  assert.deepEqual(broken((s) => delete s.configuration.s3Credentials.secretAccessKey.key), [`${name}.spec.configuration.s3Credentials.secretAccessKey.key: required`]);
  assert.deepEqual(broken((s) => (s.configuration.serverName = "x")), [`${name}.spec.configuration: use the 'serverName' plugin parameter in the Cluster resource`]);
  assert.deepEqual(broken((s) => (s.configuration.data.jobs = 0)), [`${name}.spec.configuration.data.jobs: less than 1`]);
});

test("the Keycloak checks catch a missing field, a wrong type, an unknown field, a dangling reference", () => {
  const objects = structuredClone(all.filter(({ overlay }) => overlay !== "base").map(({ o }) => o));
  const keycloak = objects.find((o) => o.kind === "Keycloak");
  const realm = objects.find((o) => o.kind === "KeycloakRealmImport" && o.metadata.namespace === keycloak.metadata.namespace);
  assert.deepEqual(keycloakProblems(keycloak, objects), []);
  assert.deepEqual(keycloakProblems(realm, objects), []);
  const broken = (change, o = keycloak) => {
    const copy = structuredClone(o);
    change(copy);
    return keycloakProblems(copy, objects);
  };
  assert.deepEqual(broken((k) => delete k.spec.db.passwordSecret), ["spec.db.passwordSecret.name: required", "spec.db.passwordSecret.key: required"]);
  assert.deepEqual(broken((k) => (k.spec.instances = "2")), ["Keycloak/keycloak.spec.instances: not a integer", "spec.instances: not a integer"]);
  assert.deepEqual(broken((k) => delete k.spec.http.tlsSecret), ["spec.http.tlsSecret: required"]);
  assert.deepEqual(broken((k) => (k.spec.hostname.hostName = "x")), ["Keycloak/keycloak.spec.hostname.hostName: unknown field"]);
  assert.deepEqual(broken((k) => (k.spec.db.vendor = "mysql")), ["spec.db.vendor: postgres"]);
  assert.deepEqual(broken((r) => (r.spec.keycloakCRName = "other"), realm), ["spec.keycloakCRName: no Keycloak other in the namespace"]);
  assert.deepEqual(broken((r) => delete r.spec.realm.realm, realm), ["spec.realm.realm: required"]);
  assert.deepEqual(broken((r) => (r.spec.placeholders.X = { secret: { name: "s" } }), realm), ["spec.placeholders.X.secret.key: required"]);
});
