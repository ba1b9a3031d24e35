/** `npm run eval` runs on the relation dev set: a table per predicate, misses with causes, one RESULT line. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

describe('npm run eval', () => {
  it('scores the relation dev set per predicate and lists misses by cause', () => {
    const r = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'scripts/eval.ts'), '--relations-only', '--misses', '3'], { encoding: 'utf8', cwd: ROOT });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Relations: \d+ sentences, \d+ hand-made relations/);
    expect(r.stdout).toMatch(/^LOCATED_IN +\d+ +[\d.]+ +[\d.]+ +[\d.]+$/m);
    expect(r.stdout).toMatch(/Misses by cause:\n +\d+ +(FN|FP) /);
    expect(r.stdout).toMatch(/^RESULT relations overall P=[\d.]+ R=[\d.]+ F1=[\d.]+/m);
  }, 120_000);

  it('keeps at least 150 real sentences, each with its source', () => {
    const set = JSON.parse(readFileSync(path.join(ROOT, 'eval/relations-dev.json'), 'utf8')) as { cases: Array<{ source: string; text: string; relations: string[][] }> };
    expect(set.cases.length).toBeGreaterThanOrEqual(150);
    for (const c of set.cases) {
      expect(c.source).toMatch(/^wikipedia-current-events \d{4}-\d{2}-\d{2}/);
      for (const rel of c.relations) expect(rel).toHaveLength(3);
    }
    expect(new Set(set.cases.map((c) => c.text)).size).toBe(set.cases.length);
  });

  it('scores the blind check set with --set, which shares no sentence with the dev set', () => {
    const read = (f: string) => (JSON.parse(readFileSync(path.join(ROOT, f), 'utf8')) as { cases: Array<{ text: string }> }).cases.map((c) => c.text);
    const dev = new Set(read('eval/relations-dev.json'));
    expect(read('eval/relations-check.json').filter((t) => dev.has(t))).toEqual([]);
    const r = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'scripts/eval.ts'), '--relations-only', '--misses', '0', '--set', 'eval/relations-check.json'], { encoding: 'utf8', cwd: ROOT });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Relations: 40 sentences, \d+ hand-made relations \(eval\/relations-check.json\)/);
  }, 120_000);
});

describe('CoNLL scoring (scripts/conll.ts)', () => {
  // a made-up two-sentence document in the CoNLL column format (the CoNLL data itself is never in the repository)
  const sample = ['-DOCSTART- -X- -X- O', '', 'Angela NNP B-NP B-PER', 'Merkel NNP I-NP I-PER', 'visited VBD B-VP O', 'Paris NNP B-NP B-LOC', '. . O O', '', 'The DT B-NP O', 'Euro NNP I-NP B-MISC', 'rose VBD B-VP O', 'at IN B-PP O', 'Siemens NNP B-NP B-ORG', '. . O O', ''].join('\n');
  it('detokenises documents and reads IOB spans', async () => {
    const { readConll } = await import('../scripts/conll.js');
    const [doc] = readConll(sample);
    expect(doc.text).toBe('Angela Merkel visited Paris.\nThe Euro rose at Siemens.');
    expect(doc.gold.map((g) => [g.type, doc.text.slice(g.start, g.end)])).toEqual([['PER', 'Angela Merkel'], ['LOC', 'Paris'], ['MISC', 'Euro'], ['ORG', 'Siemens']]);
  });
  it('counts exact spans of the right type, leaves out MISC, demonyms and titles', async () => {
    const { readConll, scoreConll } = await import('../scripts/conll.js');
    const [doc] = readConll(sample);
    const at = (s: string) => doc.text.indexOf(s);
    const score = scoreConll([doc], () => [
      { start: at('Angela Merkel'), end: at('Angela Merkel') + 13, category: 'Person', form: 'name' },
      { start: at('Paris'), end: at('Paris') + 5, category: 'Organization', form: 'name' }, // wrong type
      { start: at('Euro'), end: at('Euro') + 4, category: 'Country', form: 'name' }, // over a MISC entity: not scored
      { start: at('Siemens'), end: at('Siemens') + 7, category: 'Country', form: 'demonym' }, // demonyms are not scored
    ]);
    expect(score.perType.PER).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(score.perType.LOC).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(score.perType.ORG).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(score.micro.p).toBeCloseTo(1 / 2);
    expect(score.micro.r).toBeCloseTo(1 / 3);
  });
});
