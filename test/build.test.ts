/** End to end: the seed builds to a graph that matches the gold, validates as GEXF 1.3, and is byte-identical on rebuild. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/pipeline.js';
import { scoreGraph, type Gold, type GraphJson } from '../scripts/score-graph.js';
import { GEXF_SCHEMA, ROOT, SEED_GOLD, WIKINEWS_SAMPLE } from './helpers.js';

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

  it('scores entities and relations F1 1.000 against the hand-made reference graph, with nothing forbidden', () => {
    const score = scoreGraph(JSON.parse(readFileSync(path.join(out, 'graph.json'), 'utf8')) as GraphJson, JSON.parse(readFileSync(SEED_GOLD, 'utf8')) as Gold);
    expect(score.findings).toEqual([]);
    expect(score.entities.f).toBe(1);
    expect(score.relations.f).toBe(1);
  });

  it('is byte-identical when built twice', () => {
    for (const f of ['graph.gexf', 'graph.json', 'index.html']) expect(readFileSync(path.join(again, f), 'utf8')).toBe(readFileSync(path.join(out, f), 'utf8'));
  });

  it('writes GEXF that validates against the official GEXF 1.3 RelaxNG schema (xmllint)', () => {
    const r = spawnSync('xmllint', ['--noout', '--relaxng', GEXF_SCHEMA, path.join(out, 'graph.gexf')], { encoding: 'utf8' });
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

describe('Wikinews articles', () => {
  it('builds the 50 articles of the sample without errors', () => {
    const out = tmp();
    const stdout = execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/cli.ts'), 'build', WIKINEWS_SAMPLE, '--out', out], { encoding: 'utf8', cwd: ROOT });
    expect(stdout).toMatch(/from 50 document\(s\): \d+ nodes, \d+ edges/);
    expect(stdout).not.toMatch(/skipped/);
  }, 300_000);
});

describe('scoring a graph against a reference graph', () => {
  const gold: Gold = {
    entities: { required: [{ name: 'Wang Yi', type: 'Person', aliases: ['Wang'] }, { name: 'China', type: 'Country' }], forbidden_labels: ['Foreign Minister'] },
    relations: { required: [{ source: 'Wang Yi', type: 'REPRESENTS', target: 'China' }] },
  };
  const node = (key: string, label: string, category: string, aliases: string[] = []) => ({ key, attributes: { label, category, aliases } });
  it('gives 1.000 for the graph the reference describes, whichever of its names a node carries', () => {
    const graph: GraphJson = { nodes: [node('p', 'Wang', 'Person'), node('c', 'the China', 'Country')], edges: [{ source: 'p', target: 'c', attributes: { predicate: 'REPRESENTS' } }] };
    expect(scoreGraph(graph, gold)).toMatchObject({ entities: { f: 1 }, relations: { f: 1 }, findings: [] });
  });
  it('counts a missed relation, an unexpected entity, a split entity and a forbidden label', () => {
    const graph: GraphJson = { nodes: [node('p', 'Wang Yi', 'Person'), node('p2', 'Wang', 'Person'), node('c', 'China', 'Country'), node('m', 'Foreign Minister', 'Person')], edges: [] };
    const s = scoreGraph(graph, gold);
    expect(s.relations).toEqual({ p: 0, r: 0, f: 0 });
    expect(s.entities.p).toBeCloseTo(2 / 4);
    expect(s.findings).toEqual(expect.arrayContaining(['missed relation: Wang Yi -REPRESENTS-> China', 'unexpected entity: Person Foreign Minister', 'entity split into 2 nodes: Wang Yi (Wang Yi | Wang)', 'forbidden label present: Person Foreign Minister']));
  });
});
