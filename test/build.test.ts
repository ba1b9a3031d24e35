/** End to end: the seed builds to a graph that matches the gold, validates as GEXF 1.3, and is byte-identical on rebuild. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/pipeline.js';
import { requireShared, ROOT } from './helpers.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'kg-test-'));

describe('seed build', () => {
  let out: string;
  let again: string;
  beforeAll(async () => {
    out = tmp();
    again = tmp();
    await build({ inputs: [path.join(ROOT, 'seeds')], out });
    await build({ inputs: [path.join(ROOT, 'seeds')], out: again });
  });

  it('scores entities F1 ≥ 0.95 and relations F1 ≥ 0.90 against the gold, with nothing forbidden', () => {
    const scorer = requireShared('tools/score-graph.mjs');
    const gold = requireShared('gold/000_cf50b3a85d0d2923.gold.json');
    const r = spawnSync('node', [scorer, path.join(out, 'graph.json'), gold, '--min-entity-f1', '0.95', '--min-relation-f1', '0.90'], { encoding: 'utf8' });
    expect(r.stdout).not.toMatch(/forbidden/);
    expect(r.status, r.stdout).toBe(0);
  });

  it('is byte-identical when built twice', () => {
    for (const f of ['graph.gexf', 'graph.json', 'index.html']) expect(readFileSync(path.join(again, f), 'utf8')).toBe(readFileSync(path.join(out, f), 'utf8'));
  });

  it('writes GEXF that validates against the official GEXF 1.3 RelaxNG schema (xmllint)', () => {
    const schema = requireShared('data/gexf-schema/1.3/gexf.rng');
    const r = spawnSync('xmllint', ['--noout', '--relaxng', schema, path.join(out, 'graph.gexf')], { encoding: 'utf8' });
    expect(r.error, 'xmllint must be installed (Debian: libxml2-utils)').toBeUndefined();
    expect(r.stderr).toMatch(/validates/);
    expect(r.status).toBe(0);
  });

  it('writes positions, colours, sizes and typed attributes in the GEXF, never [object Object]', () => {
    const gexf = readFileSync(path.join(out, 'graph.gexf'), 'utf8');
    expect(gexf).toMatch(/<viz:position x="-?[\d.]+" y="-?[\d.]+"/);
    expect(gexf).toMatch(/<viz:color r="\d+" g="\d+" b="\d+"\/>/);
    expect(gexf).toMatch(/<viz:size value="[\d.]+"/);
    expect(gexf).toMatch(/<attribute id="aliases" title="aliases" type="liststring"\/>/);
    expect(gexf).toMatch(/<attribute id="mentions" title="mentions" type="integer"\/>/);
    expect(gexf).not.toMatch(/object Object/);
  });

  it('serialises the graph the graphology way, with the documented attributes', () => {
    const g = JSON.parse(readFileSync(path.join(out, 'graph.json'), 'utf8'));
    expect(g.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: false });
    const wang = g.nodes.find((n: { key: string }) => n.key === 'person:wang-yi');
    expect(wang.attributes).toMatchObject({ label: 'Wang Yi', category: 'Person', aliases: ['Wang'], titles: ['State Councilor', 'Foreign Minister'] });
    for (const n of g.nodes) {
      expect(n.attributes).not.toHaveProperty('type');
      for (const k of ['x', 'y', 'size']) expect(typeof n.attributes[k]).toBe('number');
      expect(n.attributes.color).toMatch(/^#[0-9A-F]{6}$/i);
    }
    // every node says where it was read: document, sentence and character span
    const seed = readFileSync(path.join(ROOT, 'seeds/000_cf50b3a85d0d2923.txt'), 'utf8');
    for (const span of wang.attributes.spans) {
      const [, doc, start, end] = /^(.+)#s\d+\[(\d+):(\d+)\]$/.exec(span)!;
      expect(doc).toBe('000_cf50b3a85d0d2923.txt');
      expect(['Wang Yi', 'Wang', 'State Councilor', 'Foreign Minister']).toContain(seed.slice(Number(start), Number(end)));
    }
    expect(wang.attributes.spans).toHaveLength(wang.attributes.mentions);
    const meeting = g.nodes.find((n: { attributes: { category: string } }) => n.attributes.category === 'Event');
    expect(meeting.attributes.date).toBe('2021-09-16');
    const china = g.nodes.find((n: { key: string }) => n.key === 'country:CHN');
    expect(china.attributes.iso3).toBe('CHN');
    for (const e of g.edges) {
      expect(e.attributes.weight).toBe(e.attributes.evidence.length);
      for (const ev of e.attributes.evidence) expect(ev).toMatchObject({ document: '000_cf50b3a85d0d2923.txt', sentence: expect.any(Number), start: expect.any(Number), end: expect.any(Number) });
    }
  });
});

describe('a relation stated twice', () => {
  it('is one edge of weight 2, across documents', async () => {
    const out = tmp();
    const dir = tmp();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(dir, 'a.jsonl'), `${JSON.stringify({ id: 'a', text: 'Russia urged the United States to act.' })}\n${JSON.stringify({ id: 'b', text: 'Russia urged the United States to leave.' })}\n`);
    const result = await build({ inputs: [dir], out, formats: ['json'] });
    const edge = result.graph.edges().map((k) => result.graph.getEdgeAttributes(k)).find((a) => a.predicate === 'URGED');
    expect(edge?.weight).toBe(2);
    expect(edge?.documents).toEqual(['a', 'b']);
  });
});

describe('Wikinews corpus', () => {
  it('builds all 295 articles without errors', () => {
    const corpus = requireShared('data/news/wikinews-2019-2020');
    const out = tmp();
    const stdout = execFileSync('npx', ['tsx', path.join(ROOT, 'src/cli.ts'), 'build', corpus, '--out', out], { encoding: 'utf8', cwd: ROOT });
    expect(stdout).toMatch(/from 295 document\(s\): \d+ nodes, \d+ edges/);
    expect(stdout).not.toMatch(/skipped/);
  }, 300_000);
});
