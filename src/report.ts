/** report: what the command line prints for people — diagnostics, progress on long runs, the --explain trace. */
import { Presets, SingleBar } from 'cli-progress';
import { inputSizes } from './ingest/read.js';
import type { SentenceAnalysis } from './clauses/index.js';
import { KgError } from './errors.js';
import type { GraphJson } from './neo4j/load.js';
import type { Clause, Diagnostic, Extraction, Phrase } from './model.js';

/** Each problem on standard error, with its rule (`--quiet` prints none). */
export const printDiagnostics = (ds: Diagnostic[], quiet: boolean) => {
  if (quiet) return;
  for (const d of ds) process.stderr.write(`kg: ${d.severity}: ${d.message} [${d.rule}]\n`);
};

/**
 * Progress on long runs: a bar with documents/s and ETA (by characters read of the input's size) in a terminal,
 * a plain line every ten seconds otherwise.
 */
export async function progressReporter(inputs: string[]) {
  const sizes = inputs.length ? await inputSizes(inputs) : new Map<string, number>();
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  // bytes of the files finished, plus the current file's characters read (capped by its size)
  let done = 0;
  let current = '';
  let charsAtStart = 0;
  const position = (chars: number, file: string) => {
    if (file && file !== current) {
      done += sizes.get(current) ?? 0;
      current = file;
      charsAtStart = chars;
    }
    return Math.min(total, done + Math.min(chars - charsAtStart, sizes.get(current) ?? 0));
  };
  const t0 = Date.now();
  if (process.stderr.isTTY) {
    const bar = new SingleBar(
      { format: 'kg {bar} {percentage}% | {docs} documents | {rate} docs/s | ETA {eta_formatted}', stream: process.stderr, hideCursor: true, clearOnComplete: true, etaBuffer: 50 },
      Presets.shades_classic,
    );
    let started = false;
    return {
      update: (docs: number, chars: number, file: string) => {
        const at = position(chars, file);
        if (!started && Date.now() - t0 < 1000) return; // short runs show no bar
        if (!started) bar.start(Math.max(total, 1), 0, { docs: 0, rate: '0' });
        started = true;
        bar.update(at, { docs, rate: (docs / ((Date.now() - t0) / 1000)).toFixed(1) });
      },
      stop: () => started && bar.stop(),
    };
  }
  let last = t0;
  return {
    update: (docs: number, chars: number, file: string) => {
      const at = position(chars, file);
      if (Date.now() - last < 10_000) return;
      last = Date.now();
      const seconds = (last - t0) / 1000;
      const eta = total && at ? ((total - at) / (at / seconds)).toFixed(0) : '?';
      process.stderr.write(`kg: ${docs} documents, ${(docs / seconds).toFixed(1)} docs/s, ETA ${eta}s\n`);
    },
    stop: () => {},
  };
}

/** Human-readable trace of one extraction: the clauses of each sentence, every mention and relation with its rule. */
export function explain(x: Extraction, text: string, analyses: readonly SentenceAnalysis[] = []): string {
  const out = [`# ${x.doc.id}`];
  for (const a of analyses) {
    out.push(`sentence ${a.sentence.index} ${JSON.stringify(text.slice(a.sentence.start, a.sentence.end))}`);
    for (const c of a.clauses) out.push(`  ${clauseLine(c, a, text)}`);
  }
  for (const m of x.mentions) out.push(`mention  [${m.start},${m.end}) ${JSON.stringify(text.slice(m.start, m.end))} ${m.category}/${m.form} → ${m.entity}  (${m.rule})`);
  for (const r of x.relations) for (const e of r.evidence) out.push(`relation ${r.source} -${r.predicate}-> ${r.target}${r.factuality ? ` ${r.factuality} (${e.factualityRule})` : ''}${r.cameo ? ` CAMEO ${r.cameo} ${r.eventType ?? ''}` : ''}  (${e.rule}) [${e.start},${e.end})`);
  for (const d of x.diagnostics) out.push(`note     ${d.rule}: ${d.message}`);
  return `${out.join('\n')}\n`;
}

/** Progress of a Neo4j load: a line every two seconds; a load of one batch says nothing until it is done (on a new database its time is mostly the schema's). */
export function loadProgress(batchSize: number): (done: number, total: number) => void {
  let last = Date.now();
  return (done, total) => {
    if (total > batchSize && Date.now() - last > 2000) {
      process.stderr.write(`kg: loading ${done}/${total} rows\n`);
      last = Date.now();
    }
  };
}

/** One clause: kind, how it hangs on its parent, the verb group, its arguments and its factuality with the rule. */
function clauseLine(c: Clause, a: SentenceAnalysis, text: string): string {
  const toks = a.sentence.tokens;
  const span = (first: number, last: number) => JSON.stringify(text.slice(toks[first].start, toks[last].end));
  const phrase = (p: Phrase) => `${span(p.first, p.last)}${p.members.length ? `=${p.members.map((m) => m.entity).join('+')}` : ''}${p.via ? ` (${p.via})` : ''}`;
  const p = c.predicate;
  const verb = [p.lemma, p.particle, p.passive && 'passive', p.negated && 'negated', p.modal && `modal:${p.modal}`].filter(Boolean).join(' ');
  const args = [
    c.subject && `subject ${phrase(c.subject)}${c.subjectVia ? ` [${c.subjectVia}]` : ''}`,
    c.object && `object ${phrase(c.object)}`,
    c.object2 && `object2 ${phrase(c.object2)}`,
    ...c.preps.map((x) => `${x.prep} ${phrase(x.phrase)}`),
    c.modifies && `modifies ${phrase(c.modifies)}`,
  ].filter(Boolean);
  const hang = c.parent !== undefined ? ` of ${c.parent}${c.link ? ` by "${c.link}"` : ''}` : '';
  return `clause ${c.index} ${c.kind}${hang}: ${span(p.first, p.last)} (${verb}) ${args.join('; ')} → ${c.factuality} (${c.factualityRule})`;
}

/**
 * `kg explain ENTITY`: why a node is one entity — its names with the rule and evidence that made each one of its
 * names (`mergedBy`), its documents, and its edges by predicate. ENTITY is a key, a label or an alias (any case);
 * all nodes that match are printed.
 */
export function explainEntity(graph: GraphJson, query: string, file: string): string {
  const q = query.toLowerCase();
  const nodes = graph.nodes.filter((n) => n.key === query);
  if (!nodes.length) nodes.push(...graph.nodes.filter((n) => n.attributes?.label.toLowerCase() === q));
  if (!nodes.length) nodes.push(...graph.nodes.filter((n) => n.attributes?.aliases?.some((a) => a.toLowerCase() === q)));
  if (!nodes.length) {
    const near = graph.nodes.filter((n) => n.attributes?.label.toLowerCase().includes(q)).slice(0, 5).map((n) => `"${n.attributes!.label}" (${n.key})`);
    throw new KgError('E_INPUT_MISSING', `no node named "${query}" in ${file}`, near.length ? `Did you mean ${near.join(', ')}?` : 'Give a node key (as in graph.json) or a label; `kg explain` reads the graph `kg build` wrote.');
  }
  return nodes
    .map((n) => {
      const a = n.attributes!;
      const edges = graph.edges.filter((e) => e.source === n.key || e.target === n.key);
      const byPredicate = new Map<string, number>();
      for (const e of edges) byPredicate.set(e.attributes!.label, (byPredicate.get(e.attributes!.label) ?? 0) + 1);
      const lines = [
        `${a.label} (${n.key}), ${a.category}: ${a.mentions} mention(s) in ${a.documents.length} document(s)`,
        ...(a.titles?.length ? [`  titles: ${a.titles.join('; ')}`] : []),
        `  documents: ${a.documents.map((d, i) => `${d} (${a.documentMentions?.[i] ?? '?'})`).join(', ')}`,
        `  names: ${[a.label, ...(a.aliases ?? [])].map((x) => `"${x}"`).join(', ')}`,
        '  why these names are one entity:',
        ...((a.mergedBy ?? []).length ? a.mergedBy!.map((m) => `    ${m}`) : ['    (one name, one mention rule: nothing was joined)']),
        `  rules: ${a.rules.join(', ')}`,
        `  edges: ${edges.length}${byPredicate.size ? ` (${[...byPredicate].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([p, c]) => `${p} ${c}`).join(', ')})` : ''}`,
      ];
      return `${lines.join('\n')}\n`;
    })
    .join('\n');
}
