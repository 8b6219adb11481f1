// Renders the overlays as an operator would apply them: `kubectl kustomize k8s/overlays/<agency>`.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

export const K8S = join(dirname(fileURLToPath(import.meta.url)), "..");
export const ROOT = join(K8S, "..");
export const OVERLAYS = readdirSync(join(K8S, "overlays")).sort();

const cache = new Map();

/** The objects an overlay renders to. */
export function render(overlay) {
  if (!cache.has(overlay)) {
    const out = execFileSync("kubectl", ["kustomize", join(K8S, "overlays", overlay)], {
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
