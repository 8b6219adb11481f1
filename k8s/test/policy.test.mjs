// What must hold of every rendered overlay and of the pilot (base): restricted pods with probes and
// limits, pinned images, no secret values, every workload fenced by a NetworkPolicy and covered by
// a PodDisruptionBudget, and the gateway and the issuer as the only things the ingress reaches.
// Then, for the three agencies' overlays, who may talk to whom, evaluated as an enforcing CNI
// would (netpol.mjs): each service reaches only its database, its issuer, DNS and the partners'
// gateways it needs, and is reached only from its own gateway; the partners' internal services are
// out of reach.
import assert from "node:assert/strict";
import { test } from "node:test";
import { existsSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { join } from "node:path";
import { OVERLAYS, TARGETS, AGENCIES, ROOT, GATEWAY_NAMESPACE, render, byKind, nameOf, selects, podLabels, containersOf, podsOf, routeOf, hostOf } from "./render.mjs";
import { connects, overlaps } from "./netpol.mjs";
import { CONTRACT, CALLS } from "./contract.mjs";

const VERSION = readFileSync(join(ROOT, "pom.xml"), "utf8").match(
  /<artifactId>puente-parent<\/artifactId>\s*<version>([^<]+)<\/version>/,
)[1];
const INGRESS_NAMESPACE = "ingress-nginx";
/**
 * An image as the build names it (quarkus.container-image.group "puente", the module's name) and
 * tags it (the root pom's container-image profile: the version without -SNAPSHOT, then the
 * commit), or pinned by digest; under any registry.
 */
const RELEASE = VERSION.replace(/-SNAPSHOT$/, "").replace(/\./g, "\\.");
const IMAGE = new RegExp(`^((?:[^/]+/)*puente)/([a-z-]+)(?::${RELEASE}-[0-9a-f]{7,40}|@sha256:[0-9a-f]{64})$`);

/**
 * The application's graceful-shutdown timeout in seconds (quarkus.shutdown.timeout in its
 * configuration or a library's it embeds), or the 20 s the applications are to use where none is
 * set yet.
 */
function shutdownTimeout(module) {
  const files = [join(ROOT, module, "src/main/resources/application.properties"), ...["common", "common-web"].map((m) => join(ROOT, m, "src/main/resources/META-INF/microprofile-config.properties"))];
  for (const file of files.filter((f) => existsSync(f))) {
    const found = readFileSync(file, "utf8").match(/^quarkus\.shutdown\.timeout=(\d+)s?$/m);
    if (found) return Number(found[1]);
  }
  return 20;
}
const BARMAN_CLOUD = "barman-cloud.cloudnative-pg.io";

for (const overlay of TARGETS) {
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
        // Graceful shutdown: a pause while the endpoints drop the pod, then the application's own
        // shutdown (quarkus.shutdown.timeout), all within the grace period.
        const pause = c.lifecycle?.preStop?.sleep?.seconds;
        assert.ok(pause > 0 && pause <= 10, `${where}: a short preStop pause`);
        assert.ok(pod.terminationGracePeriodSeconds >= pause + shutdownTimeout(c.name) + 5, `${where}: the grace period covers the pause and the shutdown`);
        const tmp = c.volumeMounts?.find((m) => m.mountPath === "/tmp");
        assert.ok(tmp, `${where}: a writable /tmp`);
        assert.ok(pod.volumes.find((v) => v.name === tmp.name)?.emptyDir, `${where}: /tmp is an emptyDir`);
      }
    }
  });

  test(`${overlay}: images are the ones the Quarkus build names, pinned to a build's tag or a digest`, () => {
    for (const d of deployments) {
      for (const c of containersOf(d)) {
        const pinned = c.image.match(IMAGE);
        assert.ok(pinned, `${nameOf(d)}: ${c.image} is neither <version>-<commit> nor a digest`);
        assert.ok(pinned[1] === "puente" || pinned[1].endsWith("/puente"), `${nameOf(d)}: ${c.image}`);
        assert.equal(pinned[2], c.name, `${nameOf(d)}: the image of ${c.name}`);
        assert.ok(!/SNAPSHOT|latest/i.test(c.image), `${nameOf(d)}: ${c.image} is a mutable tag`);
      }
    }
    for (const cluster of byKind(objects, "Cluster")) {
      const tag = cluster.spec.imageName?.split(":")[1];
      assert.ok(tag && tag !== "latest", `${nameOf(cluster)}: PostgreSQL image not pinned`);
    }
    // Keycloak runs the operator's own image unless one is named; a named one is pinned.
    for (const keycloak of byKind(objects, "Keycloak")) {
      if (keycloak.spec.image) {
        const tag = keycloak.spec.image.split(":")[1];
        assert.ok(tag && tag !== "latest", `${nameOf(keycloak)}: image not pinned`);
      }
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
    for (const pod of podsOf(objects).filter((p) => p.keycloak)) {
      const own = policies.filter((p) => p.spec.podSelector?.matchLabels && selects(p.spec.podSelector, pod.labels));
      assert.ok(own.some((p) => p.spec.policyTypes.includes("Ingress")), `Keycloak ${pod.name}: no ingress policy`);
      assert.ok(own.some((p) => p.spec.policyTypes.includes("Egress")), `Keycloak ${pod.name}: no egress policy`);
    }
    for (const sa of byKind(objects, "ServiceAccount")) {
      assert.equal(sa.automountServiceAccountToken, false, `${nameOf(sa)} mounts tokens`);
    }
  });

  test(`${overlay}: the gateway and the issuer are the only workloads reachable from the ingress`, () => {
    const gateway = deployments.find((d) => d.metadata.name === "gateway");
    assert.ok(gateway);
    const pods = podsOf(objects);
    const issuers = byKind(objects, "Keycloak").map((k) => k.metadata.name);
    for (const p of byKind(objects, "NetworkPolicy")) {
      for (const rule of p.spec.ingress ?? []) {
        const fromOutside =
          !rule.from?.length ||
          rule.from.some(
            (peer) =>
              peer.ipBlock ||
              (peer.namespaceSelector &&
                (Object.keys(peer.namespaceSelector).length === 0 ||
                  [INGRESS_NAMESPACE, GATEWAY_NAMESPACE].includes(peer.namespaceSelector.matchLabels?.["kubernetes.io/metadata.name"]))),
          );
        if (!fromOutside) continue;
        const reached = pods.filter((pod) => selects(p.spec.podSelector, pod.labels) || Object.keys(p.spec.podSelector ?? {}).length === 0);
        for (const pod of reached) {
          assert.ok(["gateway", ...issuers].includes(pod.name), `${nameOf(p)} opens the way in to ${pod.name}`);
        }
      }
    }
    for (const ingress of byKind(objects, "Ingress")) {
      assert.ok(ingress.spec.tls?.length, `${nameOf(ingress)}: no TLS`);
      for (const rule of ingress.spec.rules) {
        for (const path of rule.http.paths) {
          const allowed = ["gateway", ...issuers.map((k) => `${k}-service`)];
          assert.ok(allowed.includes(path.backend.service.name), `${nameOf(ingress)} routes to ${path.backend.service.name}`);
        }
      }
    }
    // The route attaches only to a Gateway's HTTPS listener (TLS ends there) and leads only to the gateway.
    for (const route of byKind(objects, "HTTPRoute")) {
      assert.ok(route.spec.parentRefs?.length, `${nameOf(route)}: attached to no Gateway`);
      for (const parent of route.spec.parentRefs) {
        assert.equal(parent.kind ?? "Gateway", "Gateway", `${nameOf(route)}: parent`);
        assert.equal(parent.sectionName, "https", `${nameOf(route)}: only the Gateway's HTTPS listener`);
      }
      for (const rule of route.spec.rules) {
        for (const backend of rule.backendRefs) {
          assert.equal(backend.name, "gateway", `${nameOf(route)} routes to ${backend.name}`);
          assert.equal(backend.port, 8080);
        }
      }
    }
    assert.ok(routeOf(objects, "gateway"), "the portal is published");
    for (const service of byKind(objects, "Service")) {
      assert.ok(!["LoadBalancer", "NodePort"].includes(service.spec.type), `${nameOf(service)} is exposed`);
    }
  });

  test(`${overlay}: databases are CloudNativePG clusters of three, backed up by the Barman Cloud plugin`, () => {
    const clusters = byKind(objects, "Cluster");
    for (const d of deployments.filter((d) => d.metadata.name !== "gateway")) {
      const url = d.spec.template.spec.containers[0].env.find((e) => e.name === "DB_URL").value;
      const cluster = clusters.find((c) => url.startsWith(`jdbc:postgresql://${c.metadata.name}-rw:5432/${c.spec.bootstrap.initdb.database}`));
      assert.ok(cluster, `${nameOf(d)}: its database is not a Cluster here`);
      assert.equal(cluster.spec.instances, 3);
    }
    for (const cluster of clusters) {
      // Backed up through the Barman Cloud plugin, never the deprecated in-tree barmanObjectStore.
      assert.equal(cluster.spec.backup, undefined, `${nameOf(cluster)}: the in-tree backup section`);
      const archiver = (cluster.spec.plugins ?? []).filter((p) => p.name === BARMAN_CLOUD && p.isWALArchiver);
      assert.equal(archiver.length, 1, `${nameOf(cluster)}: the plugin archives its WAL`);
      const store = byKind(objects, "ObjectStore").find((s) => s.metadata.name === archiver[0].parameters?.barmanObjectName);
      assert.ok(store?.spec.configuration.destinationPath.endsWith(`/${cluster.metadata.name}`), `${nameOf(cluster)}: its ObjectStore, a path of its own`);
      assert.ok(store.spec.retentionPolicy, `${nameOf(store)}: a retention`);
      const scheduled = byKind(objects, "ScheduledBackup").filter((b) => b.spec.cluster.name === cluster.metadata.name);
      assert.equal(scheduled.length, 1, `${nameOf(cluster)}: a scheduled backup`);
      assert.equal(scheduled[0].spec.method, "plugin");
      assert.equal(scheduled[0].spec.pluginConfiguration?.name, BARMAN_CLOUD);
    }
    assert.equal(new Set(clusters.map((c) => c.metadata.name)).size, clusters.length);
    const paths = byKind(objects, "ObjectStore").map((s) => s.spec.configuration.destinationPath);
    assert.equal(new Set(paths).size, paths.length, "no two clusters archive to one path");
  });
}

test("the images are named in one place: the Deployments name repositories, base's kustomization the tags", () => {
  const kustomization = parse(readFileSync(join(ROOT, "k8s/base/kustomization.yaml"), "utf8"));
  const named = new Set(kustomization.images.map((i) => i.name));
  for (const d of byKind(render("base"), "Deployment")) {
    assert.ok(named.has(`puente/${d.metadata.name}`), `${d.metadata.name}: its image in images:`);
  }
  for (const file of ["gateway", "training-service", "deportation-service", "funding-service"]) {
    const text = readFileSync(join(ROOT, `k8s/base/${file}.yaml`), "utf8");
    assert.match(text, new RegExp(`image: puente/${file}\n`), `${file}.yaml names the repository without a tag`);
  }
  assert.ok(IMAGE.test(`registry.example/puente/gateway@sha256:${"a".repeat(64)}`));
  assert.ok(!IMAGE.test("puente/gateway:1.0.0-SNAPSHOT") && !IMAGE.test("puente/gateway:latest") && !IMAGE.test("puente/gateway"));
});

test("components/ingress-nginx publishes the portal through an Ingress and lets the controller reach the gateway", () => {
  const objects = render("variants/pilot-ingress-nginx");
  const ingress = byKind(objects, "Ingress").find((i) => i.metadata.name === "gateway");
  assert.equal(ingress.spec.rules[0].host, hostOf(objects, "gateway"), "the same hostname as the route");
  assert.deepEqual(ingress.spec.tls[0].hosts, [ingress.spec.rules[0].host]);
  assert.equal(ingress.spec.tls[0].secretName, "puente-tls");
  const policies = byKind(objects, "NetworkPolicy");
  const pods = podsOf(objects).map((p) => ({ ...p, namespace: "puente", policies }));
  const gateway = pods.find((p) => p.name === "gateway");
  assert.ok(connects(INGRESS_CONTROLLER, gateway, 8080), "from the ingress controller");
  assert.ok(connects(GATEWAY_PROXY, gateway, 8080), "and still from the Gateway's proxies");
  for (const pod of pods.filter((p) => p.name !== "gateway")) {
    assert.ok(!connects(INGRESS_CONTROLLER, pod, pod.ports[0]), `not to ${pod.name}`);
  }
  assert.ok(!byKind(render("base"), "Ingress").length, "the pilot itself uses the HTTPRoute only");
});

test("the overlays differ where they should: namespace, issuer, hostname", () => {
  const seen = { ns: new Set(), issuer: new Set(), host: new Set() };
  for (const overlay of OVERLAYS) {
    const objects = render(overlay);
    const namespaces = new Set(objects.filter((o) => o.kind !== "Namespace").map((o) => o.metadata.namespace));
    assert.equal(namespaces.size, 1, `${overlay}: one namespace`);
    seen.ns.add([...namespaces][0]);
    seen.issuer.add(byKind(objects, "ConfigMap")[0].data.OIDC_ISSUER);
    seen.host.add(hostOf(objects, "gateway"));
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

// ---- Three agencies that cooperate: who may talk to whom. ----

const OUTSIDE = { ip: "8.8.8.8" };
const DNS = { namespace: "kube-system", labels: { "k8s-app": "kube-dns" } };
const INGRESS_CONTROLLER = { namespace: INGRESS_NAMESPACE, labels: { "app.kubernetes.io/name": "ingress-nginx" } };
const GATEWAY_PROXY = { namespace: GATEWAY_NAMESPACE, labels: { "app.kubernetes.io/name": "gateway-proxy" } };
const PRIVATE = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"];

/** An agency's deployment as the network sees it: its pods, the addresses it publishes. */
function agency(overlay) {
  const objects = render(overlay);
  const namespace = byKind(objects, "Namespace")[0].metadata.name;
  const policies = byKind(objects, "NetworkPolicy");
  const pods = podsOf(objects).map((p) => ({ ...p, namespace, policies }));
  const published = (name) => routeOf(objects, name)?.metadata.annotations?.["puente.org/published-address"];
  const address = (cidr) => cidr.split("/")[0];
  return {
    overlay,
    objects,
    namespace,
    pods,
    pod: (name) => pods.find((p) => p.name === name),
    config: byKind(objects, "ConfigMap").find((c) => c.metadata.name === "puente-config").data,
    gatewayAddress: { ip: address(published("gateway")) },
    issuerAddress: { ip: address(published("keycloak")) },
    databaseOf(d) {
      const url = d.spec.template.spec.containers[0].env.find((e) => e.name === "DB_URL").value;
      const cluster = url.match(/^jdbc:postgresql:\/\/(.+)-rw:/)[1];
      return { namespace, policies, labels: { "cnpg.io/cluster": cluster } };
    },
  };
}

const federated = Object.fromEntries(OVERLAYS.map((o) => [o, agency(o)]));
const partnersOf = (overlay) => OVERLAYS.filter((o) => o !== overlay).map((o) => federated[o]);
const portOf = (pod) => pod.ports[0];

for (const overlay of OVERLAYS) {
  const own = federated[overlay];
  const me = AGENCIES[overlay];
  const gateway = own.pod("gateway");
  const keycloak = own.pods.find((p) => p.keycloak);
  const deployments = byKind(own.objects, "Deployment");

  test(`${overlay}: runs only its gateway and ${me.service}, with its own issuer`, () => {
    assert.deepEqual(deployments.map((d) => d.metadata.name).sort(), ["gateway", me.service].sort());
    assert.ok(keycloak, "its own Keycloak");
    assert.ok(own.gatewayAddress.ip && own.issuerAddress.ip, "the addresses its partners are to allow are published");
  });

  test(`${overlay}: ${me.service} reaches its database, its issuer, DNS and only the partners' gateways it calls`, () => {
    const service = own.pod(me.service);
    const d = deployments.find((x) => x.metadata.name === me.service);
    assert.ok(connects(service, own.databaseOf(d), 5432), "its database");
    assert.ok(connects(service, keycloak, 8443), "its issuer, in the namespace");
    assert.ok(connects(service, INGRESS_CONTROLLER, 443), "its issuer's public URL, through the ingress controller");
    assert.ok(connects(service, own.issuerAddress, 443), "its issuer's public address");
    assert.ok(connects(service, DNS, 53, "UDP"), "DNS");
    for (const partner of partnersOf(overlay)) {
      const calls = CONTRACT[me.service].includes(`PARTNER_${AGENCIES[partner.overlay].kind.toUpperCase()}_URL`);
      assert.equal(connects(service, partner.gatewayAddress, 443), calls, `${partner.overlay}'s gateway: ${calls ? "needed" : "not needed"}`);
      assert.ok(connects(service, partner.issuerAddress, 443), `${partner.overlay}'s issuer (its keys)`);
      for (const theirs of partner.pods) {
        assert.ok(!connects(service, theirs, portOf(theirs)), `${partner.overlay}'s ${theirs.name} is internal to it`);
      }
    }
    assert.ok(!connects(service, gateway, 8080), "its own gateway: never called back");
    assert.ok(!connects(service, OUTSIDE, 443), "anywhere else");
    for (const other of byKind(own.objects, "Cluster").filter((c) => c.metadata.name !== own.databaseOf(d).labels["cnpg.io/cluster"])) {
      assert.ok(!connects(service, { ...own.databaseOf(d), labels: { "cnpg.io/cluster": other.metadata.name } }, 5432), `${other.metadata.name}`);
    }
  });

  test(`${overlay}: ${me.service} is reached only from its own gateway`, () => {
    const service = own.pod(me.service);
    assert.ok(connects(gateway, service, portOf(service)));
    assert.ok(!connects(keycloak, service, portOf(service)), "not from the issuer");
    assert.ok(!connects(INGRESS_CONTROLLER, service, portOf(service)), "not from the ingress controller");
    for (const partner of partnersOf(overlay)) {
      for (const theirs of partner.pods) {
        assert.ok(!connects(theirs, service, portOf(service)), `not from ${partner.overlay}'s ${theirs.name}`);
      }
    }
  });

  test(`${overlay}: the gateway is reached from the Gateway's proxies and reaches its service, its issuer and the partners' gateways`, () => {
    const service = own.pod(me.service);
    assert.ok(connects(GATEWAY_PROXY, gateway, 8080));
    assert.ok(!connects(GATEWAY_PROXY, service, portOf(service)), "the proxies reach only the gateway");
    assert.ok(connects(gateway, service, portOf(service)));
    assert.ok(connects(gateway, keycloak, 8443));
    assert.ok(connects(gateway, own.issuerAddress, 443));
    for (const partner of partnersOf(overlay)) {
      assert.ok(connects(gateway, partner.gatewayAddress, 443), `${partner.overlay}'s gateway`);
      assert.ok(connects(gateway, partner.issuerAddress, 443), `${partner.overlay}'s issuer`);
      for (const theirs of partner.pods) {
        assert.ok(!connects(gateway, theirs, portOf(theirs)), `${partner.overlay}'s ${theirs.name}`);
        assert.ok(!connects(theirs, gateway, 8080), `from ${partner.overlay}'s ${theirs.name} directly`);
      }
    }
    assert.ok(!connects(gateway, OUTSIDE, 443));
  });

  test(`${overlay}: Keycloak is reached from the ingress controller and its agency's workloads, and reaches only its database`, () => {
    assert.ok(connects(INGRESS_CONTROLLER, keycloak, 8443));
    for (const pod of own.pods.filter((p) => !p.keycloak)) {
      assert.ok(connects(pod, keycloak, 8443), `from its ${pod.name}`);
    }
    assert.ok(connects(keycloak, { namespace: own.namespace, policies: keycloak.policies, labels: { "cnpg.io/cluster": "keycloak-db" } }, 5432));
    assert.ok(connects(keycloak, DNS, 53, "UDP"));
    assert.ok(connects(keycloak, keycloak, 7800), "its other instances (the distributed cache)");
    for (const pod of own.pods.filter((p) => !p.keycloak)) {
      assert.ok(!connects(keycloak, pod, portOf(pod)), `not to its ${pod.name}`);
    }
    assert.ok(!connects(keycloak, OUTSIDE, 443));
    for (const partner of partnersOf(overlay)) {
      assert.ok(!connects(keycloak, partner.gatewayAddress, 443), `not to ${partner.overlay}'s gateway`);
      for (const theirs of partner.pods) {
        assert.ok(!connects(theirs, keycloak, 8443), `not from ${partner.overlay}'s ${theirs.name} directly`);
      }
    }
  });

  test(`${overlay}: what leaves the namespace is DNS, the issuers and the partners' gateways, at narrow public addresses`, () => {
    const policies = byKind(own.objects, "NetworkPolicy");
    const issuerBlocks = [own, ...partnersOf(overlay)].map((a) => `${a.issuerAddress.ip}/32`);
    // The partners' gateways a workload calls: those running a service it calls (the gateway: all).
    const gatewayBlocks = (pod) =>
      partnersOf(overlay)
        .filter((a) => (CALLS[pod.name] ?? []).includes(AGENCIES[a.overlay].kind))
        .map((a) => `${a.gatewayAddress.ip}/32`);
    for (const pod of own.pods) {
      const peers = policies
        .filter((p) => p.spec.policyTypes.includes("Egress") && (Object.keys(p.spec.podSelector ?? {}).length === 0 || selects(p.spec.podSelector, pod.labels)))
        .flatMap((p) => (p.spec.egress ?? []).map((rule) => ({ p, rule })));
      for (const { p, rule } of peers) {
        assert.ok(rule.to?.length, `${nameOf(p)}: an egress rule to anywhere`);
        for (const peer of rule.to) {
          if (peer.ipBlock) {
            const cidr = peer.ipBlock.cidr;
            assert.ok(Number(cidr.split("/")[1]) >= 24, `${nameOf(p)}: ${cidr} is wider than a /24`);
            assert.ok(!PRIVATE.some((r) => overlaps(cidr, r)), `${nameOf(p)}: ${cidr} is a private range, where pods live`);
            const allowed = [...issuerBlocks, ...gatewayBlocks(pod)];
            assert.ok(allowed.includes(cidr), `${nameOf(p)}: ${pod.name} may reach ${cidr}, neither an issuer nor a partner gateway`);
          } else if (peer.namespaceSelector) {
            const where = peer.namespaceSelector.matchLabels?.["kubernetes.io/metadata.name"];
            assert.ok(["kube-system", INGRESS_NAMESPACE].includes(where), `${nameOf(p)}: ${pod.name} reaches namespace ${where}`);
            if (where === INGRESS_NAMESPACE) {
              assert.deepEqual(rule.ports, [{ protocol: "TCP", port: 443 }], `${nameOf(p)}: the ingress controller, for the issuer's URL only`);
            }
          }
        }
      }
    }
  });
}

test("us-dos: funding-service calls no partner: out of its namespace only to DNS and the issuers", () => {
  const dos = federated["us-dos"];
  const funding = dos.pod("funding-service");
  for (const partner of partnersOf("us-dos")) {
    assert.ok(!connects(funding, partner.gatewayAddress, 443), `${partner.overlay}'s gateway`);
    for (const theirs of partner.pods) assert.ok(!connects(funding, theirs, portOf(theirs)), `${partner.overlay}'s ${theirs.name}`);
  }
  const out = byKind(dos.objects, "NetworkPolicy")
    .filter((p) => p.spec.policyTypes.includes("Egress") && (Object.keys(p.spec.podSelector ?? {}).length === 0 || selects(p.spec.podSelector, funding.labels)))
    .flatMap((p) => (p.spec.egress ?? []).flatMap((r) => r.to.map((peer) => ({ peer, ports: r.ports, p: p.metadata.name }))))
    .filter(({ peer }) => peer.ipBlock || peer.namespaceSelector);
  const issuers = [dos, ...partnersOf("us-dos")].map((a) => `${a.issuerAddress.ip}/32`);
  for (const { peer, ports, p } of out) {
    if (peer.ipBlock) assert.ok(issuers.includes(peer.ipBlock.cidr), `${p}: ${peer.ipBlock.cidr}`);
    else if (peer.namespaceSelector.matchLabels["kubernetes.io/metadata.name"] === "kube-system") assert.equal(peer.podSelector.matchLabels["k8s-app"], "kube-dns");
    else assert.deepEqual(ports, [{ protocol: "TCP", port: 443 }], `${p}: the issuer's URL through the ingress controller`);
  }
});

test("the three agencies agree: each trusts the others' issuers, calls their gateways and allows their addresses", () => {
  for (const overlay of OVERLAYS) {
    const own = federated[overlay];
    const me = AGENCIES[overlay];
    const keycloak = byKind(own.objects, "Keycloak")[0];
    const trustKey = (a) => `TRUST_${a.replace(/-/g, "_")}_ISSUER`;
    assert.equal(own.config.OIDC_ISSUER, `https://${keycloak.spec.hostname.hostname}/realms/${overlay}`, `${overlay}: its issuer is its Keycloak's realm`);
    assert.equal(own.config.PUENTE_AGENCY, me.agency);
    assert.equal(own.config[trustKey(me.agency)], own.config.OIDC_ISSUER, `${overlay} trusts its own issuer`);
    assert.ok(own.config[`${me.kind.toUpperCase()}_URL`]?.startsWith(`http://${me.service}:`), `${overlay} runs ${me.kind} itself`);
    assert.equal(own.config[`PARTNER_${me.kind.toUpperCase()}_URL`], undefined);
    const policies = byKind(own.objects, "NetworkPolicy");
    const blocks = (name) => (policies.find((p) => p.metadata.name === name)?.spec.egress ?? []).flatMap((r) => r.to.map((t) => t.ipBlock?.cidr));
    for (const partner of partnersOf(overlay)) {
      const them = AGENCIES[partner.overlay];
      const gatewayHost = hostOf(partner.objects, "gateway");
      assert.equal(own.config[trustKey(them.agency)], partner.config.OIDC_ISSUER, `${overlay} trusts ${partner.overlay}'s issuer as it publishes it`);
      assert.equal(own.config[`PARTNER_${them.kind.toUpperCase()}_URL`], `https://${gatewayHost}`, `${overlay} finds ${them.kind} at ${partner.overlay}'s gateway`);
      assert.equal(own.config[`${them.kind.toUpperCase()}_URL`], undefined, `${overlay} does not run ${them.kind}`);
      assert.ok(blocks("allow-partner-issuers").includes(`${partner.issuerAddress.ip}/32`), `${overlay} allows ${partner.overlay}'s issuer address`);
      assert.ok(blocks("gateway-to-partners").includes(`${partner.gatewayAddress.ip}/32`), `${overlay} allows ${partner.overlay}'s gateway address`);
    }
    assert.ok(blocks("allow-oidc-issuer").includes(`${own.issuerAddress.ip}/32`), `${overlay}: its own issuer's address`);
  }
});

test("the policy evaluator decides as a CNI would", () => {
  const ns = "puente-x";
  const deny = { apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", metadata: { name: "deny" }, spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] } };
  const allow = {
    metadata: { name: "a" },
    spec: {
      podSelector: { matchLabels: { app: "a" } },
      policyTypes: ["Egress"],
      egress: [
        { to: [{ podSelector: { matchLabels: { app: "b" } } }], ports: [{ protocol: "TCP", port: 80 }] },
        { to: [{ ipBlock: { cidr: "203.0.113.0/24", except: ["203.0.113.9/32"] } }] },
      ],
    },
  };
  const inB = { metadata: { name: "b" }, spec: { podSelector: { matchLabels: { app: "b" } }, policyTypes: ["Ingress"], ingress: [{ from: [{ podSelector: { matchLabels: { app: "a" } } }] }] } };
  const policies = [deny, allow, inB];
  const a = { namespace: ns, labels: { app: "a" }, policies };
  const b = { namespace: ns, labels: { app: "b" }, policies };
  assert.ok(connects(a, b, 80));
  assert.ok(!connects(a, b, 81), "another port");
  assert.ok(!connects(b, a, 80), "the other way");
  assert.ok(!connects(a, { ...b, namespace: "elsewhere" }, 80), "the same labels in another namespace");
  assert.ok(connects(a, { ip: "203.0.113.7" }, 443));
  assert.ok(!connects(a, { ip: "203.0.113.9" }, 443), "an excepted address");
  assert.ok(!connects(a, { ip: "198.51.100.1" }, 443));
  assert.ok(overlaps("10.42.0.0/16", "10.0.0.0/8") && !overlaps("198.51.100.10/32", "10.0.0.0/8"));
});
