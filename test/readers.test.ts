/** The GEXF read back by a real reader of another program: NetworkX's read_gexf (Python; `pip install networkx`). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/pipeline.js';
import { ROOT, WIKINEWS_SAMPLE } from './helpers.js';

interface NxGraph {
  kind: string;
  nodes: Record<string, { label: string; category: string; aliases: string; mentions: number; x: number; y: number; size: number; color: number[] }>;
  edges: Array<[string, string, string, number, string]>;
}

describe('NetworkX', () => {
  let json: { nodes: Array<{ key: string; attributes: Record<string, unknown> }>; edges: Array<{ source: string; target: string; attributes: Record<string, unknown> }> };
  let nx: NxGraph;
  let graphmlFile: string;
  beforeAll(async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'kg-nx-'));
    await build({ inputs: [path.join(ROOT, 'seeds')], out, formats: ['gexf', 'json', 'graphml'] });
    json = JSON.parse(readFileSync(path.join(out, 'graph.json'), 'utf8'));
    graphmlFile = path.join(out, 'graph.graphml');
    const r = spawnSync('python3', [path.join(ROOT, 'test/readers/networkx_read.py'), path.join(out, 'graph.gexf')], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`NetworkX could not read the GEXF (install it with \`python3 -m pip install networkx\`):\n${r.stderr}`);
    nx = JSON.parse(r.stdout) as NxGraph;
  });

  it('reads a directed multigraph with the same nodes and edges', () => {
    expect(nx.kind).toBe('MultiDiGraph');
    expect(Object.keys(nx.nodes).sort()).toEqual(json.nodes.map((n) => n.key).sort());
    expect(nx.edges).toHaveLength(json.edges.length);
  });

  it('keeps labels, categories, numbers as numbers, positions, sizes and colours', () => {
    for (const n of json.nodes) {
      const a = n.attributes as { label: string; category: string; mentions: number; x: number; y: number; size: number; color: string; aliases: string[] };
      const got = nx.nodes[n.key];
      expect(got).toMatchObject({ label: a.label, category: a.category, mentions: a.mentions, x: a.x, y: a.y, size: a.size });
      expect(got.color).toEqual([1, 3, 5].map((i) => parseInt(a.color.slice(i, i + 2), 16)));
      expect(got.aliases).toBe(`[${a.aliases.join(', ')}]`); // liststring, as GEXF 1.3 writes lists
    }
  });

  it('keeps parallel edges with different predicates between the same two nodes', () => {
    const between = nx.edges.filter(([u, v]) => u === 'country:CHN' && v === 'country:AFG').map((e) => e[2]).sort();
    expect(between.length).toBeGreaterThan(1);
    expect(between).toEqual(json.edges.filter((e) => e.source === 'country:CHN' && e.target === 'country:AFG').map((e) => e.attributes.predicate).sort());
    for (const [, , , weight, evidence] of nx.edges) {
      expect(typeof weight).toBe('number');
      expect(evidence).toMatch(/^000_cf50b3a85d0d2923\.txt#s-?\d+\[\d+:\d+\] /);
    }
  });

  it('reads the GraphML export with the same nodes, edges and typed attributes (read_graphml)', () => {
    const r = spawnSync('python3', [path.join(ROOT, 'test/readers/networkx_graphml.py'), graphmlFile], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const g = JSON.parse(r.stdout) as { kind: string; nodes: Record<string, Record<string, unknown>>; edges: Array<[string, string, string, number]> };
    expect(g.kind).toBe('MultiDiGraph');
    expect(g.edges).toHaveLength(json.edges.length);
    for (const n of json.nodes) {
      const a = n.attributes as { label: string; category: string; mentions: number; x: number; y: number; aliases: string[] };
      expect(g.nodes[n.key]).toEqual({ label: a.label, category: a.category, mentions: a.mentions, x: a.x, y: a.y, aliases: JSON.stringify(a.aliases) });
    }
    expect(g.edges.map((e) => `${e[0]} ${e[2]} ${e[1]} ${e[3]}`).sort()).toEqual(json.edges.map((e) => `${e.source} ${e.attributes.predicate} ${e.target} ${e.attributes.weight}`).sort());
  });
});

describe('graphology-graphml', () => {
  it("parses the GraphML export back into the same graph (graphology's own reader)", async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'kg-graphml-'));
    const { graph } = await build({ inputs: [path.join(ROOT, 'seeds')], out, formats: ['graphml'] });
    const { parse } = await import('graphology-graphml');
    const { MultiDirectedGraph } = await import('graphology');
    const back = parse(MultiDirectedGraph, readFileSync(path.join(out, 'graph.graphml'), 'utf8'));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.getNodeAttribute('person:wang-yi', 'label')).toBe('Wang Yi');
    expect(back.getNodeAttribute('person:wang-yi', 'mentions')).toBe(graph.getNodeAttribute('person:wang-yi', 'mentions'));
  });
});

describe('Gephi (Gephi Toolkit 0.10.1 on Java 17)', () => {
  const dir = path.join(ROOT, 'test/readers/gephi');
  let json: { nodes: Array<{ key: string; attributes: Record<string, unknown> }>; edges: Array<{ source: string; target: string; attributes: Record<string, unknown> }> };
  let gephi: { issues: string[]; columns: Record<string, string>; nodes: Record<string, { label: string; x: number; y: number; size: number; rgb: number[]; aliases: string[] | null; timestamps: number }>; edges: Array<[string, string, string, number]> };
  beforeAll(async () => {
    // Maven builds the reader (incrementally: quick when nothing changed)
    const mvn = spawnSync('mvn', ['-q', '-B', 'package', '-DskipTests'], { cwd: dir, encoding: 'utf8' });
    if (mvn.status !== 0) throw new Error(`could not build the Gephi reader (Java 17 and Maven needed):\n${mvn.stdout}${mvn.stderr}`);
    const out = mkdtempSync(path.join(tmpdir(), 'kg-gephi-'));
    await build({ inputs: [path.join(ROOT, 'seeds')], out, formats: ['gexf', 'json'] });
    json = JSON.parse(readFileSync(path.join(out, 'graph.json'), 'utf8'));
    const cp = `${path.join(dir, 'target/kg-gephi-read.jar')}${path.delimiter}${path.join(dir, 'target/lib/*')}`;
    const r = spawnSync('java', ['-Djava.awt.headless=true', '-cp', cp, 'kg.gephi.GephiRead', path.join(out, 'graph.gexf')], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`Gephi could not import the GEXF:\n${r.stderr.slice(-3000)}`);
    gephi = JSON.parse(r.stdout);
  }, 600_000);

  it('imports with no warning or error in the import report', () => {
    expect(gephi.issues.filter((i) => !i.startsWith('INFO'))).toEqual([]);
  });

  it('keeps every node and edge, parallel edges with different predicates included', () => {
    expect(Object.keys(gephi.nodes).sort()).toEqual(json.nodes.map((n) => n.key).sort());
    expect(gephi.edges).toHaveLength(json.edges.length);
    const chnAfg = gephi.edges.filter(([s, t]) => s === 'country:CHN' && t === 'country:AFG').map((e) => e[2]).sort();
    expect(chnAfg.length).toBeGreaterThan(1);
    expect(chnAfg).toEqual(json.edges.filter((e) => e.source === 'country:CHN' && e.target === 'country:AFG').map((e) => e.attributes.predicate).sort());
  });

  it('types every attribute column: lists as lists, numbers as numbers', () => {
    expect(gephi.columns).toMatchObject({
      'node.category': 'String',
      'node.mentions': 'Integer',
      'node.aliases': 'String[]',
      'node.titles': 'String[]',
      'node.documents': 'String[]',
      'node.spans': 'String[]',
      'node.iso3': 'String',
      'node.date': 'String',
      'edge.Weight': 'Double',
      'edge.predicate': 'String',
      'edge.documents': 'String[]',
      'edge.evidence': 'String',
      'edge.eventType': 'String',
    });
  });

  it('reads the documents\' dates as time: a dynamic graph whose nodes carry timestamps', () => {
    expect(gephi.columns['node.Timestamp']).toBe('TimestampSet');
    expect(gephi.columns['edge.Timestamp']).toBe('TimestampSet');
    for (const n of json.nodes) expect(gephi.nodes[n.key].timestamps, n.key).toBe(1); // the seed is one document, dated 2021-09-17
  });

  it('keeps labels, positions, sizes, colours and list values', () => {
    for (const n of json.nodes) {
      const a = n.attributes as { label: string; x: number; y: number; size: number; color: string; aliases: string[] };
      const got = gephi.nodes[n.key];
      expect(got.label).toBe(a.label);
      expect(got.x).toBeCloseTo(a.x, 2);
      expect(got.y).toBeCloseTo(a.y, 2);
      expect(got.size).toBeCloseTo(a.size, 2);
      expect(got.rgb).toEqual([1, 3, 5].map((i) => parseInt(a.color.slice(i, i + 2), 16)));
      expect(got.aliases ?? []).toEqual(a.aliases);
    }
  });

  it('imports a larger graph built from Wikinews articles, with the same counts and no import issue (Gephi and NetworkX)', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'kg-gephi-news-'));
    const { graph } = await build({ inputs: [WIKINEWS_SAMPLE], out, formats: ['gexf'] });
    const cp = `${path.join(dir, 'target/kg-gephi-read.jar')}${path.delimiter}${path.join(dir, 'target/lib/*')}`;
    const r = spawnSync('java', ['-Djava.awt.headless=true', '-cp', cp, 'kg.gephi.GephiRead', path.join(out, 'graph.gexf')], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    const big = JSON.parse(r.stdout) as typeof gephi;
    expect(big.issues.filter((i) => !i.startsWith('INFO'))).toEqual([]);
    expect(Object.keys(big.nodes)).toHaveLength(graph.order);
    expect(big.edges).toHaveLength(graph.size);
    expect(big.columns['node.Timestamp']).toBe('TimestampSet');
    const nx = spawnSync('python3', [path.join(ROOT, 'test/readers/networkx_read.py'), path.join(out, 'graph.gexf')], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(nx.status, nx.stderr).toBe(0);
    const g = JSON.parse(nx.stdout) as NxGraph;
    expect(Object.keys(g.nodes)).toHaveLength(graph.order);
    expect(g.edges).toHaveLength(graph.size);
  }, 300_000);
});
