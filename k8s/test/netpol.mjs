// NetworkPolicy as an enforcing CNI decides it, for the selectors these manifests use
// (matchLabels, a namespaceSelector by kubernetes.io/metadata.name, ipBlock): a connection is made
// when the source's namespace lets it out and the destination's namespace lets it in. A pod with
// no policy of a direction selecting it is open in that direction; with one, only what a rule
// lists passes.
import { selects } from "./render.mjs";

const NAME_LABEL = "kubernetes.io/metadata.name";

function ipToInt(ip) {
  return ip.split(".").reduce((n, part) => n * 256 + Number(part), 0);
}

/** Whether an IPv4 address lies in a CIDR block. */
export function inCidr(ip, cidr) {
  const [base, bits = "32"] = cidr.split("/");
  const size = 2 ** (32 - Number(bits));
  const start = Math.floor(ipToInt(base) / size) * size;
  const n = ipToInt(ip);
  return n >= start && n < start + size;
}

/** Whether two CIDR blocks share an address. */
export function overlaps(a, b) {
  const [ba, la = "32"] = a.split("/");
  const [bb, lb = "32"] = b.split("/");
  return Number(la) <= Number(lb) ? inCidr(bb, a) : inCidr(ba, b);
}

function namespaceLabels(namespace) {
  return { [NAME_LABEL]: namespace };
}

/** Whether a policy peer is the endpoint (a pod {namespace, labels} or an address {ip}). */
function peerMatches(peer, policyNamespace, endpoint) {
  if (peer.ipBlock) {
    if (!endpoint.ip) return false;
    return inCidr(endpoint.ip, peer.ipBlock.cidr) && !(peer.ipBlock.except ?? []).some((e) => inCidr(endpoint.ip, e));
  }
  if (endpoint.ip) return false;
  if (peer.namespaceSelector) {
    const wanted = peer.namespaceSelector.matchLabels ?? {};
    const labels = namespaceLabels(endpoint.namespace);
    if (!Object.entries(wanted).every(([k, v]) => labels[k] === v)) return false;
  } else if (endpoint.namespace !== policyNamespace) {
    return false;
  }
  if (!peer.podSelector || Object.keys(peer.podSelector).length === 0) return true;
  return selects(peer.podSelector, endpoint.labels) || Object.keys(peer.podSelector.matchLabels ?? {}).length === 0;
}

function portMatches(ports, port, protocol) {
  if (!ports?.length) return true;
  return ports.some((p) => (p.protocol ?? "TCP") === protocol && (p.port === undefined || p.port === port));
}

function selecting(policies, labels, type) {
  return policies.filter(
    (p) =>
      p.spec.policyTypes.includes(type) &&
      (Object.keys(p.spec.podSelector ?? {}).length === 0 ||
        Object.keys(p.spec.podSelector.matchLabels ?? {}).length === 0 ||
        selects(p.spec.podSelector, labels)),
  );
}

/**
 * Whether {@code from} may send to {@code to} on a port, by the policies of each side.
 * from: {policies, namespace, labels}. to: {policies, namespace, labels} for a pod whose namespace is
 * rendered here, {namespace, labels} for one outside (its own policies are not ours), {ip} for an
 * address outside the cluster.
 */
export function connects(from, to, port, protocol = "TCP") {
  // A source outside what is rendered here (the ingress controller) leaves as its own policies say.
  const out = from.policies ? selecting(from.policies, from.labels, "Egress") : [];
  const leaves =
    out.length === 0 ||
    out.some((p) =>
      (p.spec.egress ?? []).some(
        (rule) =>
          (!rule.to?.length || rule.to.some((peer) => peerMatches(peer, from.namespace, to))) &&
          portMatches(rule.ports, port, protocol),
      ),
    );
  if (!leaves) return false;
  if (to.ip || !to.policies) return true;
  const inn = selecting(to.policies, to.labels, "Ingress");
  return (
    inn.length === 0 ||
    inn.some((p) =>
      (p.spec.ingress ?? []).some(
        (rule) =>
          (!rule.from?.length || rule.from.some((peer) => peerMatches(peer, to.namespace, from))) &&
          portMatches(rule.ports, port, protocol),
      ),
    )
  );
}
