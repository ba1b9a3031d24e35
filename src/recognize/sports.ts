/**
 * recognize/sports: sports copy names teams after their home place ("Surrey beat Kent", "DETROIT 4 Kansas City 1").
 * In a text that reads as sports copy, a city or region that does not stand as a venue is a team: an
 * Organization (rule `sports.team-by-place`). Countries stay countries (a national side is its country).
 */
import { titleCase } from '../ingest/dateline.js';
import { slug, type Lexicon } from '../lexicon/index.js';
import type { Candidate, ParsedDocument, Token } from '../model.js';
import { isCap, isInitial } from '../parse/tokens.js';

/** A wire headline's section slug: `SOCCER - ...`, `RUGBY UNION - ...`. */
const SLUG = /^\s*([A-Z][A-Z ]+?)\s+-\s/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether the document is sports copy: a sports slug in its headline, or two or more different words only sports copy uses. */
export function isSportsCopy(parsed: ParsedDocument, lex: Lexicon): boolean {
  const slugged = SLUG.exec(parsed.doc.text);
  if (slugged && lex.sports.slugs.has(slugged[1].toLowerCase())) return true;
  // two different terms: one word said twice ("playoff") is no sport
  const terms = new Set<string>();
  for (const s of parsed.sentences) {
    for (let i = 0; i < s.tokens.length; i++) {
      const one = s.tokens[i].norm;
      const two = s.tokens[i + 1] ? `${one} ${s.tokens[i + 1].norm}` : '';
      for (const term of [one, two]) if (lex.sports.terms.has(term)) terms.add(term.replace(/s$/, ''));
      if (terms.size >= 2) return true;
    }
  }
  return false;
}

/** A team's label: as written, or title-cased when written in capitals ("KANSAS CITY" → "Kansas City"). */
const teamLabel = (surface: string) => (/\p{Ll}/u.test(surface) ? surface : titleCase(surface));

const SCORE = /^\d{1,3}(-\d{1,3})?$/;
const FIXTURE = new Set(['v', 'vs', 'v.', 'vs.', 'versus']);
/** Capitalised words that open results lines without naming a side. */
const NOT_NAMES = new Set(['the', 'a', 'an', 'and', 'or', 'in', 'at', 'on', 'of', 'for', 'to', 'by', 'with', 'note', 'attendance', 'fall', 'men', 'women', 'round', 'group', 'division', 'total', 'totals', 'extras', 'penalties', 'scorers', 'halftime', 'overs', 'points', 'game', 'games', 'match', 'week', 'day', 'final', 'semifinal', 'quarterfinal']);
const isDate = (t: Token) => t.tags.has('Date') || t.tags.has('Month') || t.tags.has('WeekDay');
const startsLine = (toks: Token[], i: number) => i === 0 || /[\n:;,(]/.test(toks[i - 1].post) || /\n/.test(toks[i].pre);

/**
 * Rule `sports.results-line`: in sports copy, a name that scores is a team — "Puchon 2 Chonbuk 1",
 * "Haitai 64 2 43 .596", "Nottinghamshire 214 (...), Kent 108-3" — and so is the name after "v" in a fixture
 * list ("August 16-18 v Kent"). A name opens a line or clause, or follows the other side's score, and is
 * followed by a score.
 */
export function resultsLineTeams(parsed: ParsedDocument, lex: Lexicon): Candidate[] {
  const out: Candidate[] = [];
  const text = parsed.doc.text;
  for (const s of parsed.sentences) {
    const toks = s.tokens;
    for (let i = 0; i < toks.length; i++) {
      const name = (t: Token | undefined) => !!t && isCap(t) && !/^\d/.test(t.text) && !isDate(t) && !isInitial(t) && !t.possessive && !NOT_NAMES.has(t.norm);
      if (!name(toks[i])) continue;
      let j = i + 1;
      while (j < toks.length && j - i < 3 && name(toks[j]) && !/[,;:()"\-–\n]/.test(toks[j - 1].post)) j++;
      const after = toks[j];
      const before = toks[i - 1];
      // the score follows the name directly: not after a comma or colon ("Duran, 45,", "Attendance: 200"), not in brackets ("Pettite (19-7)")
      const scored = !!after && SCORE.test(after.text) && !/[,;:()\n\-–]/.test(toks[j - 1].post + after.pre) && !toks[j - 1].possessive;
      const opens = startsLine(toks, i) || (!!before && SCORE.test(before.text));
      const fixture = !!before && FIXTURE.has(before.norm) && !/\n/.test(before.post);
      if ((scored && opens) || fixture) {
        const start = toks[i].start;
        const end = toks[j - 1].end;
        const surface = text.slice(start, end);
        const label = teamLabel(surface);
        out.push({ docId: parsed.doc.id, start, end, text: surface, sentence: s.index, tokens: [i, j], category: 'Organization', form: 'name', rule: 'sports.results-line', key: `org:${slug(label)}`, label, priority: 2 });
      }
      i = j - 1;
    }
  }
  return out;
}

/** Mentions a results-line team may replace: guesses from the tagger, surnames, places; never countries or named people. */
function yields(m: Candidate, lex: Lexicon): boolean {
  if (m.category === 'Country' || (m.key && lex.nations.has(m.key))) return false;
  if (m.category === 'Person') return m.tokens[1] - m.tokens[0] === 1 && ['tagger.person', 'coref.surname', 'proper.name-in-actor-slot'].includes(m.rule);
  return m.category === 'City' || m.category === 'Location' || m.rule.startsWith('tagger.');
}

/**
 * Teams in sports copy: places that stand where a team stands become teams (venues — "at Lord's", "Hove: ..." —
 * stay places), and names on results lines are teams where they displace only guesses.
 */
export function sportsTeams(parsed: ParsedDocument, mentions: Candidate[], lex: Lexicon): Candidate[] {
  if (!isSportsCopy(parsed, lex)) return mentions;
  let kept = teamsByPlace(parsed, mentions, lex);
  for (const team of resultsLineTeams(parsed, lex)) {
    const overlapping = kept.filter((m) => m.start < team.end && team.start < m.end);
    if (overlapping.some((m) => !yields(m, lex) && m.rule !== 'sports.team-by-place')) continue;
    kept = [...kept.filter((m) => !overlapping.includes(m)), team];
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Places that stand where a team stands become teams; venues ("at Lord's", "Hove: ...") stay places. */
function teamsByPlace(parsed: ParsedDocument, mentions: Candidate[], lex: Lexicon): Candidate[] {
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
    const label = m.label ?? teamLabel(m.text);
    return { ...m, category: 'Organization', key: `org:${slug(label)}`, label, rule: 'sports.team-by-place' };
  });
}
