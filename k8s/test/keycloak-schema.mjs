// The Keycloak Operator's resources (k8s.keycloak.org/v2alpha1): its CRD schemas are not published
// in a registry this build reaches (npm, Maven Central), so these are the checks we can stand behind
// without it: the fields the operator needs to make a server and import a realm, their types, and
// no field outside those the operator documents for what we set (so a misspelt one is caught, as
// a strict apply would). See k8s/README.md, "Checked in the build".
const GROUP = "k8s.keycloak.org/";
export const isKeycloakKind = (o) => o.apiVersion?.startsWith(GROUP);

const secretRef = { name: "string", key: "string", optional: "boolean" };

/** What the operator documents, for the parts we use: field -> type, or nested fields. */
const KEYCLOAK_SPEC = {
  instances: "integer",
  image: "string",
  imagePullSecrets: "array",
  startOptimized: "boolean",
  db: {
    vendor: "string",
    host: "string",
    port: "integer",
    database: "string",
    schema: "string",
    url: "string",
    usernameSecret: secretRef,
    passwordSecret: secretRef,
    poolInitialSize: "integer",
    poolMinSize: "integer",
    poolMaxSize: "integer",
  },
  hostname: { hostname: "string", admin: "string", strict: "boolean", backchannelDynamic: "boolean" },
  http: { httpEnabled: "boolean", httpPort: "integer", httpsPort: "integer", tlsSecret: "string", annotations: "object", labels: "object" },
  proxy: { headers: "string" },
  ingress: { enabled: "boolean", className: "string", annotations: "object", labels: "object", tlsSecret: "string" },
  networkPolicy: { enabled: "boolean", http: "array", https: "array", management: "array" },
  features: "object",
  transaction: "object",
  resources: { requests: "object", limits: "object" },
  additionalOptions: "array",
  bootstrapAdmin: "object",
  httpManagement: "object",
  truststores: "object",
  cache: "object",
  scheduling: "object",
  unsupported: "object",
};

const REALM_IMPORT_SPEC = {
  keycloakCRName: "string",
  realm: "object",
  resources: "object",
  placeholders: "object",
};

function typeOk(value, type) {
  if (type === "integer") return Number.isInteger(value);
  if (type === "array") return Array.isArray(value);
  if (type === "object") return value !== null && typeof value === "object" && !Array.isArray(value);
  return typeof value === type;
}

function walk(value, shape, path, problems) {
  for (const [key, child] of Object.entries(value ?? {})) {
    const want = shape[key];
    if (want === undefined) problems.push(`${path}.${key}: unknown field`);
    else if (typeof want === "string") {
      if (!typeOk(child, want)) problems.push(`${path}.${key}: not a ${want}`);
    } else if (!typeOk(child, "object")) problems.push(`${path}.${key}: not an object`);
    else walk(child, want, `${path}.${key}`, problems);
  }
}

function need(object, path, type, problems) {
  const value = path.split(".").reduce((v, k) => v?.[k], object);
  if (value === undefined || value === null || value === "") problems.push(`${path}: required`);
  else if (!typeOk(value, type)) problems.push(`${path}: not a ${type}`);
  return value;
}

/** What is wrong with a Keycloak Operator resource, in the context of the objects rendered with it. */
export function keycloakProblems(o, objects) {
  const problems = [];
  const where = `${o.kind}/${o.metadata?.name}`;
  if (o.apiVersion !== "k8s.keycloak.org/v2alpha1") problems.push(`apiVersion ${o.apiVersion}`);
  need(o, "metadata.name", "string", problems);
  if (o.kind === "Keycloak") {
    walk(o.spec, KEYCLOAK_SPEC, `${where}.spec`, problems);
    const instances = need(o, "spec.instances", "integer", problems);
    if (Number.isInteger(instances) && instances < 1) problems.push("spec.instances: at least 1");
    if (need(o, "spec.db.vendor", "string", problems) && o.spec.db.vendor !== "postgres") problems.push("spec.db.vendor: postgres");
    need(o, "spec.db.host", "string", problems);
    need(o, "spec.db.database", "string", problems);
    for (const s of ["usernameSecret", "passwordSecret"]) {
      need(o, `spec.db.${s}.name`, "string", problems);
      need(o, `spec.db.${s}.key`, "string", problems);
    }
    need(o, "spec.hostname.hostname", "string", problems);
    need(o, "spec.http.tlsSecret", "string", problems);
    if (o.spec.proxy?.headers && !["forwarded", "xforwarded"].includes(o.spec.proxy.headers)) problems.push("spec.proxy.headers: forwarded or xforwarded");
  } else if (o.kind === "KeycloakRealmImport") {
    walk(o.spec, REALM_IMPORT_SPEC, `${where}.spec`, problems);
    const target = need(o, "spec.keycloakCRName", "string", problems);
    const keycloaks = objects.filter((k) => k.kind === "Keycloak" && k.metadata.namespace === o.metadata.namespace);
    if (target && !keycloaks.some((k) => k.metadata.name === target)) problems.push(`spec.keycloakCRName: no Keycloak ${target} in the namespace`);
    need(o, "spec.realm.realm", "string", problems);
    for (const [name, p] of Object.entries(o.spec.placeholders ?? {})) {
      if (!/^[A-Z][A-Z0-9_]*$/.test(name)) problems.push(`spec.placeholders.${name}: a variable name`);
      walk(p, { secret: { name: "string", key: "string" } }, `${where}.spec.placeholders.${name}`, problems);
      need(o, `spec.placeholders.${name}.secret.name`, "string", problems);
      need(o, `spec.placeholders.${name}.secret.key`, "string", problems);
    }
  } else {
    problems.push(`${where}: a kind of the operator's these checks do not know`);
  }
  return problems;
}
