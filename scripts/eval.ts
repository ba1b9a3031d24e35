/**
 * `npm run eval`: extraction quality, measured.
 *
 * 1. Relations: the hand-made relation dev set (eval/relations-dev.json, real news items). Prints precision,
 *    recall and F1 per predicate and overall, then every miss with its cause.
 * 2. Entities: the CoNLL-2003 English dev split (PER / LOC / ORG), read from the path given by `--conll FILE` or
 *    `KG_CONLL` (its licence is for research only: it is never copied into the project), scored by scripts/conll.ts.
 *
 * 3. `--resolution`: entity resolution on the hand-labelled resolution set (eval/resolution-set.json, its articles in
 *    test/fixtures/wikinews/resolution-docs.jsonl): B³ over person mentions, wrongly merged pairs, split entities.
 *
 * Options: --resolution (that alone), --relations-only, --conll-only, --misses N (how many misses to list; default all), --set FILE (another
 * relation set in the same format, e.g. eval/relations-check.json: the blind check set, never tuned on),
 * --conll FILE.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../src/extract/index.js';
import { readConllFile, scoreConll } from './conll.js';
import { prf, readRelationSet, scoreRelations, totals } from './relations-score.js';
import { readResolutionDocuments, readResolutionSet, scoreResolution } from './resolution-score.js';
import { linkCorpus } from '../src/link/link.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (f: string) => args.includes(f);
const maxMisses = args.includes('--misses') ? Number(args[args.indexOf('--misses') + 1]) : Infinity;
const relationSet = args.includes('--set') ? args[args.indexOf('--set') + 1] : 'eval/relations-dev.json';
const conllFile = args.includes('--conll') ? args[args.indexOf('--conll') + 1] : process.env.KG_CONLL;

const fmt = (x: number) => x.toFixed(3);

if (flag('--resolution')) {
  const set = readResolutionSet(path.join(ROOT, 'eval/resolution-set.json'));
  const docs = readResolutionDocuments(path.join(ROOT, 'test/fixtures/wikinews/resolution-docs.jsonl'));
  const xs = docs.map((d) => extractDocument(d));
  const linking = linkCorpus(xs);
  const s = scoreResolution(set, docs, xs, (k) => linking.joins.get(k)?.key ?? k);
  console.log(`Resolution: ${set.documents.length} documents, ${s.mentions} person mentions (${s.read} read as a person)`);
  console.log('\nWrongly merged (node: gold entity / gold entity):');
  for (const m of s.merged) console.log(`  ${m.node}: ${m.a} / ${m.b}`);
  console.log('\nSplit (gold entity: nodes; unread: a mention not read as a person):');
  for (const x of s.split) console.log(`  ${x.entity}: ${x.nodes.join(', ')}`);
  console.log(`\nRESULT resolution B3 P=${fmt(s.p)} R=${fmt(s.r)} F1=${fmt(s.f)}`);
}

if (!flag('--conll-only') && !flag('--resolution')) {
  const cases = readRelationSet(path.resolve(ROOT, relationSet));
  const { counts, misses } = scoreRelations(cases, relationSet, cases.unlabelled);
  const gold = [...counts.values()].reduce((n, c) => n + c.tp + c.fn, 0);
  console.log(`Relations: ${cases.length} sentences, ${gold} hand-made relations (${relationSet})\n`);
  console.log('predicate          gold   P      R      F1');
  const rows = [...counts].sort((a, b) => b[1].tp + b[1].fn - (a[1].tp + a[1].fn) || (a[0] < b[0] ? -1 : 1));
  for (const [p, c] of rows) {
    const s = prf(c);
    console.log(`${p.padEnd(18)} ${String(c.tp + c.fn).padStart(4)}   ${fmt(s.p)}  ${fmt(s.r)}  ${fmt(s.f)}`);
  }
  const { all, events } = totals(counts);
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

if (!flag('--relations-only') && !flag('--resolution')) {
  if (!conllFile) {
    console.log(
      '\nCoNLL-2003: not scored. Its licence allows research use only, so kg does not ship it: get the English dev split ' +
        '(eng.testa, from the CoNLL-2003 shared task, https://www.clips.uantwerpen.be/conll2003/ner/, which needs the Reuters ' +
        'corpus RCV1), then run `npm run eval -- --conll path/to/eng.testa` or set KG_CONLL=path/to/eng.testa.',
    );
  } else if (!existsSync(conllFile)) {
    console.error(`kg eval: no CoNLL file at ${conllFile}; give the path of the CoNLL-2003 English dev split (--conll FILE or KG_CONLL).`);
    process.exitCode = 2;
  } else {
    const docs = readConllFile(conllFile);
    const t0 = performance.now();
    const score = scoreConll(docs, (d) => extractDocument({ id: d.id, text: d.text, origin: { file: conllFile } }).mentions);
    const seconds = (performance.now() - t0) / 1000;
    const chars = docs.reduce((n, d) => n + d.text.length, 0);
    console.log(`\nEntities: CoNLL-2003 (${conllFile}: ${docs.length} documents, PER / LOC / ORG)`);
    for (const [type, s] of Object.entries(score.perType)) console.log(`${type}: P=${fmt(s.p)} R=${fmt(s.r)} F1=${fmt(s.f)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
    console.log(`docs=${docs.length} chars=${chars} seconds=${seconds.toFixed(2)} chars/s=${Math.round(chars / seconds)}; micro P=${fmt(score.micro.p)} R=${fmt(score.micro.r)} F1=${fmt(score.micro.f)}`);
  }
}
