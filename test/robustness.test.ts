/** Messy input: each bad file gets a clear message and loses nothing else; any text at all extracts without throwing. */
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/index.js';
import { pieces } from '../src/parse/nlp.js';
import { toGexf } from '../src/export/gexf.js';
import { toGraphml } from '../src/export/graphml.js';
import { toJson } from '../src/export/write.js';
import type { Extraction } from '../src/model.js';
import { buildGraph } from '../src/graph/build.js';
import { layout } from '../src/layout/layout.js';
import { build } from '../src/pipeline.js';
import { GEXF_SCHEMA, ROOT } from './helpers.js';

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
  // a run-on text with no sentence end (a pasted list): cut before parsing, with a warning
  writeFileSync(path.join(dir, 'runon.txt'), `Kenya praised Ghana ${'and the talks went on '.repeat(400)} while Chile criticized Peru`);
  // a 200 MB text file: more than the document limit, reported from its size without being read
  const huge = path.join(dir, 'huge.txt');
  const chunk = Buffer.from('Norway hosted talks with Sweden on fishing rights. '.repeat(20_000));
  const fd = openSync(huge, 'w');
  for (let written = 0; written < 200e6; written += chunk.length) writeSync(fd, chunk);
  closeSync(fd);
  symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'dangling.txt'));
  // unreadable: root reads everything, so only when not root
  const asRoot = process.getuid?.() === 0;
  if (!asRoot) {
    writeFileSync(path.join(dir, 'locked.txt'), good);
    chmodSync(path.join(dir, 'locked.txt'), 0o000);
  }
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds the good documents and names every skipped file, with exit code 1', async () => {
    const r = await build({ inputs: [dir], out: path.join(dir, 'out'), formats: ['json', 'gexf'] });
    expect(r.documents).toBe(8); // latin1, utf16, bom, crlf, cr, page, runon, ok-1
    const skipped = r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
    expect(skipped).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/empty\.txt: is empty/),
        expect.stringMatching(/blank\.txt: is empty/),
        expect.stringMatching(/binary\.txt: looks binary/),
        expect.stringMatching(/lines\.jsonl:2: not valid JSON/),
        expect.stringMatching(/lines\.jsonl:3: record has no "text"/),
        expect.stringMatching(/table\.csv: the CSV header has no "text" column/),
        expect.stringMatching(/huge\.txt: 20\d MB holds more than --max-document-chars 5000000 characters; split it/),
        expect.stringMatching(/dangling\.txt: cannot read \(no such file, or a broken link\)/),
        ...(asRoot ? [] : [expect.stringMatching(/locked\.txt: cannot read \(permission denied\)/)]),
      ]),
    );
    expect(r.skipped).toBe(asRoot ? 8 : 9);
    const warnings = r.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.rule);
    expect(warnings).toEqual(expect.arrayContaining(['ingest.not-utf8', 'ingest.html', 'extract.long-sentence']));
    const labels = r.graph.mapNodes((_, a) => a.label);
    expect(labels).toEqual(expect.arrayContaining(['François Hollande', 'Iran', 'Israel', 'Qatar', 'Taliban', 'Germany', 'Ukraine', 'India', 'Japan', 'Kenya', 'Ghana', 'Chile', 'Peru']));
    expect(labels.some((l) => /script|alert|<|&amp;/.test(l))).toBe(false);

    const cli = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/cli.ts'), 'build', dir, '--out', path.join(dir, 'out2')], { encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(1);
    expect(cli.stdout).toMatch(new RegExp(`from 8 document\\(s\\), ${asRoot ? 8 : 9} skipped`));
    expect(cli.stderr).toMatch(/binary\.txt: looks binary/);
  });
});

describe('text without sentence ends', () => {
  it('is cut at sentence ends where it can be, else at a space, into pieces no longer than the limit', () => {
    const text = 'One two three. Four five six. Eight nine ten eleven twelve thirteen fourteen fifteen';
    const { spans, cuts } = pieces(text, 0, text.length, 20);
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(['One two three. ', 'Four five six. ', 'Eight nine ten ', 'eleven twelve ', 'thirteen fourteen ', 'fifteen']);
    expect(cuts).toHaveLength(3);
    expect(pieces(text, 0, text.length, 1000)).toEqual({ spans: [[0, text.length]], cuts: [] });
  });

  it('covers any text with contiguous pieces within the limit and never splits a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '.', '😀', 'é', '\n'), maxLength: 400 }), fc.integer({ min: 2, max: 60 }), (text, max) => {
        const { spans } = pieces(text, 0, text.length, max);
        expect(spans[0][0]).toBe(0);
        expect(spans.at(-1)![1]).toBe(text.length);
        spans.forEach(([s, e], i) => {
          expect(e - s).toBeLessThanOrEqual(max);
          expect(e).toBeGreaterThan(s - (text.length === 0 ? 1 : 0));
          if (i) expect(s).toBe(spans[i - 1][1]);
          expect(/^[\uDC00-\uDFFF]/.test(text.slice(s, e))).toBe(false);
        });
      }),
    );
  });

  it('finds what lies on both sides of a cut in a 200,000-character run-on, with a warning', () => {
    const text = `Kenya praised Ghana ${'and the talks went on '.repeat(9000)} while Chile criticized Peru`;
    const x = extractDocument({ id: 'runon', text, origin: { file: 'runon.txt' } });
    expect(x.relations.map((r) => `${r.source} ${r.predicate} ${r.target}`)).toEqual(expect.arrayContaining(['country:KEN SUPPORTS country:GHA', 'country:CHL CRITICIZED country:PER']));
    expect(x.diagnostics.find((d) => d.rule === 'extract.long-sentence')?.message).toMatch(/runon\.txt: 66 run\(s\) of text longer than --max-sentence-chars 3000/);
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

describe('hostile names and sentences', () => {
  const hostile = [
    'Ca\u0000r\u0007l \u000bX', // XML-invalid control characters
    `Tom & Jerry <b>"O'Brien"</b>`,
    'Mu\u202eammar \u200fal-Qaddafi', // right-to-left override and mark
    'Emoji 👩‍👩‍👧 Person',
    'Zoe\u0301 Cafe\u0301', // combining marks
    `Long${'x'.repeat(5000)}`,
    "Robert'); MATCH (n) DETACH DELETE n; //",
    '<script>alert(1)</script><img src=x onerror=alert(1)>',
    '\ud800 lone surrogate',
  ];
  const extraction: Extraction = {
    doc: { id: 'd<&>"\'', origin: { file: 'hostile' }, date: '2021-09-17' },
    mentions: [],
    entities: hostile.map((label, i) => ({ key: `person:h${i}`, label, category: 'Person', aliases: [label.slice(0, 8)], titles: [label], mentions: 1, documents: ['d<&>"\''], spans: [`d<&>"'#s0[0:1]`], rules: ['test'] })),
    relations: hostile.slice(1).map((text, i) => ({ source: `person:h${i}`, predicate: 'MET_WITH', target: `person:h${i + 1}`, eventType: 'CONSULT', evidence: [{ document: 'd<&>"\'', sentence: 0, start: 0, end: 1, text, rule: 'test' }] })),
    diagnostics: [],
  };

  it('keep GEXF valid against the GEXF 1.3 schema, GraphML well-formed and JSON parseable', () => {
    const { graph } = buildGraph([extraction]);
    layout.assign(graph, { iterations: 20 });
    const dir = mkdtempSync(path.join(tmpdir(), 'kg-hostile-'));
    writeFileSync(path.join(dir, 'graph.gexf'), toGexf(graph));
    writeFileSync(path.join(dir, 'graph.graphml'), toGraphml(graph));
    const gexf = spawnSync('xmllint', ['--noout', '--relaxng', GEXF_SCHEMA, path.join(dir, 'graph.gexf')], { encoding: 'utf8' });
    expect(gexf.stderr).toMatch(/validates/);
    const graphml = spawnSync('xmllint', ['--noout', path.join(dir, 'graph.graphml')], { encoding: 'utf8' });
    expect(graphml.status, graphml.stderr).toBe(0);
    const back = JSON.parse(toJson(graph)) as { nodes: Array<{ attributes: { label: string } }> };
    const labels = back.nodes.map((n) => n.attributes.label);
    // what XML can hold is kept as it was: markup, quotes, RTL marks, emoji, combining marks, Cypher
    for (const h of hostile.slice(1, 8)) expect(labels).toContain(h);
    expect(readFileSync(path.join(dir, 'graph.gexf'), 'utf8')).toContain(`label="Tom &amp; Jerry &lt;b>&quot;O'Brien&quot;&lt;/b>"`);
    rmSync(dir, { recursive: true, force: true });
  });
});
