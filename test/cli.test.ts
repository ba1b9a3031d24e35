/** The CLI contract: build's summary and exit codes, and extract --jsonl streaming a line out per line in. */
import { execFile, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CLI = path.join(ROOT, 'src/cli.ts');
const kg = (args: string[]) => spawnSync(TSX, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });

describe('kg build', () => {
  it('prints a one-line summary and exits 0', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'kg-cli-'));
    const r = kg(['build', 'seeds', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^kg: built .*graph\.gexf, .*graph\.json, .*index\.html from 1 document\(s\): \d+ nodes, \d+ edges in [\d.]+s$/);
  });
  it('exits 1 and names the file and line when documents are skipped', () => {
    const d = mkdtempSync(path.join(tmpdir(), 'kg-cli-'));
    writeFileSync(path.join(d, 'in.jsonl'), '{"text":"Russia urged Iran to act."}\n{oops\n');
    const r = kg(['build', d, '--out', path.join(d, 'out')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('in.jsonl:2: not valid JSON');
    expect(r.stdout).toMatch(/from 1 document\(s\), 1 skipped/);
  });
  it('exits 2 with a hint for a missing input', () => {
    const r = kg(['build', 'no-such-folder']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/input not found: no-such-folder\n {2}hint: /);
  });
  it('has --help', () => {
    const r = kg(['build', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--out <dir>/);
  });
});

describe('bad option values', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'kg-cli-')), 'a-file.txt');
  writeFileSync(file, 'not a folder');
  const cases: Array<[string[], RegExp]> = [
    [['build', '--threads', 'abc'], /--threads must be a whole number ≥ 1, not "abc"/],
    [['build', '--threads', '0'], /--threads must be a whole number ≥ 1, not "0"/],
    [['build', '--threads', '1.5'], /--threads must be a whole number ≥ 1, not "1.5"/],
    [['build', '--iterations', '-3'], /--iterations must be a whole number ≥ 1, not "-3"/],
    [['build', '--iterations', ''], /--iterations must be a whole number ≥ 1, not ""/],
    [['build', '--max-document-chars', '1e'], /--max-document-chars must be a whole number ≥ 1, not "1e"/],
    [['build', '--max-sentence-chars', '50'], /--max-sentence-chars must be a whole number ≥ 100, not "50"/],
    [['build', '--format', ''], /--format must be one or more of gexf, json, html, graphml, csv, comma-separated, not ""/],
    [['build', '--format', ' , '], /--format must be one or more of .*, not " , "/],
    [['build', '--format', 'gexf,pdf'], /--format must be one or more of .* \(unknown: pdf\), not "gexf,pdf"/],
    [['build', '--seed', ''], /--seed must be a non-empty string, not ""/],
    [['build', '--out', file], /--out .*a-file\.txt is a file, not a folder/],
    [['build', 'no-such-folder'], /input not found: no-such-folder/],
    [['build', '--from-extractions', 'no-such.jsonl'], /extraction file not found: no-such\.jsonl/],
    [['load', '--batch-size', '0'], /--batch-size must be a whole number ≥ 1, not "0"/],
    [['load', '--retry-seconds', 'soon'], /--retry-seconds must be a number ≥ 0, not "soon"/],
    [['load', 'no-such-graph.json'], /no graph at no-such-graph\.json/],
    [['query', 'queries/no-such.cypher'], /no-such\.cypher/],
    [['query', 'queries/attendees.cypher', '--param', 'oops'], /parameter "oops" is not key=value/],
    [['extract', '--max-sentence-chars', 'x'], /--max-sentence-chars must be a whole number ≥ 100, not "x"/],
    [['neo4j', 'start', '--port', '70000'], /--port must be a port number from 1 to 65535, not "70000"/],
    [['neo4j', 'stop', '--port', 'x'], /--port must be a whole number ≥ 1, not "x"/],
  ];
  const run = (args: string[]) =>
    new Promise<{ status: number | null; stderr: string; stdout: string }>((resolve) => {
      const child = execFile(TSX, [CLI, ...args], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' } }, (_err, stdout, stderr) => resolve({ status: child.exitCode, stdout, stderr }));
    });
  it('each stops with exit code 2 and a message naming the option and what to give instead', async () => {
    const results = await Promise.all(cases.map(([args]) => run(args)));
    cases.forEach(([args, message], i) => {
      const r = results[i];
      expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stderr, args.join(' ')).toMatch(/\n {2}hint: \S/);
      expect(r.stdout, args.join(' ')).not.toMatch(/kg: built/);
    });
  }, 120_000);
});

describe('kg extract --jsonl', () => {
  it('answers each line before the next one is sent (streaming)', async () => {
    const child = spawn(TSX, [CLI, 'extract', '--jsonl'], { cwd: ROOT });
    const lines = createInterface({ input: child.stdout });
    const next = () => new Promise<string>((resolve) => lines.once('line', resolve));
    child.stdin.write(`${JSON.stringify({ id: 'a', text: 'Russian Foreign Minister Sergei Lavrov met Wang Yi.' })}\n`);
    const first = JSON.parse(await next());
    expect(first.id).toBe('a');
    expect(first.mentions).toContainEqual(expect.objectContaining({ text: 'Sergei Lavrov', category: 'Person', form: 'name', entity: 'person:sergei-lavrov', start: 25, end: 38 }));
    expect(first.entities).toContainEqual(expect.objectContaining({ key: 'country:RUS', label: 'Russia', category: 'Country', iso3: 'RUS' }));
    expect(first.relations).toContainEqual(expect.objectContaining({ source: 'person:sergei-lavrov', predicate: 'REPRESENTS', target: 'country:RUS' }));
    child.stdin.write(`${JSON.stringify({ id: 'b', text: 'Iran accused Israel of sabotage.' })}\n`);
    const second = JSON.parse(await next());
    expect(second.id).toBe('b');
    expect(second.relations.map((r: { predicate: string }) => r.predicate)).toContain('ACCUSED');
    child.stdin.end();
    await new Promise((resolve) => child.on('close', resolve));
  }, 30_000);
});
