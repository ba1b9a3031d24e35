/**
 * extract/sports: sports copy names teams after their home place ("Surrey beat Kent", "DETROIT 4 Kansas City 1").
 * In a text that reads as sports copy, a city or region that does not stand as a venue is a team: an
 * Organization (rule `sports.team-by-place`). Countries stay countries (a national side is its country).
 */
import { titleCase } from '../ingest/dateline.js';
import { slug, type Lexicon } from '../lexicon/index.js';
import type { ParsedDocument } from '../model.js';
import type { Candidate } from './mentions.js';

/** A wire headline's section slug: `SOCCER - ...`, `RUGBY UNION - ...`. */
const SLUG = /^\s*([A-Z][A-Z ]+?)\s+-\s/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether the document is sports copy: a sports slug in its headline, or two or more words only sports copy uses. */
export function isSportsCopy(parsed: ParsedDocument, lex: Lexicon): boolean {
  const slugged = SLUG.exec(parsed.doc.text);
  if (slugged && lex.sports.slugs.has(slugged[1].toLowerCase())) return true;
  let terms = 0;
  for (const s of parsed.sentences) {
    for (let i = 0; i < s.tokens.length; i++) {
      const one = s.tokens[i].norm;
      const two = s.tokens[i + 1] ? `${one} ${s.tokens[i + 1].norm}` : '';
      if (lex.sports.terms.has(one) || lex.sports.terms.has(two)) terms++;
      if (terms >= 2) return true;
    }
  }
  return false;
}

/** Places that stand where a team stands become teams; venues ("at Lord's", "Hove: ...") stay places. */
export function teamsByPlace(parsed: ParsedDocument, mentions: Candidate[], lex: Lexicon): Candidate[] {
  if (!isSportsCopy(parsed, lex)) return mentions;
  return mentions.map((m) => {
    if ((m.category !== 'City' && m.category !== 'Location') || m.rule === 'dateline.city' || (m.form !== 'name' && m.form !== 'alias')) return m;
    const toks = parsed.sentences[m.sentence]?.tokens;
    if (!toks) return m;
    const [from, to] = m.tokens;
    if (m.key && lex.nations.has(m.key)) return m; // England, Scotland: a national side is its nation
    const prev = toks[from - 1];
    const next = toks[to];
    if (prev && lex.sports.venuePrepositions.has(prev.norm)) return m; // "at Lord's", "In Toronto", "CHICAGO AT TORONTO"
    if (from === 0 && /^\s*:/.test(toks[to - 1].post)) return m; // "Hove: Sussex 363 ..."
    if (/\(/.test(toks[to - 1].post + (next?.pre ?? '')) || (prev && /\(\s*$/.test(prev.post + toks[from].pre))) return m; // "London (The Oval)", "(Madrid)"
    if (toks.slice(to, to + 4).some((t) => ISO_DATE.test(t.text) || t.tags.has('Date'))) return m; // a dateline: "LONDON 1996-08-30", "MILWAUKEE, Wisconsin 1996-08-29"
    const label = m.label ?? (/\p{Ll}/u.test(m.text) ? m.text : titleCase(m.text));
    return { ...m, category: 'Organization', key: `org:${slug(label)}`, label, rule: 'sports.team-by-place' };
  });
}
