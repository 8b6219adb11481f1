// Strict validation against a CRD's openAPIV3Schema, for the resources whose schemas no npm package
// publishes (committed under schemas/, each naming its source and version): types, required
// fields, enums, patterns, minimums, and no field the schema does not declare (the API server
// prunes unknown fields of a structural schema silently; here they fail). Of the CEL rules
// (x-kubernetes-validations), the "!has(self.<field>)" form is checked; any other rule fails the
// walk, so a schema update that brings one is noticed rather than ignored.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const HERE = dirname(fileURLToPath(import.meta.url));

/** The committed schemas, by apiVersion and kind. */
const SCHEMAS = {
  "barmancloud.cnpg.io/v1|ObjectStore": "schemas/barmancloud.cnpg.io_objectstores.v1.yaml",
};

export const hasCrdSchema = (o) => `${o.apiVersion}|${o.kind}` in SCHEMAS;

const loaded = new Map();
function schemaOf(key) {
  if (!loaded.has(key)) loaded.set(key, parse(readFileSync(join(HERE, SCHEMAS[key]), "utf8")));
  return loaded.get(key);
}

const typeOf = (v) => (Array.isArray(v) ? "array" : v === null ? "null" : Number.isInteger(v) ? "integer" : typeof v);

function walk(value, schema, root, path, errors) {
  if (schema.$ref) schema = { ...root.definitions[schema.$ref.replace("#/definitions/", "")], ...schema, $ref: undefined };
  if (schema.anyOf) {
    if (!schema.anyOf.some((s) => typeOf(value) === s.type || (s.type === "number" && typeof value === "number"))) {
      errors.push(`${path}: not ${schema.anyOf.map((s) => s.type).join(" or ")}`);
      return;
    }
  } else if (schema.type) {
    const actual = typeOf(value);
    const fits = actual === schema.type || (schema.type === "number" && typeof value === "number");
    if (!fits) {
      errors.push(`${path}: not a${/^[aeiou]/.test(schema.type) ? "n" : ""} ${schema.type}`);
      return;
    }
  }
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${path}: one of ${schema.enum.join(", ")}`);
  if (schema.pattern && typeof value === "string" && !new RegExp(schema.pattern).test(value)) errors.push(`${path}: does not match ${schema.pattern}`);
  if (schema.minLength !== undefined && typeof value === "string" && value.length < schema.minLength) errors.push(`${path}: shorter than ${schema.minLength}`);
  if (schema.minimum !== undefined && typeof value === "number" && value < schema.minimum) errors.push(`${path}: less than ${schema.minimum}`);
  for (const rule of schema["x-kubernetes-validations"] ?? []) {
    const absent = rule.rule.match(/^!has\(self\.([A-Za-z0-9_]+)\)$/);
    if (!absent) throw new Error(`${path}: CEL rule not checked here: ${rule.rule}`);
    if (value && absent[1] in value) errors.push(`${path}: ${rule.message}`);
  }
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => walk(v, schema.items, root, `${path}[${i}]`, errors));
  if (typeOf(value) === "object" && (schema.properties || schema.additionalProperties)) {
    for (const name of schema.required ?? []) if (!(name in value)) errors.push(`${path}.${name}: required`);
    for (const [key, child] of Object.entries(value)) {
      const declared = schema.properties?.[key] ?? (typeof schema.additionalProperties === "object" ? schema.additionalProperties : null);
      if (declared) walk(child, declared, root, `${path}.${key}`, errors);
      else if (schema.additionalProperties !== true) errors.push(`${path}.${key}: unknown field`);
    }
  }
}

/** Every way {@code object} departs from its CRD's schema. */
export function crdProblems(object) {
  const key = `${object.apiVersion}|${object.kind}`;
  if (!(key in SCHEMAS)) throw new Error(`no committed schema for ${key}`);
  const schema = schemaOf(key);
  const errors = [];
  walk(object, schema, schema, `${object.kind}/${object.metadata?.name}`, errors);
  return errors;
}
