/** Messy input: each bad file gets a clear message and loses nothing else; any text at all extracts without throwing. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/index.js';
import { toGexf } from '../src/export/gexf.js';
import { toJson } from '../src/export/write.js';
import { buildGraph } from '../src/graph/build.js';
import { layout } from '../src/layout/layout.js';
import { build } from '../src/pipeline.js';
import { ROOT } from './helpers.js';

describe('a folder of bad inputs', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-bad-'));
  const good = 'Russia urged the United States to withdraw.';
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'blank.txt'), ' \n\n \t');
  writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Fran\xe7ois Hollande met Angela Merkel in Paris.', 'latin1'));
  writeFileSync(path.join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Iran accused Israel of sabotage.', 'utf16le')]));
  writeFileSync(path.join(dir, 'bom.txt'), `\uFEFF${good}`);
  writeFileSync(path.join(dir, 'crlf.txt'), 'China criticized Japan.\r\n\r\nIndia praised Japan.\r\n');
  writeFileSync(path.join(dir, 'cr.txt'), 'Germany backed Ukraine.\r\rFrance pressed Germany to act.\r');
  writeFileSync(path.join(dir, 'page.txt'), '<!DOCTYPE html><html><head><script>alert(1)</script><style>p{}</style></head><body><p>Qatar hosted the Taliban &amp; others.</p></body></html>');
  writeFileSync(path.join(dir, 'lines.jsonl'), `${JSON.stringify({ id: 'ok-1', text: good })}\n{not json\n${JSON.stringify({ id: 'no-text' })}\n`);
  writeFileSync(path.join(dir, 'table.csv'), 'title,body\nA,B\n');

  it('builds the good documents and names every skipped file, with exit code 1', async () => {
    const r = await build({ inputs: [dir], out: path.join(dir, 'out'), formats: ['json', 'gexf'] });
    expect(r.documents).toBe(7); // latin1, utf16, bom, crlf, cr, page, ok-1
    const skipped = r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
    expect(skipped).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/empty\.txt: is empty/),
        expect.stringMatching(/blank\.txt: is empty/),
        expect.stringMatching(/binary\.txt: looks binary/),
        expect.stringMatching(/lines\.jsonl:2: not valid JSON/),
        expect.stringMatching(/lines\.jsonl:3: record has no "text"/),
        expect.stringMatching(/table\.csv: the CSV header has no "text" column/),
      ]),
    );
    expect(r.skipped).toBe(6);
    const warnings = r.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.rule);
    expect(warnings).toEqual(expect.arrayContaining(['ingest.not-utf8', 'ingest.html']));
    const labels = r.graph.mapNodes((_, a) => a.label);
    expect(labels).toEqual(expect.arrayContaining(['François Hollande', 'Iran', 'Israel', 'Qatar', 'Taliban', 'Germany', 'Ukraine', 'India', 'Japan']));
    expect(labels.some((l) => /script|alert|<|&amp;/.test(l))).toBe(false);

    const cli = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/cli.ts'), 'build', dir, '--out', path.join(dir, 'out2')], { encoding: 'utf8' });
    expect(cli.status).toBe(1);
    expect(cli.stdout).toMatch(/from 7 document\(s\), 6 skipped/);
    expect(cli.stderr).toMatch(/binary\.txt: looks binary/);
  });
});

describe('any text', () => {
  // news-like fragments mixed with arbitrary Unicode, control characters, markup and Cypher
  const fragment = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.constantFrom('Russian Foreign Minister Sergei Lavrov', ' met ', 'Wang Yi', ', ', ' and ', '. ', '\n\n', 'the four countries', ' urged the United States', '<img src=x onerror=alert(1)>', "'}) DETACH DELETE n //", '\u202e', '👩‍👩‍👧', 'e\u0301', '\u0000\u0007', 'A'.repeat(300), ' date 2021-09-17 DUSHANBE - '),
  );
  const text = fc.array(fragment, { maxLength: 12 }).map((xs) => xs.join(''));

  it('extracts without throwing, with every mention and evidence inside the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const x = extractDocument({ id: 'p', text: t, origin: { file: 'property' } });
        for (const m of x.mentions) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(t.length);
          expect(t.slice(m.start, m.end)).toBe(m.text);
        }
        for (const r of x.relations) for (const e of r.evidence) expect(e.start >= 0 && e.end <= t.length && e.start <= e.end).toBe(true);
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('builds the same bytes twice, and GEXF with no XML-invalid characters', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (texts) => {
        const out = () => {
          const { graph } = buildGraph(texts.map((t, i) => extractDocument({ id: `d${i}`, text: t, origin: { file: 'property' } })));
          layout.assign(graph, { iterations: 20 });
          return [toJson(graph), toGexf(graph)];
        };
        const [json, gexf] = out();
        expect(out()).toEqual([json, gexf]);
        JSON.parse(json);
        // eslint-disable-next-line no-control-regex
        expect(gexf).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
      }),
      { numRuns: 40, seed: 11 },
    );
  });
});
