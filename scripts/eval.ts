/**
 * `npm run eval`: extraction quality, measured.
 *
 * 1. Relations: the hand-made relation dev set (eval/relations-dev.json, real news items). Prints precision,
 *    recall and F1 per predicate and overall, then every miss with its cause.
 * 2. Entities: the CoNLL-2003 English dev split in ../shared (read there, never copied), scored by the
 *    workplace's conll-eval.mjs over `kg extract --jsonl`, PER / LOC / ORG.
 *
 * Options: --relations-only, --conll-only, --misses N (how many misses to list; default all), --set FILE (another
 * relation set in the same format, e.g. eval/relations-check.json: the blind check set, never tuned on).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../src/extract/index.js';
import { lexicon, slug } from '../src/lexicon/index.js';
import type { Entity, Extraction } from '../src/model.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.KG_SHARED ?? path.resolve(ROOT, '..', 'shared');
const args = process.argv.slice(2);
const flag = (f: string) => args.includes(f);
const maxMisses = args.includes('--misses') ? Number(args[args.indexOf('--misses') + 1]) : Infinity;
const relationSet = args.includes('--set') ? args[args.indexOf('--set') + 1] : 'eval/relations-dev.json';

/** Predicates that state a mutual fact, read in either direction; kg writes one edge for "X and Y met". */
const SYMMETRIC = new Set(['MET_WITH', 'COOPERATES_WITH', 'AGREED_WITH', 'SIGNED']);

interface Case {
  source: string;
  date?: string;
  text: string;
  relations: Array<[string, string, string]>;
}

/**
 * Does the entity go by this name? The gazetteer gives the name this entity's key ("Turkey" is country:TUR,
 * labelled Türkiye), or it has the same slug as the label or an alias, or one holds the other as whole words
 * ("Gaza" / "Gaza Strip").
 */
function named(e: Entity, name: string): boolean {
  const known = lexicon().gazetteer.get(name.split(/\s+/)[0].toLowerCase())?.find((g) => g.tokens.join(' ').toLowerCase() === name.toLowerCase());
  if (known && known.key === e.key) return true;
  const want = slug(name.replace(/^the\s+/i, ''));
  return [e.label, ...e.aliases].some((a) => {
    const have = slug(a.replace(/^the\s+/i, ''));
    return have === want || `-${have}-`.includes(`-${want}-`) || `-${want}-`.includes(`-${have}-`);
  });
}

type Count = { tp: number; fp: number; fn: number };
const prf = ({ tp, fp, fn }: Count) => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

function scoreRelations(cases: Case[], file: string) {
  const counts = new Map<string, Count>();
  const count = (p: string) => counts.get(p) ?? (counts.set(p, { tp: 0, fp: 0, fn: 0 }), counts.get(p)!);
  const misses: Array<{ cause: string; line: string }> = [];
  cases.forEach((c, n) => {
    // a mutual fact written both ways in the gold is one fact
    c = { ...c, relations: c.relations.filter(([s, p, t], i) => !(SYMMETRIC.has(p) && c.relations.slice(0, i).some(([s2, p2, t2]) => p2 === p && s2 === t && t2 === s))) };
    const x: Extraction = extractDocument({ id: `case${n}`, text: c.text, date: c.date, origin: { file, line: n + 1 } });
    const byKey = new Map(x.entities.map((e) => [e.key, e]));
    const used = new Set<number>();
    for (const [s, p, t] of c.relations) {
      const sources = x.entities.filter((e) => named(e, s));
      const targets = x.entities.filter((e) => named(e, t));
      const hit = x.relations.findIndex((r, i) => {
        if (used.has(i) || r.predicate !== p) return false;
        const forward = sources.some((e) => e.key === r.source) && targets.some((e) => e.key === r.target);
        const backward = SYMMETRIC.has(p) && sources.some((e) => e.key === r.target) && targets.some((e) => e.key === r.source);
        return forward || backward;
      });
      if (hit >= 0) {
        used.add(hit);
        count(p).tp++;
        continue;
      }
      count(p).fn++;
      const other = x.relations.find((r) => sources.some((e) => e.key === r.source) && targets.some((e) => e.key === r.target));
      const cause = !sources.length && !targets.length ? 'neither entity found' : !sources.length ? 'source entity not found' : !targets.length ? 'target entity not found' : other ? `read as ${other.predicate}` : 'both found, no relation read';
      misses.push({ cause: `FN ${cause}`, line: `FN ${s} -${p}-> ${t}   | ${c.text}` });
    }
    x.relations.forEach((r, i) => {
      if (used.has(i)) return;
      // a symmetric predicate read both ways counts once
      if (SYMMETRIC.has(r.predicate) && x.relations.some((o, j) => used.has(j) && o.predicate === r.predicate && o.source === r.target && o.target === r.source)) return;
      count(r.predicate).fp++;
      const s = byKey.get(r.source)?.label ?? r.source;
      const t = byKey.get(r.target)?.label ?? r.target;
      const goldPair = c.relations.find(([gs, , gt]) => named(byKey.get(r.source)!, gs) && named(byKey.get(r.target)!, gt));
      const cause = goldPair ? `gold says ${goldPair[1]}` : 'not in gold';
      misses.push({ cause: `FP ${cause}`, line: `FP ${s} -${r.predicate}-> ${t} (${r.evidence[0]?.rule})   | ${c.text}` });
    });
  });
  return { counts, misses };
}

const fmt = (x: number) => x.toFixed(3);

if (!flag('--conll-only')) {
  const cases = (JSON.parse(readFileSync(path.resolve(ROOT, relationSet), 'utf8')) as { cases: Case[] }).cases;
  const { counts, misses } = scoreRelations(cases, relationSet);
  const gold = [...counts.values()].reduce((n, c) => n + c.tp + c.fn, 0);
  console.log(`Relations: ${cases.length} sentences, ${gold} hand-made relations (${relationSet})\n`);
  console.log('predicate          gold   P      R      F1');
  const rows = [...counts].sort((a, b) => b[1].tp + b[1].fn - (a[1].tp + a[1].fn) || (a[0] < b[0] ? -1 : 1));
  for (const [p, c] of rows) {
    const s = prf(c);
    console.log(`${p.padEnd(18)} ${String(c.tp + c.fn).padStart(4)}   ${fmt(s.p)}  ${fmt(s.r)}  ${fmt(s.f)}`);
  }
  const all = [...counts.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  const events = [...counts].filter(([p]) => !['LOCATED_IN', 'REPRESENTS'].includes(p)).reduce((a, [, c]) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  const o = prf(all);
  const e = prf(events);
  console.log(`${'overall'.padEnd(18)} ${String(all.tp + all.fn).padStart(4)}   ${fmt(o.p)}  ${fmt(o.r)}  ${fmt(o.f)}`);
  console.log(`${'events only'.padEnd(18)} ${String(events.tp + events.fn).padStart(4)}   ${fmt(e.p)}  ${fmt(e.r)}  ${fmt(e.f)}   (without LOCATED_IN and REPRESENTS)`);
  const causes = new Map<string, number>();
  for (const m of misses) causes.set(m.cause, (causes.get(m.cause) ?? 0) + 1);
  console.log('\nMisses by cause:');
  for (const [cause, n] of [...causes].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${cause}`);
  if (maxMisses > 0) {
    console.log('\nMisses:');
    for (const m of misses.slice(0, maxMisses)) console.log(`  ${m.line}`);
  }
  console.log(`\nRESULT relations overall P=${fmt(o.p)} R=${fmt(o.r)} F1=${fmt(o.f)}; events P=${fmt(e.p)} R=${fmt(e.r)} F1=${fmt(e.f)}`);
}

if (!flag('--relations-only')) {
  const conll = path.join(SHARED, 'data', 'conll2003', 'dev.txt');
  const scorer = path.join(SHARED, 'tools', 'conll-eval.mjs');
  if (!existsSync(conll) || !existsSync(scorer)) console.log(`\nCoNLL: ${conll} or its scorer not found; set KG_SHARED to the shared folder.`);
  else {
    console.log('\nEntities: CoNLL-2003 English dev (PER / LOC / ORG)');
    const r = spawnSync('node', [scorer, conll, '--cmd', `${path.join(ROOT, 'node_modules', '.bin', 'tsx')} ${path.join(ROOT, 'src', 'cli.ts')} extract --jsonl 2>/dev/null`], { encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 28 });
    process.stdout.write(r.stdout);
    if (r.status !== 0 && r.stderr) process.stderr.write(r.stderr);
  }
}
