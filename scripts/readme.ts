/**
 * readme: the README's tables that come from the program, generated so that they cannot go stale.
 *
 *   npm run readme            rewrites them in README.md
 *   npm run readme -- --check exits 1 (and names them) when README.md differs from what the program gives now
 *
 * Each table sits between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`: the predicate vocabulary
 * (src/lexicon/data/predicates.json), the query library (the header of each queries/*.cypher) and the figures of the
 * relation sets (eval/*.json, scored as `npm run eval` scores them).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicon } from '../src/lexicon/index.js';
import { prf, readRelationSet, scoreRelations, totals } from './relations-score.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const table = (header: string[], rows: string[][]) => [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

function predicates(): string {
  return table(
    ['predicate', 'eventType', 'what'],
    [...lexicon().predicates.values()].map((p) => [`\`${p.id}\``, p.eventType ? `\`${p.eventType}\`` : '—', p.about.replaceAll('|', '\\|')]),
  );
}

/** The query files with their question (first comment line) and the `$parameters` they use. */
function queries(): string {
  const dir = path.join(ROOT, 'queries');
  const rows = readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const question = /^\/\/\s*(.+)$/m.exec(text)?.[1].trim() ?? '';
      const params = [...new Set([...text.replace(/^\/\/.*$/gm, '').matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]))];
      return [`\`${f}\``, question, params.length ? params.map((p) => `\`${p}\``).join(', ') : '—'];
    });
  return table(['file', 'question', 'parameters'], rows);
}

/** Precision, recall and F1 of each relation set, overall and on events only. */
function figures(): string {
  const sets: Array<[string, string]> = [
    ['relation dev set', 'eval/relations-dev.json'],
    ['blind check set', 'eval/relations-check.json'],
  ];
  const f = (x: number) => x.toFixed(3);
  const rows = sets.map(([name, file]) => {
    const cases = readRelationSet(path.join(ROOT, file));
    const { counts } = scoreRelations(cases, file, cases.unlabelled);
    const { all, events } = totals(counts);
    const o = prf(all);
    const e = prf(events);
    return [`${name} (${all.tp + all.fn} relations)`, f(o.p), f(o.r), f(o.f), `P ${f(e.p)}, R ${f(e.r)}, F1 ${f(e.f)}`];
  });
  return table(['set', 'P', 'R', 'F1', 'events only (without LOCATED_IN, REPRESENTS)'], rows);
}

export const SECTIONS: Record<string, () => string> = { predicates, queries, figures };

/** The README with every generated section as the program gives it now. */
export function renderReadme(readme: string): string {
  let out = readme;
  for (const [name, make] of Object.entries(SECTIONS)) {
    const re = new RegExp(`(<!-- generated:${name} -->\\n)[\\s\\S]*?(<!-- /generated:${name} -->)`);
    if (!re.test(out)) throw new Error(`README.md has no <!-- generated:${name} --> … <!-- /generated:${name} --> section`);
    out = out.replace(re, (_m, open: string, close: string) => `${open}${make()}\n${close}`);
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = path.join(ROOT, 'README.md');
  const current = readFileSync(file, 'utf8');
  const next = renderReadme(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('README.md is out of date: run `npm run readme`.');
      process.exit(1);
    }
  } else if (next !== current) {
    writeFileSync(file, next);
    console.log('README.md: generated sections rewritten');
  } else console.log('README.md: up to date');
}
