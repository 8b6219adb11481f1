// Strict field checking against the published types: the Kubernetes API (kubernetes-models), the
// CloudNativePG CRDs (@kubernetes-models/cloudnative-pg), the Gateway API
// (@kubernetes-models/gateway-api) and the Prometheus Operator's (@kubernetes-models/prometheus-operator). Their validators check types,
// required fields and enums but let unknown fields through, as the API server's non-strict mode
// would; this walk reads the same definitions (their TypeScript declarations, through the
// TypeScript compiler) and fails on any field the type does not declare.
import ts from "typescript";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));

/** The package module and interface for an apiVersion and kind. */
export function moduleOf(apiVersion, kind) {
  if (apiVersion.startsWith("postgresql.cnpg.io/")) {
    return `@kubernetes-models/cloudnative-pg/${apiVersion}/${kind}`;
  }
  if (apiVersion.startsWith("gateway.networking.k8s.io/")) {
    return `@kubernetes-models/gateway-api/${apiVersion}/${kind}`;
  }
  if (apiVersion.startsWith("monitoring.coreos.com/")) {
    return `@kubernetes-models/prometheus-operator/${apiVersion}/${kind}`;
  }
  return `kubernetes-models/${apiVersion}/${kind}`;
}

export function strictTypes(kinds) {
  const entries = [...kinds].map((k) => {
    const [apiVersion, kind] = k.split("|");
    return { key: k, module: moduleOf(apiVersion, kind), iface: `I${kind}` };
  });
  const source = entries
    .map((e, i) => `import type { ${e.iface} as T${i} } from "${e.module}";\nexport type X${i} = T${i};`)
    .join("\n");
  const fileName = join(HERE, "__types__.ts");
  const host = ts.createCompilerHost({});
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (f, lang, ...rest) =>
    f === fileName ? ts.createSourceFile(f, source, lang) : getSourceFile(f, lang, ...rest);
  const fileExists = host.fileExists;
  host.fileExists = (f) => f === fileName || fileExists(f);
  const program = ts.createProgram(
    [fileName],
    {
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      noEmit: true,
      types: [],
    },
    host,
  );
  const problems = ts.getPreEmitDiagnostics(program, program.getSourceFile(fileName));
  if (problems.length) {
    throw new Error(problems.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")).join("\n"));
  }
  const checker = program.getTypeChecker();
  const types = new Map();
  for (const statement of program.getSourceFile(fileName).statements) {
    if (ts.isTypeAliasDeclaration(statement)) {
      types.set(entries[Number(statement.name.text.slice(1))].key, checker.getTypeAtLocation(statement.name));
    }
  }

  function walk(value, type, path, errors) {
    type = checker.getNonNullableType(type);
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return;
    if (type.isUnion()) {
      // int-or-string and the like: the value must fit one member.
      let fewest = null;
      for (const member of type.types) {
        const found = [];
        walk(value, member, path, found);
        if (!found.length) return;
        if (!fewest || found.length < fewest.length) fewest = found;
      }
      errors.push(...fewest);
      return;
    }
    if (Array.isArray(value)) {
      if (checker.isArrayType(type)) {
        const element = checker.getTypeArguments(type)[0];
        value.forEach((v, i) => walk(v, element, `${path}[${i}]`, errors));
      }
      return;
    }
    if (value === null || typeof value !== "object") return;
    const properties = checker.getPropertiesOfType(type);
    const index = checker.getIndexInfoOfType(type, ts.IndexKind.String);
    if (!properties.length && !index) return; // a free-form object
    for (const [key, child] of Object.entries(value)) {
      const property = properties.find((p) => p.name === key);
      if (property) walk(child, checker.getTypeOfSymbol(property), `${path}.${key}`, errors);
      else if (index) walk(child, index.type, `${path}.${key}`, errors);
      else errors.push(`${path}.${key}: unknown field`);
    }
  }

  return {
    /** Every field of {@code object} its type does not declare. */
    unknownFields(object) {
      const key = `${object.apiVersion}|${object.kind}`;
      const type = types.get(key);
      if (!type) throw new Error(`no type for ${key}`);
      const errors = [];
      walk(object, type, `${object.kind}/${object.metadata?.name}`, errors);
      return errors;
    },
  };
}
