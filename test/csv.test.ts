/** The neo4j-admin import CSV set: typed headers, one file per label and type, arrays with the array delimiter. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARRAY_DELIMITER } from '../src/export/csv.js';
import { build } from '../src/pipeline.js';
import { ROOT } from './helpers.js';

describe('CSV for neo4j-admin import', () => {
  let dir: string;
  let graph: Awaited<ReturnType<typeof build>>['graph'];
  const read = (f: string) => parse(readFileSync(path.join(dir, f), 'utf8'), { columns: true }) as Array<Record<string, string>>;
  beforeAll(async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'kg-csv-'));
    graph = (await build({ inputs: [path.join(ROOT, 'seeds')], out, formats: ['csv'] })).graph;
    dir = path.join(out, 'csv');
  });

  it('writes one node file per label and one relationship file per type, covering the graph', () => {
    const files = readdirSync(dir);
    expect(files).toEqual(expect.arrayContaining(['nodes-Person.csv', 'nodes-Country.csv', 'nodes-Document.csv', 'relationships-REPRESENTS.csv', 'relationships-MENTIONS.csv']));
    const nodes = files.filter((f) => f.startsWith('nodes-') && f !== 'nodes-Document.csv').flatMap(read);
    expect(nodes.map((n) => n['key:ID(Entity)']).sort()).toEqual(graph.nodes().sort());
    const rels = files.filter((f) => f.startsWith('relationships-') && f !== 'relationships-MENTIONS.csv').flatMap(read);
    expect(rels).toHaveLength(graph.size);
  });

  it('types its headers and joins arrays and labels with the array delimiter', () => {
    const [wang] = read('nodes-Person.csv').filter((r) => r['key:ID(Entity)'] === 'person:wang-yi');
    expect(wang[':LABEL'].split(ARRAY_DELIMITER)).toEqual(['Entity', 'Person']);
    expect(wang['titles:string[]'].split(ARRAY_DELIMITER)).toEqual(['State Councilor', 'Foreign Minister']);
    expect(Number(wang['mentions:int'])).toBe(graph.getNodeAttribute('person:wang-yi', 'mentions'));
    const [rep] = read('relationships-REPRESENTS.csv').filter((r) => r[':START_ID(Entity)'] === 'person:wang-yi');
    expect(rep).toMatchObject({ ':END_ID(Entity)': 'country:CHN', ':TYPE': 'REPRESENTS', 'weight:int': '1' });
    expect(rep['evidence:string[]']).toContain('State Councilor and Foreign Minister Wang Yi');
    const mentions = read('relationships-MENTIONS.csv').filter((r) => r[':END_ID(Entity)'] === 'person:wang-yi');
    expect(mentions).toEqual([{ ':START_ID(Document)': '000_cf50b3a85d0d2923.txt', ':END_ID(Entity)': 'person:wang-yi', ':TYPE': 'MENTIONS', 'count:int': String(graph.getNodeAttribute('person:wang-yi', 'mentions')) }]);
  });
});
