/**
 * resolve/people: which person each name of a document names.
 *
 * - A full name (two words or more) is the person of that name; a variant of a full name named before — the same
 *   words without accents or an Arabic article, without middle initials, or without a middle name ("Robert
 *   Mugabe" after "Robert Gabriel Mugabe") — is that person (`name.variant`), unless a generational suffix tells
 *   them apart ("Donald Trump Jr.").
 * - A bare surname is the bearer of that surname named in the document with a compatible title, then the most
 *   prominent one (most mentions so far; the first named on a tie): "Biden" in a story about Joe Biden that
 *   names his son Hunter Biden is Joe Biden (`coref.surname`); a bare given name is the one person with that
 *   given name (`coref.first-name`), else it stays unresolved.
 * - A one-word name that names no full name of the document is a person of this document only: a surname alone
 *   never links two documents (`person:biden@doc`).
 */
import { fold, slug } from '../lexicon/index.js';
import type { Candidate, Diagnostic } from '../model.js';
import { NAME_PARTICLES } from '../recognize/words.js';

const SUFFIX = /^(jr|sr|ii|iii|iv|v)$/;
/** Name words compared without case, accents, dots and an Arabic article ("al-Assad" = "Assad"). */
const norm = (w: string) => fold(w).replace(/[.,]/g, '').replace(/^(al|el|ad|as|ar|ash|at|az)[-‐]/, '');
const isInitial = (w: string) => /^\p{L}$/u.test(w);

interface Bearer {
  key: string;
  words: string[];
  titles: Set<string>;
  mentions: number;
  first: number;
}

export interface PersonKey {
  key: string;
  /** The resolution rule that linked the name to a person named before, when one did. */
  rule?: string;
}

/** `b` (named later) is `a` with words left out (middle names, initials), same first and last word, no generational suffix. */
function variantOf(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  // initials count when both names have them ("George H. W. Bush" is not "George W. Bush"); a last "V" is a suffix
  const initialsOf = (ws: string[]) => ws.filter((w, i) => isInitial(w) && !(i === ws.length - 1 && SUFFIX.test(w))).join('');
  const [ia, ib] = [initialsOf(a), initialsOf(b)];
  if (ia && ib && ia !== ib) return false;
  const strip = (ws: string[]) => ws.filter((w, i) => !isInitial(w) || (i === ws.length - 1 && SUFFIX.test(w)));
  const [x, y] = [strip(a), strip(b)];
  if (x.join(' ') === y.join(' ')) return true;
  if (x.some((w) => SUFFIX.test(w)) !== y.some((w) => SUFFIX.test(w))) return false;
  // "Gloria Vanderbilt", then "her mother, Gloria Morgan Vanderbilt": a longer name named later is someone else
  const [long, short] = [x, y];
  if (short.length >= long.length || short.length < 2 || long[0] !== short[0] || long[long.length - 1] !== short[short.length - 1]) return false;
  let i = 0;
  for (const w of long) if (w === short[i]) i++;
  return i === short.length;
}

/** Resolves the person names of one document; call `key` for each name in text order after `know`-ing all full names. */
export function personResolver(docId: string, diagnostics: Diagnostic[], text = '', kin: ReadonlySet<string> = new Set()) {
  const bearers: Bearer[] = [];
  // "Mugabe and his wife Grace Mugabe", "Mendez's wife Jonna Mendez": a surname, then a word for a family member
  // and a full name of that family, names another member of it — never the one named right after the word
  const relativeAfter = (c: Candidate, b: Bearer) => {
    if (b.first < c.end || b.first - c.end > 40) return false;
    const words = text.slice(c.end, b.first).toLowerCase().replace(/^['’]s\b/, '').split(/[\s,]+/).filter(Boolean);
    return words.length > 0 && kin.has(words[words.length - 1]) && words.slice(0, -1).every((w) => /^(and|his|her|their|late|former|younger|elder|older|eldest|youngest|own)$/.test(w));
  };
  const scope = slug(docId);

  /** The person a full name names, if named before. */
  const known = (c: Candidate): PersonKey | undefined => {
    const words = nameOf(c).split(/\s+/).map(norm);
    const same = bearers.find((b) => b.words.join(' ') === words.join(' '));
    const variants = same ? [same] : bearers.filter((b) => variantOf(b.words, words));
    const b = variants.length === 1 ? variants[0] : undefined;
    if (!b) return undefined;
    b.mentions++;
    for (const t of c.titles ?? []) b.titles.add(t.toLowerCase());
    return { key: b.key, rule: same ? undefined : 'name.variant' };
  };

  const full = (c: Candidate): PersonKey => {
    const k = known(c);
    if (k) return k;
    const words = nameOf(c).split(/\s+/).map(norm);
    const key = `person:${slug(nameOf(c))}`;
    bearers.push({ key, words, titles: new Set((c.titles ?? []).map((t) => t.toLowerCase())), mentions: 1, first: c.start });
    return { key };
  };

  const single = (c: Candidate, after = false): PersonKey => {
    const words = nameOf(c).split(/\s+/).map(norm);
    const inside = (b: Bearer, from: number) => {
      for (let i = from; i + words.length <= b.words.length; i++) if (words.every((w, k) => b.words[i + k] === w)) return true;
      return false;
    };
    const named = bearers.filter((b) => b.words.length > 1 && (after || b.first < c.start) && !relativeAfter(c, b));
    const bySurname = named.filter((b) => inside(b, 1));
    const byGiven = named.filter((b) => b.words.slice(0, words.length).join(' ') === words.join(' '));
    const titled = (bs: Bearer[]) => {
      const t = (c.titles ?? []).map((x) => x.toLowerCase());
      const fit = t.length ? bs.filter((b) => t.some((x) => b.titles.has(x))) : [];
      return fit.length ? fit : bs;
    };
    if (bySurname.length) {
      const live = titled(bySurname);
      const pick = [...live].sort((a, b) => b.mentions - a.mentions || a.first - b.first)[0];
      if (live.length > 1) diagnostics.push({ docId, start: c.start, end: c.end, stage: 'resolve', rule: 'coref.ambiguous-surname', severity: 'info', message: `"${nameOf(c)}" may be ${live.map((b) => b.key).join(' or ')}; took ${pick.key}, the most mentioned so far` });
      pick.mentions++;
      return { key: pick.key, rule: 'coref.surname' };
    }
    if (byGiven.length === 1) {
      byGiven[0].mentions++;
      return { key: byGiven[0].key, rule: 'coref.first-name' };
    }
    if (byGiven.length > 1) diagnostics.push({ docId, start: c.start, end: c.end, stage: 'resolve', rule: 'coref.ambiguous-first-name', severity: 'info', message: `"${nameOf(c)}" may be ${byGiven.map((b) => b.key).join(' or ')}; left unresolved` });
    return { key: `person:${slug(nameOf(c))}@${scope}` };
  };

  return {
    /** A person name in text order: a full name, or a surname/given name of one. */
    key(c: Candidate): PersonKey {
      const words = nameOf(c).split(/\s+/).length;
      if (words === 1) return single(c);
      // several parts of a full name in a row ("Suu Kyi"): the full name itself, else the one it is part of
      // "De La Fuente" after "Rocky De La Fuente": a name that starts with a particle is a surname
      if (c.form !== 'alias' && !NAME_PARTICLES.has(nameOf(c).split(/\s+/)[0].toLowerCase())) return full(c);
      const k = known(c) ?? single(c);
      return k.rule ? k : full(c);
    },
    /** A name that named no one: read again against every full name of the document, also those named after it. */
    retry(c: Candidate): PersonKey {
      return nameOf(c).split(/\s+/).length === 1 || c.form === 'alias' ? (known(c) ?? single(c, true)) : { key: `person:${slug(nameOf(c))}` };
    },
  };
}

/** The name a person mention gives: its text, or the name a rule read in it ('Edward Lodewijk "Eddie" Van Halen'). */
const nameOf = (c: Candidate) => c.label ?? c.text;
