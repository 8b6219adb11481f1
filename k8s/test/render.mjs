// Renders the overlays as an operator would apply them: `kubectl kustomize k8s/overlays/<agency>`.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

export const K8S = join(dirname(fileURLToPath(import.meta.url)), "..");
export const ROOT = join(K8S, "..");
export const OVERLAYS = readdirSync(join(K8S, "overlays")).sort();
/** The pilot with an optional component (test/variants), rendered to check the component. */
export const VARIANTS = readdirSync(join(K8S, "test", "variants"), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `variants/${d.name}`)
  .sort();
/** What the tests render: the all-in-one pilot (base), each agency's overlay, the variants. */
export const TARGETS = ["base", ...OVERLAYS, ...VARIANTS];

/** kubectl from the PATH, else the one tools/preflight.sh fetches into .tools/bin. */
const KUBECTL =
  (process.env.PATH ?? "")
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, "kubectl"))
    .find((file) => existsSync(file)) ?? join(ROOT, ".tools", "bin", "kubectl");

const cache = new Map();

/** The objects an overlay (or "base", the pilot) renders to. */
export function render(overlay) {
  if (!cache.has(overlay)) {
    const dir = overlay === "base" ? join(K8S, "base") : overlay.startsWith("variants/") ? join(K8S, "test", overlay) : join(K8S, "overlays", overlay);
    const out = execFileSync(KUBECTL, ["kustomize", dir], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const docs = parseAllDocuments(out).map((d) => {
      if (d.errors.length) throw new Error(`${overlay}: ${d.errors[0].message}`);
      return d.toJS();
    });
    cache.set(overlay, docs.filter(Boolean));
  }
  return cache.get(overlay);
}

export const byKind = (objects, kind) => objects.filter((o) => o.kind === kind);

/** Where a workload is published: its HTTPRoute (the default) or, else, its Ingress. */
export function routeOf(objects, name) {
  return byKind(objects, "HTTPRoute").find((r) => r.metadata.name === name) ?? byKind(objects, "Ingress").find((i) => i.metadata.name === name);
}

/** The public hostname of a workload's route. */
export function hostOf(objects, name) {
  const route = routeOf(objects, name);
  return route?.kind === "HTTPRoute" ? route.spec.hostnames[0] : route?.spec.rules[0].host;
}

/** The namespace of the Gateway API implementation's proxies, which reach the gateway. */
export const GATEWAY_NAMESPACE = "gateway-system";
export const nameOf = (o) => `${o.kind}/${o.metadata?.name}`;

/** Whether a label selector (matchLabels only, as used here) selects these labels. */
export function selects(selector, labels = {}) {
  if (!selector) return false;
  if (selector.matchExpressions?.length) throw new Error("matchExpressions are not used here");
  const wanted = Object.entries(selector.matchLabels ?? {});
  return wanted.every(([k, v]) => labels[k] === v);
}

export const podLabels = (deployment) => deployment.spec.template.metadata.labels ?? {};
export const containersOf = (deployment) => [
  ...(deployment.spec.template.spec.initContainers ?? []),
  ...deployment.spec.template.spec.containers,
];

/**
 * The pods a Keycloak resource makes: the operator labels them app=keycloak,
 * app.kubernetes.io/instance=<name>, app.kubernetes.io/managed-by=keycloak-operator.
 */
export const keycloakPodLabels = (keycloak) => ({
  app: "keycloak",
  "app.kubernetes.io/instance": keycloak.metadata.name,
  "app.kubernetes.io/managed-by": "keycloak-operator",
});

/** Every kind of pod a rendered target runs, with its labels and the ports it listens on. */
export function podsOf(objects) {
  const pods = byKind(objects, "Deployment").map((d) => ({
    name: d.metadata.name,
    labels: podLabels(d),
    ports: d.spec.template.spec.containers.flatMap((c) => (c.ports ?? []).map((p) => p.containerPort)),
  }));
  for (const k of byKind(objects, "Keycloak")) {
    pods.push({ name: k.metadata.name, labels: keycloakPodLabels(k), ports: [8443], keycloak: true });
  }
  return pods;
}

/** The agencies: their overlay, their code, the service they are the system of record for. */
export const AGENCIES = {
  "pa-snm": { agency: "PA-SNM", service: "deportation-service", kind: "removals" },
  "us-dhs": { agency: "US-DHS", service: "training-service", kind: "training" },
  "us-dos": { agency: "US-DOS", service: "funding-service", kind: "funding" },
};
