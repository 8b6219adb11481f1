// Every object of every overlay validates against the Kubernetes OpenAPI schemas and the
// CloudNativePG CRD schemas: types, required fields and enums (the packages' validators), and no
// field the schema does not declare (strict, as `kubectl apply --validate=strict` would be). The
// Keycloak Operator's resources, whose schemas no reachable registry publishes, are held to the
// fields the operator needs and documents (keycloak-schema.mjs).
import assert from "node:assert/strict";
import { test } from "node:test";
import { createRequire } from "node:module";
import { TARGETS, render, nameOf } from "./render.mjs";
import { moduleOf, strictTypes } from "./strict-types.mjs";
import { isKeycloakKind, keycloakProblems } from "./keycloak-schema.mjs";

const require = createRequire(import.meta.url);
const all = TARGETS.flatMap((overlay) => render(overlay).map((o) => ({ overlay, o })));
const strict = strictTypes(new Set(all.filter(({ o }) => !isKeycloakKind(o)).map(({ o }) => `${o.apiVersion}|${o.kind}`)));

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
      const Model = await model(o.apiVersion, o.kind);
      assert.ok(Model, `no schema for ${o.apiVersion} ${o.kind}`);
      assert.doesNotThrow(() => new Model(o).validate(), `${overlay} ${nameOf(o)}`);
    }
  });

  test(`${overlay}: no object has a field its schema does not declare`, () => {
    const unknown = render(overlay).filter((o) => !isKeycloakKind(o)).flatMap((o) => strict.unknownFields(o));
    assert.deepEqual(unknown, []);
  });
}

test("the checks catch what they claim to: a wrong type, a missing field, an unknown field", async () => {
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
  cluster.spec.backup.barmanObjectStore.retention = "30d";
  assert.equal(strict.unknownFields(cluster).length, 1);
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
