/** Ingest: .txt, .jsonl and .csv (fields that span lines), with a diagnostic naming file and line for each bad record. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KgError } from '../src/errors.js';
import { readDocuments, type IngestItem } from '../src/ingest/read.js';

async function collect(inputs: string[]): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const x of readDocuments(inputs)) out.push(x);
  return out;
}
const dir = () => mkdtempSync(path.join(tmpdir(), 'kg-ingest-'));

describe('ingest', () => {
  it('reads a folder of .txt, .jsonl and .csv in a stable order', async () => {
    const d = dir();
    writeFileSync(path.join(d, 'b.txt'), '\uFEFFRussia urged Iran to act.');
    writeFileSync(path.join(d, 'a.jsonl'), `${JSON.stringify({ id: 'j1', text: 'One.', date: '2020-01-02T10:00:00Z', title: 'T', url: 'http://x' })}\n\n${JSON.stringify({ text: 'Two.' })}\n`);
    writeFileSync(path.join(d, 'c.csv'), 'url,date,title,text\nhttp://y,2019-01-04,"A, title","Line one,\nline ""two""\n\nline three"\n');
    writeFileSync(path.join(d, 'notes.md'), 'ignored');
    const items = await collect([d]);
    const docs = items.flatMap((x) => ('doc' in x ? [x.doc] : []));
    expect(docs.map((x) => x.id)).toEqual(['j1', 'a.jsonl:3', 'b.txt', 'c.csv:1']);
    expect(docs[0]).toMatchObject({ date: '2020-01-02', title: 'T', url: 'http://x' });
    expect(docs[2].text).toBe('Russia urged Iran to act.');
    expect(docs[3]).toMatchObject({ date: '2019-01-04', title: 'A, title', text: 'Line one,\nline "two"\n\nline three' });
  });

  it('reads dated Markdown news pages, one document per cited item, and passes over other Markdown', async () => {
    const d = dir();
    writeFileSync(path.join(d, '2025-03-12-index.md'), [
      '---', 'layout: post', 'title: 2025 March 12', 'date: 2025-03-12', '---', '', '#### International relations', '',
      '* [Iran–United States relations](https://en.wikipedia.org/wiki/Iran "Iran")',
      '  * [Iranian](https://en.wikipedia.org/wiki/Iran "Iran") supreme leader [Ali Khamenei](https://en.wikipedia.org/wiki/Ali_Khamenei "Ali Khamenei") rejects negotiations with the U.S. [(BBC News)](https://www.bbc.com/news/x)',
      '  * *[Angola](https://en.wikipedia.org/wiki/Angola)* confirms talks. [(DW)](https://www.dw.com/x) [(AP)](https://apnews.com/y)',
    ].join('\n'));
    writeFileSync(path.join(d, 'README.md'), '# Notes\nNot news.');
    const docs = (await collect([d])).flatMap((x) => ('doc' in x ? [x.doc] : []));
    expect(docs.map((x) => [x.id, x.text, x.date])).toEqual([
      ['2025-03-12-index.md:10', 'Iranian supreme leader Ali Khamenei rejects negotiations with the U.S.', '2025-03-12'],
      ['2025-03-12-index.md:11', 'Angola confirms talks.', '2025-03-12'],
    ]);
    expect(docs[0].title).toBe('2025 March 12');
  });

  it('turns a malformed JSON line into a diagnostic naming file and line, and goes on', async () => {
    const d = dir();
    const f = path.join(d, 'x.jsonl');
    writeFileSync(f, `{"text": "ok"}\n{not json}\n{"id": 3}\n{"text": "also ok"}\n`);
    const items = await collect([f]);
    expect(items.filter((x) => 'doc' in x)).toHaveLength(2);
    const messages = items.flatMap((x) => ('diagnostic' in x ? [x.diagnostic.message] : []));
    expect(messages[0]).toContain(`${f}:2: not valid JSON`);
    expect(messages[1]).toContain(`${f}:3: record has no "text"`);
  });

  it('reports a CSV without a text column', async () => {
    const f = path.join(dir(), 'x.csv');
    writeFileSync(f, 'title,body\na,b\n');
    const [item] = await collect([f]);
    expect('diagnostic' in item && item.diagnostic.message).toMatch(/no "text" column \(found: title, body\)/);
  });

  it('throws a KgError with a hint for a missing path', async () => {
    await expect(collect(['/no/such/path'])).rejects.toBeInstanceOf(KgError);
    await expect(collect(['/no/such/path'])).rejects.toMatchObject({ code: 'E_INPUT_MISSING', hint: expect.stringContaining('seeds/') });
  });
});
