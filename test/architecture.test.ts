/**
 * The source tree shows the pipeline: one folder per stage, in the data's order, each importing only from stages
 * before it (and from the shared model, errors and lexicon); no module imports one that imports it back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const SRC = path.join(ROOT, 'src');

/** Each stage (a folder of src/, or a top-level module) with its place in the data's order; equal ranks sit side by side. */
export const STAGES: Record<string, number> = {
  model: 0, errors: 0, types: 0,
  lexicon: 1,
  ingest: 2,
  parse: 3,
  recognize: 4,
  resolve: 5,
  clauses: 6,
  relate: 7,
  extract: 8,
  workers: 9,
  link: 10,
  graph: 10.5,
  layout: 11,
  export: 12,
  explore: 13, neo4j: 13,
  pipeline: 14,
  report: 15,
  cli: 16, index: 16,
};

/** The stage of a file: its folder under src/, or its own name for a top-level module. */
const stageOf = (file: string) => {
  const [first, ...rest] = path.relative(SRC, file).split(path.sep);
  return rest.length ? first : first.replace(/(\.d)?\.ts$/, '');
};

/** The src files each file imports (static, type-only, re-exports and dynamic imports). */
function importGraph(): Map<string, string[]> {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => path.join(SRC, f));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g)].map((m) => m[1] ?? m[2]);
    graph.set(file, specs.map((s) => path.resolve(path.dirname(file), s.replace(/\.js$/, '.ts'))));
  }
  return graph;
}

/** What breaks the order: an import of a later stage or of a stage beside, an unknown stage, or a cycle. */
export function orderProblems(graph: Map<string, string[]>): string[] {
  const problems: string[] = [];
  const rel = (f: string) => path.relative(SRC, f);
  for (const [file, imports] of graph) {
    const from = stageOf(file);
    if (!(from in STAGES)) problems.push(`${rel(file)}: stage "${from}" is not in the stage order`);
    for (const target of imports) {
      const to = stageOf(target);
      if (!graph.has(target)) problems.push(`${rel(file)} imports ${rel(target)}, which does not exist`);
      else if (to !== from && !(STAGES[to] < STAGES[from])) problems.push(`${rel(file)} (${from}) imports ${rel(target)} (${to}), a stage that is not before it`);
    }
  }
  // cycles, found by depth-first search; each reported once, from its first module
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const t of graph.get(f) ?? []) {
      if (state.get(t) === 'open') problems.push(`import cycle: ${[...stack.slice(stack.indexOf(t)), t].map(rel).join(' → ')}`);
      else if (!state.has(t) && graph.has(t)) visit(t);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of [...graph.keys()].sort()) if (!state.has(f)) visit(f);
  return problems;
}

describe('the source tree', () => {
  it('imports only from earlier stages, with no cycle', () => {
    expect(orderProblems(importGraph())).toEqual([]);
  });

  it('would say so for an import that runs back up, one beside, or two modules that import each other', () => {
    const f = (p: string) => path.join(SRC, p);
    const bad = new Map([
      [f('parse/nlp.ts'), [f('relate/verbs.ts')]],
      [f('relate/verbs.ts'), [f('relate/units.ts')]],
      [f('relate/units.ts'), [f('relate/verbs.ts')]],
      [f('explore/page.ts'), [f('neo4j/load.ts')]],
      [f('neo4j/load.ts'), []],
    ]);
    const problems = orderProblems(bad);
    expect(problems).toContain('parse/nlp.ts (parse) imports relate/verbs.ts (relate), a stage that is not before it');
    expect(problems).toContain('explore/page.ts (explore) imports neo4j/load.ts (neo4j), a stage that is not before it');
    expect(problems).toContain('import cycle: relate/verbs.ts → relate/units.ts → relate/verbs.ts');
  });

  it('keeps modules small enough to read: none over 400 lines', () => {
    const long = [...importGraph().keys()].map((f) => [path.relative(SRC, f), readFileSync(f, 'utf8').split('\n').length] as const).filter(([, n]) => n > 400);
    expect(long).toEqual([]);
  });
});

describe('rule ids', () => {
  it('every rule id on a mention or an edge is one a registry entry (or a pattern of the lexicon) declares', async () => {
    const { SENTENCE_RULES, DOCUMENT_PHASES } = await import('../src/recognize/rules.js');
    const { RELATION_RULES } = await import('../src/relate/rules.js');
    const { RESOLUTION_RULES } = await import('../src/resolve/resolve.js');
    const { lexicon } = await import('../src/lexicon/index.js');
    const { extract } = await import('./helpers.js');
    const lex = lexicon();
    const declared = [...SENTENCE_RULES, ...DOCUMENT_PHASES, ...RELATION_RULES, ...RESOLUTION_RULES].flatMap((r: { id: string; emits?: readonly string[] }) => [r.id, ...(r.emits ?? [])]);
    const known = new Set([...declared, ...lex.relations.map((p) => p.id), ...lex.nominal.map((p) => p.id)]);
    // a rule id is a declared id, or one followed by how it read ("attack.passive", "meet.reciprocal", "attack-noun.by")
    const isKnown = (part: string) => known.has(part) || [...known].some((k) => part.startsWith(`${k}.`));
    const texts = [readFileSync(path.join(ROOT, 'seeds/000_cf50b3a85d0d2923.txt'), 'utf8'), ...(JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/news-sentences.json'), 'utf8')) as { cases: Array<{ text: string }> }).cases.map((c) => c.text), ...[...lex.relations, ...lex.nominal].flatMap((p) => p.examples)];
    const unknown = new Set<string>();
    for (const text of texts) {
      const x = extract(text, '2025-01-01');
      const rules = [...x.mentions.map((m) => m.rule), ...x.relations.flatMap((r) => r.evidence.map((e) => e.rule))];
      for (const rule of rules) for (const part of rule.split('+')) if (!isKnown(part)) unknown.add(`${part} (in ${rule})`);
    }
    expect([...unknown]).toEqual([]);
  });
});
