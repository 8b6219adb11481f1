// The databases' connections: each service's pool at the most replicas it can run (the
// autoscaler's maximum, plus a rolling update's surge), summed over what shares one PostgreSQL
// cluster, plus headroom, must fit the cluster's max_connections, which must be stated. Keycloak
// counts too: its instances, and the one more the operator starts to import a realm, each with its
// pool (spec.db.poolMaxSize, which must be stated: the server's default is 100).
import assert from "node:assert/strict";
import { test } from "node:test";
import { OVERLAYS, TARGETS, render, byKind, nameOf, containersOf } from "./render.mjs";

/**
 * Connections kept free of the services' pools: superuser_reserved_connections (3), the
 * CloudNativePG instance manager and its metrics exporter, and an operator's maintenance session.
 */
export const HEADROOM = 20;

/** Pods a Deployment can have at once: the autoscaler's maximum, and the surge while it rolls. */
export function mostPods(deployment, hpa) {
  const max = hpa ? hpa.spec.maxReplicas : deployment.spec.replicas ?? 1;
  const surge = deployment.spec.strategy?.rollingUpdate?.maxSurge ?? "25%";
  const extra =
    deployment.spec.strategy?.type === "Recreate"
      ? 0
      : String(surge).endsWith("%")
        ? Math.ceil((max * parseInt(surge, 10)) / 100)
        : Number(surge);
  return max + extra;
}

/** For each PostgreSQL cluster: its max_connections and who connects to it with how many. */
export function connectionBudget(objects) {
  const hpas = byKind(objects, "HorizontalPodAutoscaler");
  return byKind(objects, "Cluster").map((cluster) => {
    const name = cluster.metadata.name;
    const users = [];
    for (const d of byKind(objects, "Deployment")) {
      for (const c of containersOf(d)) {
        const env = new Map((c.env ?? []).map((e) => [e.name, e.value]));
        const url = env.get("DB_URL");
        if (!url || !new RegExp(`^jdbc:postgresql://${name}-(rw|ro|r)[:/]`).test(url)) continue;
        const pool = Number(env.get("DB_POOL_MAX_SIZE"));
        assert.ok(Number.isInteger(pool) && pool > 0, `${nameOf(d)}: DB_POOL_MAX_SIZE is not stated`);
        const hpa = hpas.find((h) => h.spec.scaleTargetRef.name === d.metadata.name);
        const pods = mostPods(d, hpa);
        users.push({ who: d.metadata.name, pods, pool, connections: pods * pool });
      }
    }
    for (const k of byKind(objects, "Keycloak")) {
      if (k.spec.db?.host !== `${name}-rw`) continue;
      const pool = k.spec.db.poolMaxSize;
      assert.ok(Number.isInteger(pool) && pool > 0, `${nameOf(k)}: spec.db.poolMaxSize is not stated`);
      const pods = k.spec.instances + 1;
      users.push({ who: nameOf(k), pods, pool, connections: pods * pool });
    }
    const stated = cluster.spec.postgresql?.parameters?.max_connections;
    return {
      cluster: name,
      maxConnections: stated === undefined ? undefined : Number(stated),
      users,
      needed: users.reduce((sum, u) => sum + u.connections, 0) + HEADROOM,
    };
  });
}

function describe(b) {
  const parts = b.users.map((u) => `${u.who} ${u.pods} pods x ${u.pool}`).join(" + ");
  return `${b.cluster}: ${parts} + ${HEADROOM} headroom = ${b.needed}, max_connections ${b.maxConnections}`;
}

for (const overlay of TARGETS) {
  test(`${overlay}: the pools at the most replicas fit each database's max_connections`, () => {
    const budgets = connectionBudget(render(overlay));
    assert.ok(budgets.length >= 1, "the overlay has databases");
    for (const b of budgets) {
      assert.ok(Number.isInteger(b.maxConnections), `${b.cluster}: max_connections is not stated`);
      assert.ok(b.users.length >= 1, `${b.cluster}: no service uses it`);
      assert.ok(b.needed <= b.maxConnections, describe(b));
    }
  });
}

test("the budget counts the autoscaler's maximum, the surge, every user of a cluster", () => {
  const objects = structuredClone(render(OVERLAYS[0]));
  const first = connectionBudget(objects).find((b) => !b.users[0].who.includes("/"));
  const cluster = byKind(objects, "Cluster").find((c) => c.metadata.name === first.cluster);
  const user = byKind(objects, "Deployment").find((d) => d.metadata.name === first.users[0].who);
  // 6 replicas at most and the default 25% surge: 8 pods.
  assert.equal(mostPods({ spec: {} }, { spec: { maxReplicas: 6 } }), 8);
  assert.equal(mostPods({ spec: { strategy: { type: "Recreate" } } }, { spec: { maxReplicas: 6 } }), 6);
  // A second workload on the same database counts too, and so does a larger pool.
  const twin = structuredClone(user);
  twin.metadata.name = `${user.metadata.name}-twin`;
  const twinScaler = structuredClone(
    byKind(objects, "HorizontalPodAutoscaler").find((h) => h.spec.scaleTargetRef.name === user.metadata.name),
  );
  twinScaler.metadata.name = twin.metadata.name;
  twinScaler.spec.scaleTargetRef.name = twin.metadata.name;
  objects.push(twin, twinScaler);
  const [shared] = connectionBudget(objects).filter((b) => b.cluster === first.cluster);
  assert.equal(shared.needed, first.needed + first.users[0].connections);
  // Too small a max_connections fails, as an unstated one does.
  cluster.spec.postgresql.parameters.max_connections = String(first.needed - 1);
  const [tight] = connectionBudget(objects).filter((b) => b.cluster === first.cluster);
  assert.ok(tight.needed > tight.maxConnections);
  delete cluster.spec.postgresql.parameters.max_connections;
  assert.equal(connectionBudget(objects).find((b) => b.cluster === first.cluster).maxConnections, undefined);
});

test("Keycloak's instances, and the realm import's, count against its database", () => {
  const objects = structuredClone(render(OVERLAYS[0]));
  const budget = () => connectionBudget(objects).find((b) => b.cluster === "keycloak-db");
  const keycloak = byKind(objects, "Keycloak")[0];
  const before = budget();
  assert.deepEqual(before.users.map((u) => u.who), ["Keycloak/keycloak"]);
  assert.equal(before.users[0].pods, keycloak.spec.instances + 1);
  keycloak.spec.instances += 2;
  assert.equal(budget().needed, before.needed + 2 * keycloak.spec.db.poolMaxSize);
  delete keycloak.spec.db.poolMaxSize;
  assert.throws(() => budget(), /poolMaxSize is not stated/);
});
