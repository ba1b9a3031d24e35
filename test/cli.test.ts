/** The CLI contract: build's summary and exit codes, and extract --jsonl streaming a line out per line in. */
import { spawn, spawnSync } from 'node:child_process';
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
