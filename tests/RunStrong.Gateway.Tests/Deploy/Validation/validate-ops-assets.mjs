// Checks the ops assets of infra/deploy with real parsers and prints one JSON document:
//   { "errors": [...], "expressions": [{ "where", "expr", "metrics" }], "recorded": [...], "metrics": [...] }
// - the rule file in promtool's format (rulefmt): top-level `groups` only, unique group names, each rule exactly
//   one of record/alert, names and labels by Prometheus's regexes, durations, string maps, unique alerts;
// - every PromQL expression (rules, dashboard targets, dashboard variables) parsed with @prometheus-io/lezer-promql,
//   Prometheus's own grammar; a syntax error node is an error;
// - the metric names each expression selects (VectorSelector identifiers and __name__ matchers);
// - the dashboard: JSON, the ${datasource} variable, no hard-coded datasource uid, unique panel ids, a grid
//   without overlaps;
// - cross-references: `job` matchers name jobs of the scrape configs, runbook_url anchors and docs_row values
//   exist in docs/OPERATIONS.md.
// Usage: node validate-ops-assets.mjs --rules F --dashboard F --scrape F --docs F (each optional but --rules).
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { parser } from '@prometheus-io/lezer-promql';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
  arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs, []));

const errors = [];
const expressions = [];
const recorded = new Set();
const jobMatchers = [];
const error = (where, message) => errors.push(`${where}: ${message}`);

// Prometheus's regexes (model.MetricNameRE, model.LabelNameRE) and duration format (model.ParseDuration).
const metricNameRe = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const labelNameRe = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const durationRe = /^(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?$/;
const isDuration = (value) => typeof value === 'string' && value !== '' && durationRe.test(value);

/** Parses one PromQL expression; records syntax errors and the metric names it selects. */
function checkExpr(where, expr) {
  if (typeof expr !== 'string' || expr.trim() === '') {
    error(where, 'expr must be a non-empty string');
    return [];
  }

  const tree = parser.parse(expr);
  const metrics = new Set();
  const syntax = [];
  tree.iterate({
    enter(node) {
      if (node.type.isError) {
        syntax.push(`syntax error at ${node.from}: '${expr.slice(Math.max(0, node.from - 15), node.to + 15)}'`);
      }

      if (node.name === 'VectorSelector') {
        const identifier = node.node.getChild('Identifier');
        if (identifier) {
          metrics.add(expr.slice(identifier.from, identifier.to));
        }
      }

      if (node.name === 'UnquotedLabelMatcher' || node.name === 'QuotedLabelMatcher') {
        const name = node.node.getChild('LabelName') ?? node.node.getChild('QuotedLabelName');
        const op = node.node.getChild('MatchOp');
        const value = node.node.getChild('StringLiteral');
        if (name && op && value) {
          const label = expr.slice(name.from, name.to).replace(/^"|"$/g, '');
          const literal = JSON.parse(expr.slice(value.from, value.to).replace(/^'|'$/g, '"'));
          const operator = expr.slice(op.from, op.to);
          if (label === '__name__' && operator === '=') {
            metrics.add(literal);
          }

          if (label === 'job') {
            jobMatchers.push({ where, operator, literal });
          }
        }
      }

      if (node.name === 'QuotedLabelName' && node.node.parent?.name === 'LabelMatchers') {
        // {"metric_name"}: the UTF-8 form of a metric name.
        metrics.add(JSON.parse(expr.slice(node.from, node.to)));
      }
    },
  });
  syntax.forEach((message) => error(where, message));
  const names = [...metrics].sort();
  expressions.push({ where, expr, metrics: names });
  return names;
}

function checkStringMap(where, map, what) {
  if (map === undefined || map === null) {
    return;
  }

  if (typeof map !== 'object' || Array.isArray(map)) {
    error(where, `${what} must be a map`);
    return;
  }

  for (const [key, value] of Object.entries(map)) {
    if (!labelNameRe.test(key) || key.startsWith('__')) {
      error(where, `${what} name '${key}' is not a valid label name`);
    }

    if (typeof value !== 'string') {
      error(where, `${what} '${key}' must be a string, is ${JSON.stringify(value)}`);
    } else if ((value.match(/\{\{/g) ?? []).length !== (value.match(/\}\}/g) ?? []).length) {
      error(where, `${what} '${key}' has unbalanced template braces`);
    }
  }
}

function checkKeys(where, object, allowed) {
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) {
      error(where, `field '${key}' not allowed (promtool refuses unknown fields)`);
    }
  }
}

const rules = [];

function checkRuleFile(path) {
  const document = parseDocument(readFileSync(path, 'utf8'), { uniqueKeys: true });
  document.errors.forEach((e) => error(path, `YAML: ${e.message}`));
  const root = document.toJS();
  if (!root || typeof root !== 'object' || Array.isArray(root)) {
    error(path, 'the rule file must be a map with `groups`');
    return;
  }

  checkKeys(path, root, ['groups']);
  if (!Array.isArray(root.groups) || root.groups.length === 0) {
    error(path, '`groups` must be a non-empty list');
    return;
  }

  const groupNames = new Set();
  for (const [g, group] of root.groups.entries()) {
    const where = `${path} group ${group?.name ?? `#${g}`}`;
    if (!group || typeof group !== 'object') {
      error(where, 'a group must be a map');
      continue;
    }

    checkKeys(where, group, ['name', 'interval', 'query_offset', 'limit', 'rules', 'labels']);
    if (typeof group.name !== 'string' || group.name === '') {
      error(where, 'group name missing');
    } else if (groupNames.has(group.name)) {
      error(where, 'group name repeated');
    }

    groupNames.add(group.name);
    if (group.interval !== undefined && !isDuration(group.interval)) {
      error(where, `interval '${group.interval}' is not a duration`);
    }

    if (!Array.isArray(group.rules) || group.rules.length === 0) {
      error(where, 'a group needs a non-empty `rules` list');
      continue;
    }

    const alerts = new Set();
    for (const [r, rule] of group.rules.entries()) {
      const name = rule?.record ?? rule?.alert ?? `#${r}`;
      const at = `${where} rule ${name}`;
      if (!rule || typeof rule !== 'object') {
        error(at, 'a rule must be a map');
        continue;
      }

      checkKeys(at, rule, ['record', 'alert', 'expr', 'for', 'keep_firing_for', 'labels', 'annotations']);
      const isRecord = rule.record !== undefined;
      const isAlert = rule.alert !== undefined;
      if (isRecord === isAlert) {
        error(at, 'a rule needs exactly one of record and alert');
        continue;
      }

      if (isRecord) {
        if (typeof rule.record !== 'string' || !metricNameRe.test(rule.record)) {
          error(at, `record '${rule.record}' is not a valid metric name`);
        }

        for (const field of ['for', 'keep_firing_for', 'annotations']) {
          if (rule[field] !== undefined) {
            error(at, `a recording rule has no '${field}'`);
          }
        }

        recorded.add(rule.record);
      } else {
        if (typeof rule.alert !== 'string' || !metricNameRe.test(rule.alert)) {
          error(at, `alert name '${rule.alert}' is not a valid name`);
        } else if (alerts.has(rule.alert)) {
          error(at, 'alert name repeated in the group');
        }

        alerts.add(rule.alert);
        for (const field of ['for', 'keep_firing_for']) {
          if (rule[field] !== undefined && !isDuration(rule[field])) {
            error(at, `${field} '${rule[field]}' is not a duration`);
          }
        }

        if (typeof rule.labels?.severity !== 'string') {
          error(at, 'labels.severity missing');
        }

        for (const annotation of ['summary', 'description', 'runbook_url']) {
          if (typeof rule.annotations?.[annotation] !== 'string') {
            error(at, `annotations.${annotation} missing`);
          }
        }

        rules.push({ at, rule });
      }

      checkStringMap(at, rule.labels, 'label');
      checkStringMap(at, rule.annotations, 'annotation');
      checkExpr(at, rule.expr);
    }
  }
}

// Grafana variables replaced by values of the same syntactic kind before parsing.
const intervalVariables = { __rate_interval: '5m', __interval: '1m', __range: '1h' };

function substituteGrafanaVariables(expr) {
  return expr.replace(/\$\{(\w+)(?::[^}]*)?\}|\[\[(\w+)\]\]|\$(\w+)/g, (_, braced, bracketed, plain) => {
    const name = braced ?? bracketed ?? plain;
    return intervalVariables[name] ?? 'grafana_variable';
  });
}

function checkDashboard(path) {
  let dashboard;
  try {
    dashboard = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    error(path, `JSON: ${e.message}`);
    return;
  }

  if (typeof dashboard.schemaVersion !== 'number') {
    error(path, 'schemaVersion missing');
  }

  if (dashboard.id !== undefined && dashboard.id !== null) {
    error(path, 'a dashboard to import has id null (Grafana assigns it)');
  }

  const variables = dashboard.templating?.list ?? [];
  const source = variables.find((v) => v.name === 'datasource');
  if (!source || source.type !== 'datasource' || source.query !== 'prometheus') {
    error(path, 'a templating variable `datasource` of type datasource and query prometheus is required');
  }

  const checkDatasource = (where, datasource) => {
    if (datasource === undefined) {
      return;
    }

    const uid = typeof datasource === 'string' ? datasource : datasource?.uid;
    if (uid !== '${datasource}') {
      error(where, `datasource must be \${datasource}, is ${JSON.stringify(datasource)}`);
    }
  };

  for (const variable of variables.filter((v) => v.type === 'query')) {
    const where = `${path} variable ${variable.name}`;
    checkDatasource(where, variable.datasource);
    const query = typeof variable.query === 'string' ? variable.query : variable.query?.query;
    const labelValues = /^label_values\((.*),\s*(\w+)\)$/.exec(query ?? '');
    const queryResult = /^query_result\((.*)\)$/.exec(query ?? '');
    if (labelValues) {
      checkExpr(where, substituteGrafanaVariables(labelValues[1]));
    } else if (queryResult) {
      checkExpr(where, substituteGrafanaVariables(queryResult[1]));
    } else {
      error(where, `query '${query}' is neither label_values(selector, label) nor query_result(expr)`);
    }
  }

  const panels = [];
  for (const panel of dashboard.panels ?? []) {
    panels.push(panel);
    panels.push(...(panel.panels ?? []));
  }

  if (panels.length === 0) {
    error(path, 'no panels');
  }

  const ids = new Set();
  const boxes = [];
  for (const panel of panels) {
    const where = `${path} panel ${panel.id} '${panel.title}'`;
    if (!Number.isInteger(panel.id) || ids.has(panel.id)) {
      error(where, 'panel id missing or repeated');
    }

    ids.add(panel.id);
    const grid = panel.gridPos;
    if (!grid || ![grid.x, grid.y, grid.w, grid.h].every(Number.isInteger) || grid.x < 0 || grid.w < 1 || grid.h < 1 || grid.x + grid.w > 24) {
      error(where, `gridPos ${JSON.stringify(grid)} is not a box inside the 24 columns`);
      continue;
    }

    for (const other of boxes) {
      const o = other.grid;
      if (grid.x < o.x + o.w && o.x < grid.x + grid.w && grid.y < o.y + o.h && o.y < grid.y + grid.h) {
        error(where, `overlaps panel ${other.id}`);
      }
    }

    boxes.push({ id: panel.id, grid });
    if (panel.type === 'row') {
      continue;
    }

    checkDatasource(where, panel.datasource);
    if (!Array.isArray(panel.targets) || panel.targets.length === 0) {
      error(where, 'no targets');
      continue;
    }

    for (const target of panel.targets) {
      checkDatasource(`${where} target ${target.refId}`, target.datasource);
      checkExpr(`${where} target ${target.refId}`, substituteGrafanaVariables(target.expr ?? ''));
    }
  }
}

function checkScrapeConfigs(path) {
  const document = parseDocument(readFileSync(path, 'utf8'), { uniqueKeys: true });
  document.errors.forEach((e) => error(path, `YAML: ${e.message}`));
  const jobs = (document.toJS()?.scrape_configs ?? []).map((c) => c.job_name);
  if (jobs.length === 0 || jobs.some((j) => typeof j !== 'string')) {
    error(path, 'scrape_configs with job_name entries expected');
  }

  for (const { where, operator, literal } of jobMatchers) {
    const names = operator === '=~' ? literal.split('|') : operator === '=' ? [literal] : [];
    for (const name of names.filter((n) => !jobs.includes(n))) {
      error(where, `job '${name}' is not a job of ${path} (${jobs.join(', ')})`);
    }
  }
}

/** GitHub's heading anchors: lower case, punctuation but '-' and '_' dropped, spaces to '-'. */
const anchorOf = (heading) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');

function checkDocs(path) {
  const text = readFileSync(path, 'utf8');
  const anchors = new Set(text.split('\n').filter((l) => /^#{1,6} /.test(l)).map((l) => anchorOf(l.replace(/^#+ /, ''))));
  // The rows of the section's first table: the conditions the alerts implement.
  const alertSection = (text.split('\n## What to alert on')[1]?.split('\n## ')[0] ?? '').split('\n');
  const tableStart = alertSection.findIndex((l) => l.startsWith('| '));
  const tableLength = alertSection.slice(tableStart).findIndex((l) => !l.startsWith('|'));
  const rows = new Set(alertSection.slice(tableStart, tableStart + (tableLength < 0 ? undefined : tableLength))
    .map((l) => l.split('|')[1].trim()));
  for (const { at, rule } of rules) {
    const url = rule.annotations?.runbook_url ?? '';
    const anchor = url.split('#')[1];
    if (!url.startsWith('docs/OPERATIONS.md#') || !anchors.has(anchor)) {
      error(at, `runbook_url '${url}' is not a heading of ${path}`);
    }

    if (!rows.has(rule.annotations?.docs_row)) {
      error(at, `docs_row '${rule.annotations?.docs_row}' is not a row of "What to alert on" in ${path}`);
    }
  }
}

checkRuleFile(args.rules);
if (args.dashboard) {
  checkDashboard(args.dashboard);
}

if (args.scrape) {
  checkScrapeConfigs(args.scrape);
}

if (args.docs) {
  checkDocs(args.docs);
}

const metrics = [...new Set(expressions.flatMap((e) => e.metrics))].sort();
process.stdout.write(JSON.stringify({ errors, expressions, recorded: [...recorded].sort(), metrics }, null, 2) + '\n');
