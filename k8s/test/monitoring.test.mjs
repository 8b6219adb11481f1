// The monitoring component (components/monitoring), as each agency's overlay renders it: the Grafana
// dashboard is JSON Grafana loads (a ConfigMap its sidecar picks up), every PromQL expression of its
// panels and of the alert rules parses (the Prometheus project's own grammar, @prometheus-io/lezer-promql:
// no error node), and reads only metrics the applications expose (METRICS: the names Micrometer
// gives the meters the code registers, and the standard ones). The PrometheusRule and the
// ServiceMonitor are held to the Prometheus Operator's schemas by schemas.test.mjs.
import assert from "node:assert/strict";
import { test } from "node:test";
import { parser } from "@prometheus-io/lezer-promql";
import { OVERLAYS, render, byKind, nameOf } from "./render.mjs";

/** Every metric an expression may read, with who exposes it. */
export const METRICS = {
  // The outbox (common, in training-service and deportation-service), tag topic; attempts, tag outcome.
  puente_outbox_pending: "outbox",
  puente_outbox_oldest_pending_age_seconds: "outbox",
  puente_outbox_attempts_total: "outbox",
  puente_outbox_dead: "outbox",
  // The gateway's timer of its calls to the services, tags backend and outcome. No _bucket: the
  // timer publishes no histogram.
  puente_gateway_upstream_seconds_count: "gateway",
  puente_gateway_upstream_seconds_sum: "gateway",
  puente_gateway_upstream_seconds_max: "gateway",
  // Quarkus Micrometer, in every application.
  http_server_requests_seconds_count: "quarkus",
  http_server_requests_seconds_sum: "quarkus",
  http_server_requests_seconds_max: "quarkus",
  jvm_memory_used_bytes: "quarkus",
  jvm_memory_max_bytes: "quarkus",
  // Prometheus itself, per scraped target.
  up: "prometheus",
};

/** Grafana's own variables, which are not PromQL, replaced by what they stand for. */
const GRAFANA = { $__rate_interval: "5m", $__interval: "1m", $__range: "1h" };

/** What is wrong with a PromQL expression: syntax errors, and metrics not in METRICS. */
export function promqlProblems(expr) {
  const text = Object.entries(GRAFANA).reduce((t, [from, to]) => t.split(from).join(to), expr);
  const problems = [];
  let selectors = 0;
  parser.parse(text).iterate({
    enter(node) {
      if (node.type.isError) problems.push(`syntax error at ${node.from}: ${JSON.stringify(text.slice(Math.max(0, node.from - 10), node.to + 10))}`);
      if (node.name === "Identifier" && node.node.parent?.name === "VectorSelector") {
        selectors++;
        const name = text.slice(node.from, node.to);
        if (!(name in METRICS)) problems.push(`unknown metric ${name}`);
      }
    },
  });
  if (!selectors) problems.push("reads no metric");
  return problems;
}

const panelsOf = (dashboard) => dashboard.panels.flatMap((p) => (p.type === "row" ? p.panels : [p]));

for (const overlay of OVERLAYS) {
  const objects = render(overlay);

  test(`${overlay}: the Grafana dashboard is JSON the sidecar loads, and every panel's query parses`, () => {
    const maps = byKind(objects, "ConfigMap").filter((c) => c.metadata.labels?.grafana_dashboard === "1");
    assert.equal(maps.length, 1, "one dashboard ConfigMap, labelled for the sidecar");
    const files = Object.entries(maps[0].data);
    assert.equal(files.length, 1);
    assert.match(files[0][0], /\.json$/);
    const dashboard = JSON.parse(files[0][1]);
    assert.ok(dashboard.uid && dashboard.title && dashboard.schemaVersion >= 36);
    const panels = panelsOf(dashboard);
    assert.ok(panels.length >= 10);
    const ids = dashboard.panels.flatMap((p) => [p, ...(p.panels ?? [])]).map((p) => p.id);
    assert.equal(new Set(ids).size, ids.length, "panel ids are unique");
    for (const panel of panels) {
      assert.ok(panel.targets?.length, `panel "${panel.title}" has no query`);
      assert.ok(panel.gridPos && panel.datasource, `panel "${panel.title}": position and data source`);
      for (const target of panel.targets) assert.deepEqual(promqlProblems(target.expr), [], `panel "${panel.title}": ${target.expr}`);
    }
    const read = panels.flatMap((p) => p.targets.map((t) => t.expr)).join("\n");
    for (const metric of Object.keys(METRICS).filter((m) => m.startsWith("puente_") && !m.endsWith("_max"))) {
      assert.ok(read.includes(metric), `the dashboard shows ${metric}`);
    }
  });

  test(`${overlay}: the alert rules parse, read known metrics and cover what an operator must act on`, () => {
    const rules = byKind(objects, "PrometheusRule").flatMap((r) => r.spec.groups.flatMap((g) => g.rules.map((rule) => ({ r, rule }))));
    const names = rules.map(({ rule }) => rule.alert);
    assert.deepEqual(names.slice().sort(), [
      "PuenteDown",
      "PuenteGatewayUpstreamFailing",
      "PuenteHighServerErrorRatio",
      "PuenteJvmHeapNearMax",
      "PuenteOutboxDead",
      "PuenteOutboxStuck",
    ]);
    for (const { r, rule } of rules) {
      assert.deepEqual(promqlProblems(String(rule.expr)), [], `${nameOf(r)} ${rule.alert}`);
      assert.ok(rule.labels?.severity && rule.annotations?.summary && rule.annotations?.description, `${rule.alert}: severity, summary, description`);
    }
    const monitor = byKind(objects, "ServiceMonitor")[0];
    const scraped = byKind(objects, "Service").filter((s) => Object.entries(monitor.spec.selector.matchLabels).every(([k, v]) => s.metadata.labels?.[k] === v));
    assert.deepEqual(scraped.map((s) => s.metadata.name).sort(), byKind(objects, "Deployment").map((d) => d.metadata.name).sort(), "every workload is scraped");
    for (const s of scraped) assert.ok(s.spec.ports.some((p) => p.name === monitor.spec.endpoints[0].port), `${nameOf(s)}: the scraped port`);
  });
}

test("the PromQL check catches a syntax error and an unknown metric", () => {
  assert.deepEqual(promqlProblems("sum by (job) (rate(http_server_requests_seconds_count[$__rate_interval]))"), []);
  assert.equal(promqlProblems("sum(rate(up[5m]) by").length, 1);
  assert.deepEqual(promqlProblems("puente_outbox_pending_total > 0"), ["unknown metric puente_outbox_pending_total"]);
  assert.deepEqual(promqlProblems("rate(puente_gateway_upstream_seconds_bucket[5m])"), ["unknown metric puente_gateway_upstream_seconds_bucket"]);
  assert.deepEqual(promqlProblems("1 > 0"), ["reads no metric"]);
});
