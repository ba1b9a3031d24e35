/**
 * score-graph: a built graph (graphology JSON) against a hand-made reference graph (`test/fixtures/gold/*.json`).
 *
 *   npx tsx scripts/score-graph.ts exports/graph.json test/fixtures/gold/000_cf50b3a85d0d2923.gold.json
 *
 * Entities of the reference's types (Person, Country, City, Organization) match a node of the same category whose
 * label or an alias is one of the entity's names (compared without case, a leading "the", a possessive or
 * punctuation); events match by a pattern on the label. `required` items count for recall, `allowed` ones are not
 * errors, anything else of those types counts against precision; `forbidden` labels and relations are findings.
 * Prints the findings and one summary line; exits 1 when `--min-entity-f1` or `--min-relation-f1` is not met.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface GoldEntity {
  name: string;
  type: string;
  aliases?: string[];
}
interface GoldRelation {
  source?: string;
  source_any?: string[];
  target?: string;
  target_any?: string[];
  type?: string;
  type_any?: string[];
}
export interface Gold {
  entities: { required: GoldEntity[]; allowed?: GoldEntity[]; forbidden_labels?: string[] };
  events?: Array<{ id: string; label_matches: string }>;
  relations: { required: GoldRelation[]; allowed?: GoldRelation[]; forbidden?: GoldRelation[] };
}
export interface GraphJson {
  nodes: Array<{ key: string; attributes?: { label?: string; category?: string; aliases?: string[] } }>;
  edges: Array<{ source: string; target: string; attributes?: { predicate?: string } }>;
}
export interface Score {
  entities: { p: number; r: number; f: number };
  relations: { p: number; r: number; f: number };
  findings: string[];
}

const ENTITY_TYPES = new Set(['Person', 'Country', 'City', 'Organization']);
/** How names are compared: lower case, no leading "the", no possessive, punctuation as spaces. */
export const normName = (s: unknown) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const prf = (tp: number, fp: number, fn: number) => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

/** Scores `graph` against `gold`. Pure. */
export function scoreGraph(graph: GraphJson, gold: Gold): Score {
  const findings: string[] = [];
  const nodes = graph.nodes.map((n) => {
    const a = n.attributes ?? {};
    return { key: n.key, label: a.label ?? n.key, type: a.category ?? '', names: new Set([a.label, ...(a.aliases ?? [])].map(normName).filter(Boolean)) };
  });
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const goldEntities = [...gold.entities.required, ...(gold.entities.allowed ?? [])];
  const goldNames = (e: GoldEntity) => new Set([e.name, ...(e.aliases ?? [])].map(normName));
  const matchEntity = (n: (typeof nodes)[number], e: GoldEntity) => n.type === e.type && [...n.names].some((x) => goldNames(e).has(x));

  // entities: each required entity found once; a second node for the same entity counts against precision
  const entityNodes = nodes.filter((n) => ENTITY_TYPES.has(n.type));
  const goldOf = new Map(entityNodes.map((n) => [n.key, goldEntities.find((e) => matchEntity(n, e))?.name]));
  let entityTP = 0;
  for (const e of gold.entities.required) {
    const hits = entityNodes.filter((n) => goldOf.get(n.key) === e.name);
    if (!hits.length) findings.push(`missed entity: ${e.type} ${e.name}`);
    else entityTP++;
    if (hits.length > 1) findings.push(`entity split into ${hits.length} nodes: ${e.name} (${hits.map((h) => h.label).join(' | ')})`);
  }
  let entityFP = 0;
  const counted = new Set<string>();
  for (const n of entityNodes) {
    const g = goldOf.get(n.key);
    if (!g) {
      entityFP++;
      findings.push(`unexpected entity: ${n.type} ${n.label}`);
    } else if (counted.has(g)) entityFP++;
    else counted.add(g);
  }
  const forbidden = new Set((gold.entities.forbidden_labels ?? []).map(normName));
  for (const n of nodes) if (forbidden.has(normName(n.label))) findings.push(`forbidden label present: ${n.type} ${n.label}`);

  // events and proposals: matched by a pattern on the label
  const eventNode = new Map<string, string>();
  for (const ev of gold.events ?? []) {
    const re = new RegExp(ev.label_matches, 'i');
    const hit = nodes.find((n) => !ENTITY_TYPES.has(n.type) && re.test(n.label));
    if (hit) eventNode.set(ev.id, hit.key);
    else findings.push(`missed event node: ${ev.id} (label ~ /${ev.label_matches}/)`);
  }

  // relations: of the predicates the reference uses, one per (source, predicate, target)
  const resolve = (ref: string) => {
    if (ref.startsWith('@')) return new Set(eventNode.has(ref.slice(1)) ? [eventNode.get(ref.slice(1))!] : []);
    const e = goldEntities.find((g) => g.name === ref);
    return new Set(nodes.filter((n) => (e ? matchEntity(n, e) : normName(n.label) === normName(ref))).map((n) => n.key));
  };
  const sides = (r: GoldRelation, s: 'source' | 'target') => (r[s] ? [r[s]!] : (r[`${s}_any`] ?? []));
  const types = (r: GoldRelation) => (r.type ? [r.type] : (r.type_any ?? []));
  const matches = (e: { source: string; target: string; type: string }, r: GoldRelation) =>
    types(r).includes(e.type) && sides(r, 'source').some((x) => resolve(x).has(e.source)) && sides(r, 'target').some((x) => resolve(x).has(e.target));
  const known = [...gold.relations.required, ...(gold.relations.allowed ?? [])];
  const goldTypes = new Set(known.flatMap(types));
  const edges = [...new Map(graph.edges.filter((e) => goldTypes.has(e.attributes?.predicate ?? '')).map((e) => [`${e.source}|${e.attributes!.predicate}|${e.target}`, { source: e.source, target: e.target, type: e.attributes!.predicate! }])).values()];
  const describe = (r: GoldRelation) => `${sides(r, 'source').join('|')} -${types(r).join('|')}-> ${sides(r, 'target').join('|')}`;
  let relTP = 0;
  for (const r of gold.relations.required) {
    if (edges.some((e) => matches(e, r))) relTP++;
    else findings.push(`missed relation: ${describe(r)}`);
  }
  let relFP = 0;
  const label = (k: string) => byKey.get(k)?.label ?? k;
  for (const e of edges) {
    if (known.some((r) => matches(e, r))) continue;
    relFP++;
    findings.push(`unexpected relation: ${label(e.source)} -${e.type}-> ${label(e.target)}`);
  }
  for (const r of gold.relations.forbidden ?? []) if (edges.some((e) => matches(e, r))) findings.push(`forbidden relation present: ${describe(r)}`);

  return { entities: prf(entityTP, entityFP, gold.entities.required.length - entityTP), relations: prf(relTP, relFP, gold.relations.required.length - relTP), findings };
}

export const summary = (s: Score) => {
  const f = (x: number) => x.toFixed(3);
  return `entities P=${f(s.entities.p)} R=${f(s.entities.r)} F1=${f(s.entities.f)}; relations P=${f(s.relations.p)} R=${f(s.relations.r)} F1=${f(s.relations.f)}`;
};

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [graphFile, goldFile, ...rest] = process.argv.slice(2);
  if (!graphFile || !goldFile) {
    console.error('usage: npx tsx scripts/score-graph.ts GRAPH.json GOLD.json [--min-entity-f1 X] [--min-relation-f1 Y]');
    process.exit(2);
  }
  const min = (flag: string) => (rest.includes(flag) ? Number(rest[rest.indexOf(flag) + 1]) : 0);
  const score = scoreGraph(JSON.parse(readFileSync(graphFile, 'utf8')) as GraphJson, JSON.parse(readFileSync(goldFile, 'utf8')) as Gold);
  for (const line of score.findings) console.log(line);
  console.log(summary(score));
  process.exit(score.entities.f >= min('--min-entity-f1') && score.relations.f >= min('--min-relation-f1') ? 0 : 1);
}
