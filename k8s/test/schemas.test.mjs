// Every object of every overlay validates against the Kubernetes OpenAPI schemas and the
// CloudNativePG CRD schemas: types, required fields and enums (the packages' validators), and no
// field the schema does not declare (strict, as `kubectl apply --validate=strict` would be).
import assert from "node:assert/strict";
import { test } from "node:test";
import { createRequire } from "node:module";
import { OVERLAYS, render, nameOf } from "./render.mjs";
import { moduleOf, strictTypes } from "./strict-types.mjs";

const require = createRequire(import.meta.url);
const all = OVERLAYS.flatMap((overlay) => render(overlay).map((o) => ({ overlay, o })));
const strict = strictTypes(new Set(all.map(({ o }) => `${o.apiVersion}|${o.kind}`)));

async function model(apiVersion, kind) {
  const module = await import(moduleOf(apiVersion, kind));
  return module[kind];
}

for (const overlay of OVERLAYS) {
  test(`${overlay}: every object validates against its schema`, async () => {
    const objects = render(overlay);
    assert.ok(objects.length > 10, "the overlay renders the suite");
    for (const o of objects) {
      const Model = await model(o.apiVersion, o.kind);
      assert.ok(Model, `no schema for ${o.apiVersion} ${o.kind}`);
      assert.doesNotThrow(() => new Model(o).validate(), `${overlay} ${nameOf(o)}`);
    }
  });

  test(`${overlay}: no object has a field its schema does not declare`, () => {
    const unknown = render(overlay).flatMap((o) => strict.unknownFields(o));
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
