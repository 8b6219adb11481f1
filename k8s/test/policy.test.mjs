// What must hold of every rendered overlay: restricted pods with probes and limits, pinned images,
// no secret values, every workload fenced by a NetworkPolicy and covered by a PodDisruptionBudget,
// and the gateway as the only thing the ingress reaches.
import assert from "node:assert/strict";
import { test } from "node:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { OVERLAYS, ROOT, render, byKind, nameOf, selects, podLabels, containersOf } from "./render.mjs";

const VERSION = readFileSync(join(ROOT, "pom.xml"), "utf8").match(
  /<artifactId>puente-parent<\/artifactId>\s*<version>([^<]+)<\/version>/,
)[1];
const INGRESS_NAMESPACE = "ingress-nginx";

for (const overlay of OVERLAYS) {
  const objects = render(overlay);
  const deployments = byKind(objects, "Deployment");

  test(`${overlay}: every container has probes, requests and limits, and the restricted context`, () => {
    assert.ok(deployments.length >= 2);
    for (const d of deployments) {
      const pod = d.spec.template.spec;
      assert.equal(pod.automountServiceAccountToken, false, `${nameOf(d)} mounts an API token`);
      assert.equal(pod.securityContext?.runAsNonRoot, true, `${nameOf(d)} runAsNonRoot`);
      assert.equal(pod.securityContext?.seccompProfile?.type, "RuntimeDefault", `${nameOf(d)} seccomp`);
      assert.ok(!pod.hostNetwork && !pod.hostPID && !pod.hostIPC, `${nameOf(d)} shares the host's`);
      for (const c of containersOf(d)) {
        const where = `${nameOf(d)} container ${c.name}`;
        for (const probe of ["startupProbe", "livenessProbe", "readinessProbe"]) {
          assert.ok(c[probe]?.httpGet?.path?.startsWith("/q/health/"), `${where}: ${probe}`);
        }
        for (const kind of ["requests", "limits"]) {
          assert.ok(c.resources?.[kind]?.cpu && c.resources?.[kind]?.memory, `${where}: ${kind}`);
        }
        const sc = c.securityContext ?? {};
        assert.equal(sc.allowPrivilegeEscalation, false, `${where}: privilege escalation`);
        assert.equal(sc.readOnlyRootFilesystem, true, `${where}: read-only root`);
        assert.notEqual(sc.privileged, true, `${where}: privileged`);
        assert.deepEqual(sc.capabilities?.drop, ["ALL"], `${where}: capabilities`);
        assert.ok(!sc.capabilities?.add?.length, `${where}: adds capabilities`);
        assert.notEqual(sc.runAsUser, 0, `${where}: runs as root`);
        const tmp = c.volumeMounts?.find((m) => m.mountPath === "/tmp");
        assert.ok(tmp, `${where}: a writable /tmp`);
        assert.ok(pod.volumes.find((v) => v.name === tmp.name)?.emptyDir, `${where}: /tmp is an emptyDir`);
      }
    }
  });

  test(`${overlay}: images are the ones the Quarkus build names, pinned, never latest`, () => {
    for (const d of deployments) {
      for (const c of containersOf(d)) {
        const [repository, tag] = c.image.split(":");
        assert.ok(tag && tag !== "latest", `${nameOf(d)}: ${c.image} has no pinned tag`);
        assert.equal(c.image, `puente/${c.name}:${VERSION}`, `${nameOf(d)}: image`);
        assert.ok(repository.endsWith(`puente/${c.name}`));
      }
    }
    for (const cluster of byKind(objects, "Cluster")) {
      const tag = cluster.spec.imageName?.split(":")[1];
      assert.ok(tag && tag !== "latest", `${nameOf(cluster)}: PostgreSQL image not pinned`);
    }
  });

  test(`${overlay}: no Secret is committed with values, and no secret travels as a literal`, () => {
    for (const s of byKind(objects, "Secret")) {
      assert.ok(!s.data && !s.stringData, `${nameOf(s)} carries values`);
    }
    for (const d of deployments) {
      for (const c of containersOf(d)) {
        for (const e of c.env ?? []) {
          if (/SECRET|PASSWORD|TOKEN|KEY/.test(e.name)) {
            assert.ok(e.valueFrom?.secretKeyRef, `${nameOf(d)}: ${e.name} must come from a Secret`);
          }
        }
      }
    }
  });

  test(`${overlay}: every Deployment is fenced by its own NetworkPolicy and has a PodDisruptionBudget`, () => {
    const policies = byKind(objects, "NetworkPolicy");
    assert.ok(
      policies.some((p) => Object.keys(p.spec.podSelector ?? {}).length === 0 && p.spec.policyTypes.includes("Ingress") && p.spec.policyTypes.includes("Egress") && !p.spec.ingress && !p.spec.egress),
      "a default-deny policy for ingress and egress",
    );
    for (const d of deployments) {
      const own = policies.filter((p) => p.spec.podSelector?.matchLabels && selects(p.spec.podSelector, podLabels(d)));
      assert.ok(own.some((p) => p.spec.policyTypes.includes("Ingress")), `${nameOf(d)}: no ingress policy`);
      const pdbs = byKind(objects, "PodDisruptionBudget").filter((b) => selects(b.spec.selector, podLabels(d)));
      assert.equal(pdbs.length, 1, `${nameOf(d)}: PodDisruptionBudgets`);
      const hpa = byKind(objects, "HorizontalPodAutoscaler").find((h) => h.spec.scaleTargetRef.name === d.metadata.name);
      assert.ok(hpa, `${nameOf(d)}: no HorizontalPodAutoscaler`);
    }
    for (const sa of byKind(objects, "ServiceAccount")) {
      assert.equal(sa.automountServiceAccountToken, false, `${nameOf(sa)} mounts tokens`);
    }
  });

  test(`${overlay}: the gateway is the only workload reachable from the ingress`, () => {
    const gateway = deployments.find((d) => d.metadata.name === "gateway");
    assert.ok(gateway);
    for (const p of byKind(objects, "NetworkPolicy")) {
      for (const rule of p.spec.ingress ?? []) {
        const fromOutside =
          !rule.from?.length ||
          rule.from.some(
            (peer) =>
              peer.ipBlock ||
              (peer.namespaceSelector &&
                (Object.keys(peer.namespaceSelector).length === 0 ||
                  peer.namespaceSelector.matchLabels?.["kubernetes.io/metadata.name"] === INGRESS_NAMESPACE)),
          );
        if (!fromOutside) continue;
        const reached = deployments.filter((d) => selects(p.spec.podSelector, podLabels(d)) || Object.keys(p.spec.podSelector ?? {}).length === 0);
        assert.deepEqual(reached.map((d) => d.metadata.name), reached.length ? ["gateway"] : [], `${nameOf(p)} opens the way in`);
      }
    }
    for (const ingress of byKind(objects, "Ingress")) {
      assert.ok(ingress.spec.tls?.length, `${nameOf(ingress)}: no TLS`);
      for (const rule of ingress.spec.rules) {
        for (const path of rule.http.paths) {
          assert.equal(path.backend.service.name, "gateway", `${nameOf(ingress)} routes elsewhere`);
        }
      }
    }
    for (const service of byKind(objects, "Service")) {
      assert.ok(!["LoadBalancer", "NodePort"].includes(service.spec.type), `${nameOf(service)} is exposed`);
    }
  });

  test(`${overlay}: databases are CloudNativePG clusters of three with backups`, () => {
    const clusters = byKind(objects, "Cluster");
    for (const d of deployments.filter((d) => d.metadata.name !== "gateway")) {
      const url = d.spec.template.spec.containers[0].env.find((e) => e.name === "DB_URL").value;
      const cluster = clusters.find((c) => url.startsWith(`jdbc:postgresql://${c.metadata.name}-rw:5432/${c.spec.bootstrap.initdb.database}`));
      assert.ok(cluster, `${nameOf(d)}: its database is not a Cluster here`);
      assert.equal(cluster.spec.instances, 3);
      assert.ok(cluster.spec.backup?.barmanObjectStore?.destinationPath);
      assert.ok(byKind(objects, "ScheduledBackup").some((b) => b.spec.cluster.name === cluster.metadata.name));
    }
    assert.equal(new Set(clusters.map((c) => c.metadata.name)).size, clusters.length);
  });
}

test("the overlays differ where they should: namespace, issuer, hostname", () => {
  const seen = { ns: new Set(), issuer: new Set(), host: new Set() };
  for (const overlay of OVERLAYS) {
    const objects = render(overlay);
    const namespaces = new Set(objects.filter((o) => o.kind !== "Namespace").map((o) => o.metadata.namespace));
    assert.equal(namespaces.size, 1, `${overlay}: one namespace`);
    seen.ns.add([...namespaces][0]);
    seen.issuer.add(byKind(objects, "ConfigMap")[0].data.OIDC_ISSUER);
    seen.host.add(byKind(objects, "Ingress")[0].spec.rules[0].host);
    const namespace = byKind(objects, "Namespace")[0];
    assert.equal(namespace.metadata.labels["pod-security.kubernetes.io/enforce"], "restricted");
  }
  for (const [what, values] of Object.entries(seen)) {
    assert.equal(values.size, OVERLAYS.length, `every overlay has its own ${what}`);
    assert.ok(![...values].some((v) => String(v).includes(".invalid")), `${what} left at the base's placeholder`);
  }
});

test("each overlay names its ingress controller's range as the gateway's only trusted proxies", () => {
  const cidr = /^(\d{1,3}\.){3}\d{1,3}(\/\d{1,2})?$|^[0-9a-f:]+(\/\d{1,3})?$/i;
  for (const overlay of OVERLAYS) {
    const objects = render(overlay);
    const config = byKind(objects, "ConfigMap").find((c) => c.metadata.name === "puente-config");
    const proxies = String(config.data.GATEWAY_TRUSTED_PROXIES ?? "").split(",").map((s) => s.trim()).filter(Boolean);
    assert.ok(proxies.length > 0, `${overlay}: GATEWAY_TRUSTED_PROXIES is empty; X-Forwarded-For would be ignored`);
    for (const p of proxies) {
      assert.match(p, cidr, `${overlay}: ${p} is not an address or CIDR block`);
      assert.ok(!/^0\.0\.0\.0\/0$|^::\/0$/.test(p), `${overlay}: trusting every address trusts clients too`);
    }
    const gateway = byKind(objects, "Deployment").find((d) => d.metadata.name === "gateway");
    const env = gateway.spec.template.spec.containers[0].env.find((e) => e.name === "GATEWAY_TRUSTED_PROXIES");
    assert.equal(env?.valueFrom?.configMapKeyRef?.key, "GATEWAY_TRUSTED_PROXIES");
  }
});
