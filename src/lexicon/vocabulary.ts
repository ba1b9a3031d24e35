/**
 * lexicon/vocabulary: the event coders' dictionaries indexed for lookup — the CAMEO verbs by lemma (with their
 * patterns and synonym sets, codes read through event-codes.json and cameo-plover.json), the agents by first word,
 * the named officials by folded name.
 */
import { fold, readData } from './read.js';

/** One item of a CAMEO pattern after (or before) its verb: a noun with modifiers, or a preposition with its noun. */
export interface CameoItem {
  p?: string;
  /** Head words, any of them (a phrase of several words is written with spaces), from the pattern or its synonym set. */
  w?: ReadonlySet<string>;
  /** Modifiers standing before the head, each a set of alternatives. */
  m?: ReadonlyArray<ReadonlySet<string>>;
  /** The target stands in this preposition's phrase. */
  t?: boolean;
}
export interface CameoPattern {
  /** The pattern as the dictionary writes it, less its code: "* (FOR {FINANCIAL AID})". */
  text: string;
  code: string;
  /** The event runs from the target to the subject ("[:173]"). */
  reverse?: boolean;
  pre?: CameoItem;
  post: CameoItem[];
}
export interface CameoVerb {
  lemma: string;
  particle?: string;
  /** The verb block (the dictionary's name for the sense). */
  block: string;
  /** The code of the verb alone, when it is an event alone. */
  code?: string;
  alone: boolean;
  patterns: CameoPattern[];
}
/** What kg makes of a CAMEO code: a predicate, and "intended" for CAMEO 03 (an expressed intent). */
export interface CodeReading {
  predicate: string | null;
  factuality?: 'intended';
}
/** A named person of the actor dictionaries and their roles: [code, from, to] (ISO dates, null for an open end). */
export interface ActorPerson {
  name: string;
  roles: Array<[string, string | null, string | null]>;
}

/** The CAMEO dictionary by verb lemma, and what a code means: its PLOVER category and mode, kg's predicate. */
export interface Cameo {
  verbs: Map<string, CameoVerb[]>;
  category(code: string): { category: string; mode?: string } | undefined;
  reading(code: string): CodeReading | undefined;
}
/** Agent nouns by first word, longest first, with their sector; the sectors that act for their country; sector labels. */
export interface Agents {
  byFirst: Map<string, Array<{ words: string[]; sector: string }>>;
  states: ReadonlySet<string>;
  sectors: Map<string, string>;
}

/** Sectors whose agents act for their country: "Russian forces" is Russia, "the Serbian parliament" is Serbia. */
export const STATE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'SPY']);

export function buildAgents(data: { sectors: Record<string, string>; agents: Array<[string, string, string?]> }): Agents {
  const byFirst = new Map<string, Array<{ words: string[]; sector: string }>>();
  for (const [phrase, sector] of data.agents) {
    const words = phrase.split(' ');
    const list = byFirst.get(words[0]) ?? [];
    list.push({ words, sector });
    byFirst.set(words[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst, states: STATE_SECTORS, sectors: new Map(Object.entries(data.sectors)) };
}

/** People by their folded full name and aliases; a name two people share is left out (it names neither for sure). */
export function buildPeople(people: Array<ActorPerson & { aliases: string[] }>): Map<string, ActorPerson> {
  const out = new Map<string, ActorPerson>();
  const shared = new Set<string>();
  for (const p of people) {
    for (const n of [p.name, ...p.aliases]) {
      const k = fold(n).replace(/\./g, '');
      if (out.has(k) && out.get(k)!.name !== p.name) shared.add(k);
      else out.set(k, { name: p.name, roles: p.roles });
    }
  }
  for (const k of shared) out.delete(k);
  return out;
}

/** First and last words of people's names of two words or more, folded; initials and particles left out. */
export function buildPersonNames(people: Array<{ name: string; aliases: string[] }>): { given: Set<string>; family: Set<string> } {
  const given = new Set<string>();
  const family = new Set<string>();
  for (const p of people) {
    for (const n of [p.name, ...p.aliases]) {
      const words = n.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
      if (words.length < 2) continue;
      given.add(fold(words[0]));
      family.add(fold(words[words.length - 1]));
    }
  }
  return { given, family };
}

interface CameoData {
  synsets: Record<string, string[]>;
  blocks: Array<{ name: string; code: string | null; verbs: Array<{ lemma: string; particle?: string; code?: string; alone?: boolean }>; patterns: Array<{ text: string; code: string; reverse?: boolean; pre?: RawItem; post: RawItem[] }> }>;
}
interface RawItem {
  p?: string;
  w?: string[];
  m?: string[][];
  t?: boolean;
}

/** The CAMEO dictionary indexed by verb lemma, its synonym sets expanded once (shared sets, not copies). */
export function buildCameo(): Cameo {
  const data = readData<CameoData>('cameo-verbs.json');
  const synsets = new Map<string, ReadonlySet<string>>();
  const words = (ws: string[]): ReadonlySet<string> => {
    if (ws.length === 1 && ws[0].startsWith('&')) return synsets.get(ws[0].slice(1)) ?? new Set();
    return new Set(ws.flatMap((w) => (w.startsWith('&') ? [...(synsets.get(w.slice(1)) ?? [])] : [w])));
  };
  for (const [name, list] of Object.entries(data.synsets)) synsets.set(name, new Set(list));
  const item = (i: RawItem): CameoItem => ({ ...(i.p ? { p: i.p } : {}), ...(i.w ? { w: words(i.w) } : {}), ...(i.m ? { m: i.m.map(words) } : {}), ...(i.t ? { t: true } : {}) });
  const verbs = new Map<string, CameoVerb[]>();
  for (const b of data.blocks) {
    const patterns: CameoPattern[] = b.patterns.map((p) => ({ text: p.text, code: p.code, ...(p.reverse ? { reverse: true } : {}), ...(p.pre ? { pre: item(p.pre) } : {}), post: p.post.map(item) }));
    for (const v of b.verbs) {
      const list = verbs.get(v.lemma) ?? [];
      list.push({ lemma: v.lemma, ...(v.particle ? { particle: v.particle } : {}), block: b.name, ...(v.code ? { code: v.code } : {}), alone: !!v.alone, patterns });
      verbs.set(v.lemma, list);
    }
  }
  // phrasal verbs first: "call off" before "call"
  for (const list of verbs.values()) list.sort((a, b) => (b.particle ? 1 : 0) - (a.particle ? 1 : 0));
  const table = readData<{ codes: Record<string, { category: string; mode?: string }> }>('cameo-plover.json').codes;
  const readings = readData<{ codes: Array<{ code: string; predicate: string | null; factuality?: 'intended' }> }>('event-codes.json').codes;
  const byCode = new Map(readings.map((r) => [r.code, { predicate: r.predicate, ...(r.factuality ? { factuality: r.factuality } : {}) }]));
  const longest = <T>(code: string, get: (c: string) => T | undefined): T | undefined => {
    for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
      const hit = get(c);
      if (hit) return hit;
    }
    return undefined;
  };
  return {
    verbs,
    category: (code) => longest(code, (c) => table[c]),
    reading: (code) => longest(code, (c) => byCode.get(c)),
  };
}
