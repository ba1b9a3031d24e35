/** ingest: reads documents from .txt, .jsonl, .csv and Markdown files and folders, streaming, with a diagnostic per bad record. */
import { constants as fsConstants, createReadStream, promises as fs } from 'node:fs';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse';
import { KgError } from '../errors.js';
import type { Diagnostic, SourceDocument } from '../model.js';

/** File extensions read, and how. */
export const FORMATS = { '.txt': 'text', '.text': 'text', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.csv': 'csv', '.md': 'markdown' } as const;
/** The kinds of input, as `--help` and messages name them. */
export const INPUT_KINDS = '.txt, .jsonl, .csv, dated Markdown news pages (.md)';

export type IngestItem = { doc: SourceDocument } | { diagnostic: Diagnostic };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** Lists the readable files under the given paths, sorted, so that runs are reproducible. Throws on a missing path. */
export async function listInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => undefined);
    if (!stat) throw new KgError('E_INPUT_MISSING', `input not found: ${input}`, 'Check the path, or run from the project folder (the default input is seeds/).');
    if (stat.isDirectory()) {
      const entries = await fs.readdir(input, { recursive: true, withFileTypes: true });
      // links are followed (a broken one is listed, and reported when read)
      const found = entries
        .filter((e) => (e.isFile() || e.isSymbolicLink()) && path.extname(e.name).toLowerCase() in FORMATS && !e.name.startsWith('.'))
        .map((e) => path.join(e.parentPath ?? input, e.name))
        .sort();
      files.push(...found);
    } else files.push(input);
  }
  return files;
}

/** The size in bytes of each input file (0 for one that cannot be read: it is reported when read). */
export async function inputSizes(inputs: readonly string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const f of await listInputs(inputs)) sizes.set(f, (await fs.stat(f).catch(() => ({ size: 0 }))).size);
  return sizes;
}

const idFromFile = (file: string) => path.basename(file);

/** Makes a document from a JSON or CSV record, or explains why it cannot. */
function fromRecord(record: Record<string, unknown>, file: string, line: number, fallbackId: string): IngestItem {
  const text = record.text;
  if (typeof text !== 'string') {
    return {
      diagnostic: {
        docId: `${idFromFile(file)}:${line}`,
        stage: 'ingest',
        rule: 'ingest.no-text',
        severity: 'error',
        message: `${file}:${line}: record has no "text" string; add a "text" field (optional: id, date, title, url).`,
      },
    };
  }
  const str = (v: unknown) => (v === undefined || v === null || v === '' ? undefined : String(v));
  const date = str(record.date);
  return {
    doc: {
      id: str(record.id) ?? fallbackId,
      text,
      date: date && ISO_DATE.test(date) ? date.slice(0, 10) : undefined,
      title: str(record.title),
      url: str(record.url),
      origin: { file, line },
    },
  };
}

/** JSON lines from a stream (a file, or standard input named `stdin`): one document per line. */
export async function* readJsonlStream(input: NodeJS.ReadableStream, file: string): AsyncGenerator<IngestItem> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!line.trim()) continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (err) {
      yield {
        diagnostic: {
          docId: `${idFromFile(file)}:${n}`,
          stage: 'ingest',
          rule: 'ingest.bad-json',
          severity: 'error',
          message: `${file}:${n}: not valid JSON (${(err as Error).message}); each line must be one JSON object.`,
        },
      };
      continue;
    }
    if (!record || typeof record !== 'object' || Array.isArray(record)) {
      yield { diagnostic: { docId: `${idFromFile(file)}:${n}`, stage: 'ingest', rule: 'ingest.bad-json', severity: 'error', message: `${file}:${n}: expected a JSON object with a "text" field.` } };
      continue;
    }
    yield fromRecord(record as Record<string, unknown>, file, n, `${idFromFile(file)}:${n}`);
  }
}

async function* readCsv(file: string): AsyncGenerator<IngestItem> {
  const parser = createReadStream(file).pipe(parseCsv({ columns: true, bom: true, skip_empty_lines: true, relax_column_count: true, info: true }));
  let index = 0;
  try {
    for await (const row of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      index++;
      if (index === 1 && !('text' in row.record)) {
        yield {
          diagnostic: {
            docId: idFromFile(file),
            stage: 'ingest',
            rule: 'ingest.csv-no-text-column',
            severity: 'error',
            message: `${file}: the CSV header has no "text" column (found: ${Object.keys(row.record).join(', ')}); name the article column "text".`,
          },
        };
        return;
      }
      yield fromRecord(row.record, file, row.info.lines, `${idFromFile(file)}:${index}`);
    }
  } catch (err) {
    yield { diagnostic: { docId: idFromFile(file), stage: 'ingest', rule: 'ingest.bad-csv', severity: 'error', message: `${file}: ${(err as Error).message}` } };
  }
}

/**
 * Bytes of a text file to text: UTF-8 (a BOM is dropped), UTF-16 with a BOM, or — when the bytes are not UTF-8 —
 * Windows-1252 with a warning. Empty and binary files, and HTML saved as text, are reported.
 */
export function decodeText(bytes: Buffer, file: string): { text: string; warning?: Diagnostic } | { diagnostic: Diagnostic } {
  const id = idFromFile(file);
  const problem = (rule: string, message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({ docId: id, stage: 'ingest', rule, severity, message: `${file}: ${message}` });
  let text: string;
  let warning: Diagnostic | undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    if (bytes.subarray(0, 8192).includes(0)) return { diagnostic: problem('ingest.binary', 'looks binary (it holds NUL bytes), not text; convert it to UTF-8 text or leave it out.') };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
      warning = problem('ingest.not-utf8', 'is not valid UTF-8; read as Windows-1252. Save it as UTF-8 to be sure of its characters.', 'warning');
    }
  }
  if (!text.trim()) return { diagnostic: problem('ingest.empty', 'is empty; nothing to read.') };
  if (/^\s*<(!doctype\s+html|html[\s>])/i.test(text)) {
    const plain = htmlText(text);
    if (!plain.trim()) return { diagnostic: problem('ingest.empty', 'is an HTML page with no text.') };
    return { text: plain, warning: problem('ingest.html', 'is HTML saved as text; its text was taken out of the markup (offsets refer to that text).', 'warning') };
  }
  return { text, warning };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
/** The text of an HTML page: no scripts, styles or tags; block ends become paragraph breaks. */
function htmlText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/(p|div|h[1-6]|li|tr|section|article|header|footer|blockquote)\s*>|<br\s*\/?>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => (e[0] === '#' ? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e.toLowerCase()] ?? m))
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n\s*/g, '\n\n')
    .trim();
}

const LINK = /\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g;
const CITATION = /\s*\[\(([^)\]]*)\)\]\(/;

/** Markdown to plain text: links become their text, emphasis marks go. */
export const markdownText = (md: string) => md.replace(LINK, '$1').replace(/(\*\*|__|\*|_)(\S[^*_]*?)\1/g, '$2').replace(/\*/g, '').trim();

/**
 * Markdown news pages: files with front matter that gives a `date:` (and a `title:`); other Markdown (a folder's
 * README, a licence) is not news and is passed over. A page of news items (Wikipedia's "Portal:Current events":
 * bullets that end in source citations such as `[(Reuters)](https://…)`) gives one document per item; any other
 * page is one document.
 */
function* readMarkdown(file: string, raw: string): Generator<IngestItem> {
  const md = raw.replace(/^\uFEFF/, '');
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(md);
  const meta = (k: string) => front && new RegExp(`^${k}:\\s*(.+)$`, 'm').exec(front[1])?.[1].trim().replace(/^["']|["']$/g, '');
  const date = meta('date')?.slice(0, 10);
  if (!date) return;
  const title = meta('title') ?? undefined;
  const lines = md.split(/\r?\n/);
  let items = 0;
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*[*-]\s+(.*)$/.exec(lines[i]);
    if (!m || !CITATION.test(m[1])) continue;
    const text = markdownText(m[1].slice(0, m[1].search(CITATION)));
    if (!text) continue;
    items++;
    yield { doc: { id: `${idFromFile(file)}:${i + 1}`, text, date: date && ISO_DATE.test(date) ? date : undefined, title, origin: { file, line: i + 1 } } };
  }
  if (!items) {
    const body = markdownText(front ? md.slice(front[0].length) : md);
    if (body) yield { doc: { id: idFromFile(file), text: body, date: date && ISO_DATE.test(date) ? date : undefined, title, origin: { file } } };
  }
}

/** Characters a UTF-8 or UTF-16 file of this many bytes holds at least (UTF-8 needs at most 3 bytes per UTF-16 unit). */
const leastChars = (bytes: number) => Math.floor(bytes / 3);

/**
 * Streams the documents of the given files and folders; problems become diagnostics, never exceptions (but for a
 * missing path). A text file that must hold more than `maxDocumentChars` characters is reported without being read.
 */
export async function* readDocuments(inputs: readonly string[], limits: { maxDocumentChars?: number } = {}): AsyncGenerator<IngestItem> {
  const max = limits.maxDocumentChars ?? Infinity;
  for (const file of await listInputs(inputs)) {
    const format = FORMATS[path.extname(file).toLowerCase() as keyof typeof FORMATS];
    if (!format) {
      yield { diagnostic: { docId: idFromFile(file), stage: 'ingest', rule: 'ingest.unknown-format', severity: 'error', message: `${file}: unknown file type; use ${INPUT_KINDS}.` } };
      continue;
    }
    try {
      const unreadable = await fs.access(file, fsConstants.R_OK).then(() => undefined, (err: Error) => err);
      if (unreadable) throw unreadable;
      const { size } = await fs.stat(file);
      if ((format === 'text' || format === 'markdown') && leastChars(size) > max) {
        yield { diagnostic: { docId: idFromFile(file), stage: 'ingest', rule: 'ingest.too-large', severity: 'error', message: `${file}: ${(size / 1e6).toFixed(0)} MB holds more than --max-document-chars ${max} characters; split it (or save it as .jsonl, one document per line) or raise the limit.` } };
        continue;
      }
      if (format === 'text') {
        const decoded = decodeText(await fs.readFile(file), file);
        if ('diagnostic' in decoded) yield decoded;
        else {
          if (decoded.warning) yield { diagnostic: decoded.warning };
          yield { doc: { id: idFromFile(file), text: decoded.text, origin: { file } } };
        }
      } else if (format === 'markdown') yield* readMarkdown(file, await fs.readFile(file, 'utf8'));
      else if (format === 'jsonl') yield* readJsonlStream(createReadStream(file, { encoding: 'utf8' }), file);
      else yield* readCsv(file);
    } catch (err) {
      yield { diagnostic: { docId: idFromFile(file), stage: 'ingest', rule: 'ingest.unreadable', severity: 'error', message: `${file}: cannot read (${readError(err)}); check that it exists and that you may read it.` } };
    }
  }
}

/** The part of a file-system error a person needs: its code's meaning, without the path repeated. */
function readError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const meaning: Record<string, string> = { ENOENT: 'no such file, or a broken link', EACCES: 'permission denied', EISDIR: 'a folder, not a file', ELOOP: 'a loop of links', EIO: 'an input/output error' };
  return (e.code && meaning[e.code]) ?? e.message;
}
