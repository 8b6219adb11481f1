// Configuration parity between the manifests and the services: every environment variable a
// manifest sets is one the service reads, and every one the production profile needs is set,
// from the ConfigMap or a Secret reference that must exist first (listed in k8s/README.md).
// The federation contract's variables (contract.mjs) count as read by the workloads the contract
// gives them to, while an application does not read them yet; that gap is reported as a TODO, and
// closes by itself when the application reads them. A service's address is either of two variables
// (in-cluster, or the partner's gateway): exactly one of the two is set.
import assert from "node:assert/strict";
import { test } from "node:test";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { TARGETS, ROOT, K8S, render, byKind, nameOf, containersOf } from "./render.mjs";
import { CONTRACT, CALLS, URLS } from "./contract.mjs";

/** Either address of a service: required as a pair, never alone. */
const PAIRED = new Set(Object.values(URLS).flat());

/**
 * Read in production but deliberately optional, with why. Anything else referenced as ${NAME} or
 * ${NAME:} (an empty default is no default in production) must be set.
 */
const OPTIONAL = {
  gateway: {
    GATEWAY_CORS_ORIGINS: "no cross-origin caller unless an operator names one",
    TRAINING_URL: "the gateway routes only to the services its agency runs",
    REMOVALS_URL: "the gateway routes only to the services its agency runs",
    FUNDING_URL: "the gateway routes only to the services its agency runs",
  },
};

/**
 * Quarkus' own settings a manifest may give as environment variables, with the extension that reads
 * them: read by an application whose dependencies (its pom, or a Puente library's it embeds) include it.
 */
const EXTENSION_VARIABLES = {
  QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT: "quarkus-opentelemetry",
  QUARKUS_OTEL_TRACES_SAMPLER_ARG: "quarkus-opentelemetry",
  QUARKUS_LOG_CONSOLE_JSON_ENABLED: "quarkus-logging-json",
};

/** The configuration files a module's jar reads: its own, and those of the libraries it embeds. */
function configOf(module) {
  const pom = readFileSync(join(ROOT, module, "pom.xml"), "utf8");
  const files = [join(ROOT, module, "src/main/resources/application.properties")];
  const poms = [pom];
  const libraries = ["common", "common-web", "trust", "funding-client"].filter(
    (lib) => pom.includes(`<artifactId>puente-${lib}</artifactId>`) || (lib === "common-web" && pom.includes("<artifactId>puente-common</artifactId>")),
  );
  for (const lib of libraries) poms.push(readFileSync(join(ROOT, lib, "pom.xml"), "utf8"));
  const commonWeb = join(ROOT, "common-web/src/main/resources/META-INF/microprofile-config.properties");
  if (libraries.includes("common-web") && existsSync(commonWeb)) files.push(commonWeb);
  if (pom.includes("<artifactId>puente-common</artifactId>")) {
    files.push(join(ROOT, "common/src/main/resources/META-INF/microprofile-config.properties"));
  }
  if (pom.includes("<artifactId>puente-common</artifactId>") || pom.includes("<artifactId>puente-trust</artifactId>")) {
    files.push(join(ROOT, "trust/src/main/resources/META-INF/microprofile-config.properties"));
  }
  if (pom.includes("<artifactId>puente-funding-client</artifactId>")) {
    files.push(join(ROOT, "funding-client/src/main/resources/META-INF/microprofile-config.properties"));
  }
  const keys = new Set();
  const required = new Set();
  const referenced = new Set();
  for (const file of files) {
    for (const raw of readFileSync(file, "utf8").split("\n")) {
      const line = raw.trim();
      if (!line || line.startsWith("#") || !line.includes("=")) continue;
      const key = line.slice(0, line.indexOf("=")).trim();
      const value = line.slice(line.indexOf("=") + 1);
      if (key.startsWith("%") && !key.startsWith("%prod.")) continue;
      keys.add(key.replace(/^%prod\./, ""));
      // ${NAME}, ${NAME:default}, and nested ones (${PARTNER_X_URL:${X_URL}}): an empty default
      // still means the value is needed.
      for (const [, name, colon] of value.matchAll(/\$\{([A-Z][A-Z0-9_]*)(?=(:.)?)/g)) {
        referenced.add(name);
        const fallback = colon !== undefined && colon !== ":}";
        if (!fallback && !(name in (OPTIONAL[module] ?? {})) && !PAIRED.has(name)) required.add(name);
      }
    }
  }
  // The environment-variable form of a property: PUENTE_TRAINING_PROVIDER_AGENCY and so on.
  const envForms = new Set([...keys].map((k) => k.replace(/[^A-Za-z0-9]/g, "_").toUpperCase()));
  for (const [name, extension] of Object.entries(EXTENSION_VARIABLES)) {
    if (poms.some((p) => p.includes(`<artifactId>${extension}</artifactId>`))) envForms.add(name);
  }
  return { required, referenced, envForms };
}

// Read by the images' entrypoint (run-java.sh), not by the application: the JVM's own options.
const ENTRYPOINT = new Set(["JAVA_OPTS_APPEND"]);
const documentedSecrets = readFileSync(join(K8S, "README.md"), "utf8");

for (const overlay of TARGETS) {
  const objects = render(overlay);
  const configMap = byKind(objects, "ConfigMap").find((c) => c.metadata.name === "puente-config");
  const clusters = byKind(objects, "Cluster").map((c) => c.metadata.name);

  test(`${overlay}: every variable set is read, every variable needed is set`, () => {
    for (const d of byKind(objects, "Deployment")) {
      for (const c of containersOf(d)) {
        const config = configOf(c.name);
        const contract = CONTRACT[c.name] ?? [];
        const set = new Map((c.env ?? []).map((e) => [e.name, e]));
        // Every key of a ConfigMap given whole (envFrom) is a variable set, to be read as well.
        for (const from of c.envFrom ?? []) {
          const source = byKind(objects, "ConfigMap").find((m) => m.metadata.name === from.configMapRef?.name);
          assert.ok(source && !from.prefix, `${nameOf(d)}: envFrom ${from.configMapRef?.name}, a ConfigMap here, unprefixed`);
          for (const name of Object.keys(source.data ?? {})) {
            assert.ok(config.envForms.has(name) || config.referenced.has(name), `${nameOf(d)}: ${name} (from ${source.metadata.name}) is not read by ${c.name}`);
          }
        }
        for (const name of set.keys()) {
          assert.ok(
            config.referenced.has(name) || config.envForms.has(name) || contract.includes(name) || ENTRYPOINT.has(name),
            `${nameOf(d)} sets ${name}, which ${c.name} does not read`,
          );
        }
        for (const name of contract) {
          assert.ok(set.has(name), `${nameOf(d)}: ${c.name} reads ${name} (the federation contract)`);
        }
        // Where each service it calls is: run here, or at a partner's gateway; one of the two.
        for (const service of CALLS[c.name] ?? []) {
          const [local, partner] = URLS[service];
          const present = [local, partner].filter((k) => k in configMap.data);
          assert.equal(present.length, 1, `${overlay}: ${service} is to be found at ${local} or ${partner}, one of them (${present})`);
          for (const name of [local, partner]) {
            assert.equal(set.get(name)?.valueFrom?.configMapKeyRef?.optional, true, `${nameOf(d)}: ${name}, from an optional key`);
          }
          if (present[0] === partner) assert.match(configMap.data[partner], /^https:\/\/[^/]+$/, `${partner}: a partner's public gateway`);
        }
        for (const name of config.required) {
          assert.ok(set.has(name), `${nameOf(d)}: ${c.name} needs ${name} in production`);
        }
        for (const [name, e] of set) {
          const cm = e.valueFrom?.configMapKeyRef;
          if (cm) {
            assert.equal(cm.name, "puente-config");
            if (!cm.optional) assert.ok(cm.key in configMap.data, `${nameOf(d)}: ${name} from a missing key`);
            if (config.required.has(name)) assert.ok(!cm.optional, `${nameOf(d)}: ${name} is needed, not optional`);
          }
          const secret = e.valueFrom?.secretKeyRef;
          if (secret) {
            const generated = clusters.some((cluster) => secret.name === `${cluster}-app`);
            assert.ok(
              generated || documentedSecrets.includes(`\`${secret.name}\``),
              `${nameOf(d)}: Secret ${secret.name} is neither made by CloudNativePG nor listed in k8s/README.md`,
            );
          }
        }
      }
    }
  });
}

test("the parity check reads the services' real configuration", () => {
  const removals = configOf("deportation-service");
  for (const name of ["DB_URL", "DB_USER", "DB_PASSWORD"]) {
    assert.ok(removals.required.has(name), `deportation-service needs ${name}`);
  }
  for (const name of ["TRAINING_URL", "FUNDING_URL"]) {
    assert.ok(removals.referenced.has(name) && !removals.required.has(name), `${name}: one of a pair`);
  }
  assert.ok(removals.envForms.has("PUENTE_REMOVALS_HOME_AGENCY"));
  assert.ok(!configOf("funding-service").referenced.has("TRAINING_URL"));
  assert.ok(!configOf("gateway").required.has("REMOVALS_URL"), "optional for the gateway");
});

test("the applications read the federation contract's variables", () => {
  const unread = Object.entries(CONTRACT).flatMap(([module, names]) => {
    const config = configOf(module);
    return names.filter((n) => !config.referenced.has(n)).map((n) => `${module}: ${n}`);
  });
  assert.deepEqual(unread, []);
});
