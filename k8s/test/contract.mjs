// The federation contract (issue 17), as the manifests must meet it: the variables each workload
// reads to know who it is, whom it trusts and where the services it calls are. Binding names; the
// applications read exactly these (config-parity.test.mjs checks the ones they already read).
export const TRUST = ["TRUST_PA_SNM_ISSUER", "TRUST_US_DHS_ISSUER", "TRUST_US_DOS_ISSUER"];

/**
 * Who a workload is: the gateway signs its agency's people in at its own realm (OIDC_ISSUER) and
 * binds them to PUENTE_AGENCY; a service that calls others in the background gets its own token
 * at its own realm (OIDC_ISSUER). funding-service calls no one.
 */
export const IDENTITY = {
  gateway: ["OIDC_ISSUER", "PUENTE_AGENCY"],
  "deportation-service": ["OIDC_ISSUER"],
  "training-service": ["OIDC_ISSUER"],
  "funding-service": [],
};

/** A service's address: in-cluster when this deployment runs it, else the partner's public gateway. */
export const URLS = {
  training: ["TRAINING_URL", "PARTNER_TRAINING_URL"],
  removals: ["REMOVALS_URL", "PARTNER_REMOVALS_URL"],
  funding: ["FUNDING_URL", "PARTNER_FUNDING_URL"],
};

/** Which services each workload calls: the gateway routes to all three. */
export const CALLS = {
  gateway: ["training", "removals", "funding"],
  "deportation-service": ["training", "funding"],
  "training-service": ["funding"],
  "funding-service": [],
};

/** Every contract variable a workload reads. */
export const CONTRACT = Object.fromEntries(
  Object.entries(CALLS).map(([module, calls]) => [module, [...IDENTITY[module], ...TRUST, ...calls.flatMap((c) => URLS[c])]]),
);
