/** The README quotes the program: its generated tables and its transcripts are what the program gives now. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../src/ingest/read.js';
import { renderReadme } from '../scripts/readme.js';
import { ROOT } from './helpers.js';

const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CLI = path.join(ROOT, 'src/cli.ts');
/** Run times differ from run to run: "in 0.5s" is compared as "in …s". */
export const maskSeconds = (line: string) => line.replace(/ in [\d.]+s$/, ' in …s');

describe('README', () => {
  it('has its generated tables (predicates, queries, relation-set figures) as the program gives them now: `npm run readme`', () => {
    expect(renderReadme(README) === README, 'README.md is out of date: run `npm run readme`').toBe(true);
  }, 60_000);

  it('quotes the line `build` prints on the seed', () => {
    const quoted = /^kg: built exports\/graph\.gexf.*$/m.exec(README)?.[0];
    expect(quoted).toBeDefined();
    const cwd = mkdtempSync(path.join(tmpdir(), 'kg-readme-'));
    const r = spawnSync(TSX, [CLI, 'build', path.join(ROOT, 'seeds'), '--out', 'exports'], { encoding: 'utf8', cwd });
    expect(r.status, r.stderr).toBe(0);
    expect(maskSeconds(r.stdout.trim())).toBe(maskSeconds(quoted!));
  });

  it('names every kind of input `build` reads, as `build --help` does', () => {
    const help = spawnSync(TSX, [CLI, 'build', '--help'], { encoding: 'utf8', cwd: ROOT }).stdout;
    const section = README.slice(README.indexOf('### `npm run kg -- build'), README.indexOf('- **--out**'));
    for (const ext of ['.txt', '.jsonl', '.csv', '.md']) {
      expect(Object.keys(FORMATS)).toContain(ext);
      expect(help.replace(/\s+/g, ' ')).toContain(ext);
      expect(section).toContain(ext === '.md' ? 'Markdown' : `\`${ext}\``);
    }
  });
});
