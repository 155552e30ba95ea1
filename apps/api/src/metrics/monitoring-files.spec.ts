// deploy/monitoring/ is checked against the code (ADR 0031): every PromQL expression of the alert
// rules and of the Grafana dashboard names series the API really exports, and every alert has its
// runbook in docs/operations.md. A renamed metric then fails here, not at 3 a.m.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Metrics } from './metrics';

const root = join(__dirname, '../../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** Series Prometheus makes itself for every target. */
const SYNTHETIC = ['up', 'scrape_duration_seconds'];
const KEYWORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right']);
const KEYWORDS_BINARY = new Set(['and', 'or', 'unless', 'bool', 'offset']);

/** The metric names a PromQL expression selects (not its functions, labels or keywords). */
function metricNames(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ');
  const names: string[] = [];
  for (const match of bare.matchAll(/(?<![\w.])[a-zA-Z_:][a-zA-Z0-9_:]*/g)) {
    const word = match[0];
    const rest = bare.slice(match.index + word.length).trimStart();
    if (rest.startsWith('(') || KEYWORDS.has(word) || KEYWORDS_BINARY.has(word)) continue;
    names.push(word);
  }
  return names;
}

function exportedSeries(): Set<string> {
  const metrics = new Metrics();
  const names = new Set(SYNTHETIC);
  for (const metric of metrics.registry.getMetricsAsArray()) {
    const name = metric.name;
    names.add(name);
    const type = (metric as unknown as { type: string }).type;
    if (type === 'histogram') for (const s of ['_bucket', '_sum', '_count']) names.add(name + s);
    if (type === 'summary') for (const s of ['_sum', '_count']) names.add(name + s);
  }
  metrics.registry.clear();
  return names;
}

interface Rule {
  alert?: string;
  expr?: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

const rules = (
  parse(read('deploy/monitoring/schakel-alerts.rules.yml')) as {
    groups: { name: string; rules: Rule[] }[];
  }
).groups.flatMap((g) => g.rules);

interface Panel {
  id: number;
  title: string;
  gridPos: { x: number; y: number; w: number; h: number };
  targets?: { expr: string }[];
}
const dashboard = JSON.parse(read('deploy/monitoring/schakel-api.dashboard.json')) as {
  uid: string;
  panels: Panel[];
  templating: { list: { name: string; definition?: string }[] };
};

const operations = read('docs/operations.md');
const runbooks = operations.slice(operations.indexOf('\n## Runbooks'));
const runbookHeadings = [...runbooks.matchAll(/^#### (\w+)$/gm)].map((m) => m[1]!);

describe('the metric-name reader', () => {
  it('finds the selected series and skips functions, labels, ranges and keywords', () => {
    expect(
      metricNames(
        'sum by (queue) (increase(schakel_jobs_total{job="x",code=~"A|B"}[30m])) / on(instance) up > bool 0.5',
      ),
    ).toEqual(['schakel_jobs_total', 'up']);
    expect(metricNames('histogram_quantile(0.95, sum by (le) (rate(a_bucket[5m])))')).toEqual([
      'a_bucket',
    ]);
  });
});

describe('deploy/monitoring', () => {
  const exported = exportedSeries();

  it('refuses an expression that names a series the API does not export', () => {
    const unknown = metricNames('rate(schakel_no_such_series_total[5m])').filter(
      (n) => !exported.has(n),
    );
    expect(unknown).toEqual(['schakel_no_such_series_total']);
  });

  it('has alert rules that each name exported series, a severity, a summary and a runbook', () => {
    expect(rules.length).toBeGreaterThanOrEqual(8);
    const names = rules.map((r) => r.alert);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of rules) {
      expect(rule.alert).toMatch(/^Schakel[A-Z][A-Za-z]+$/);
      const used = metricNames(rule.expr ?? '');
      expect({ alert: rule.alert, used: used.length > 0 }).toEqual({
        alert: rule.alert,
        used: true,
      });
      expect({ alert: rule.alert, unknown: used.filter((n) => !exported.has(n)) }).toEqual({
        alert: rule.alert,
        unknown: [],
      });
      expect(['critical', 'warning', 'info']).toContain(rule.labels?.severity);
      expect(rule.annotations?.summary).toEqual(expect.any(String));
      expect(rule.annotations?.runbook).toBe(`docs/operations.md#${rule.alert!.toLowerCase()}`);
      if (rule.for) expect(rule.for).toMatch(/^\d+[smh]$/);
    }
  });

  it('has one runbook in docs/operations.md per alert, and none for an alert that is gone', () => {
    expect([...runbookHeadings].sort()).toEqual(rules.map((r) => r.alert!).sort());
  });

  it('has a dashboard whose every query names exported series, on a 24-column grid', () => {
    expect(dashboard.uid).toBe('schakel-api');
    const ids = dashboard.panels.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const expressions = [
      ...dashboard.panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr)),
      ...dashboard.templating.list.flatMap((v) =>
        v.definition ? [v.definition.replace(/^label_values\((.*),\s*\w+\)$/, '$1')] : [],
      ),
    ];
    expect(expressions.length).toBeGreaterThanOrEqual(15);
    for (const expr of expressions) {
      const used = metricNames(expr);
      expect({ expr, used: used.length > 0 }).toEqual({ expr, used: true });
      expect({ expr, unknown: used.filter((n) => !exported.has(n)) }).toEqual({
        expr,
        unknown: [],
      });
    }
    for (const panel of dashboard.panels) {
      expect(panel.gridPos.x + panel.gridPos.w).toBeLessThanOrEqual(24);
    }
    // Every series the API exports under its own prefix is on the dashboard.
    const shown = new Set(expressions.flatMap(metricNames));
    const ours = [...exported].filter(
      (n) => n.startsWith('schakel_') && !/_(sum|bucket)$/.test(n) && !exported.has(`${n}_count`),
    );
    expect(ours.filter((n) => !shown.has(n))).toEqual([]);
  });
});
