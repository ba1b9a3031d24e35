/** relate/units: what can stand as a subject or object — one mention or a coordinated list — and the actors among its members. */
import type { Category, Group, Mention, Sentence, Token } from '../model.js';
import { extendedStart } from '../resolve/groups.js';

/** Categories that act (subjects and objects of relations). */
export const ACTORS: ReadonlySet<Category> = new Set(['Person', 'Country', 'Organization']);

/** A unit that can stand as subject or object: one mention or a coordinated list. */
export interface Unit {
  start: number;
  end: number;
  /** Token range in the sentence. */
  first: number;
  last: number;
  members: Mention[];
}

function tokenIndexAt(s: Sentence, offset: number, fromEnd = false): number {
  if (fromEnd) {
    for (let i = s.tokens.length - 1; i >= 0; i--) if (s.tokens[i].end <= offset) return i;
    return -1;
  }
  return s.tokens.findIndex((t) => t.start >= offset);
}

/** Subjects and objects of a sentence: lists first, then single mentions not in a list. */
export function unitsOf(s: Sentence, mentions: Mention[], groups: Group[], titles: Mention[], memberHeads: Set<string>): Unit[] {
  const qualifiers = new Set(mentions.filter((m) => m.represents && m.sentence === s.index).map((m) => m.represents!.start));
  const inSentence = mentions.filter((m) => m.sentence === s.index && m.form !== 'title' && !qualifiers.has(m.start));
  const units: Unit[] = [];
  const covered = new Set<Mention>();
  for (const g of groups.filter((x) => x.sentence === s.index)) {
    g.members.forEach((m) => covered.add(m));
    units.push({ start: g.start, end: g.end, first: tokenIndexAt(s, g.start), last: tokenIndexAt(s, g.end, true), members: g.members });
  }
  const bySpan = new Map<string, Mention[]>();
  for (const m of inSentence) {
    if (covered.has(m)) continue;
    const k = `${m.start}:${m.end}`;
    bySpan.set(k, [...(bySpan.get(k) ?? []), m]); // a group anaphor stands for several entities at one span
  }
  for (const ms of bySpan.values()) {
    const start = Math.min(...ms.map((m) => extendedStart(m, titles)));
    // "Sergei Lavrov, the Russian foreign minister, met ...": the unit runs to the end of the trailing title
    const trailing = ms[0].rule === 'title.appositive' ? titles.filter((t) => t.entity === ms[0].entity && t.sentence === s.index && t.start > ms[0].end) : [];
    const end = Math.max(ms[0].end, ...trailing.map((t) => t.end));
    units.push({ start, end, first: tokenIndexAt(s, start), last: tokenIndexAt(s, end, true), members: ms });
  }
  // "Russian forces", "the Chadian government": a demonym with a head noun acts for its country;
  // "Boko Haram militants", "Rapid Support Forces fighters": an organisation's members act for it
  for (const u of units) {
    const next = s.tokens[u.last + 1];
    if (!next || /[,;:()"]/.test(s.tokens[u.last].post)) continue;
    const demonyms = u.members.every((m) => m.form === 'demonym') && METONYMIC_HEADS.has(next.norm);
    const members = u.members.every((m) => m.category === 'Organization' && m.form !== 'demonym') && memberHeads.has(next.norm);
    if (demonyms || members) {
      u.last++;
      u.end = next.end;
    }
  }
  return units.sort((a, b) => a.start - b.start);
}

/** Nouns after a demonym that make it stand for the country ("Russian forces", "the Afghan government"). */
export const METONYMIC_HEADS = new Set(['forces', 'troops', 'military', 'army', 'navy', 'government', 'authorities', 'officials', 'police', 'side', 'delegation', 'people', 'leaders', 'ministry', 'drones', 'jets', 'warplanes', 'soldiers', 'diplomats', 'parliament', 'lawmakers', 'courts', 'court', 'president', 'regime']);

/** The rule a capital standing for its country's government leaves on the relation ("Beijing urged Washington"). */
const METONYMY = 'capital-metonymy';

/**
 * The members of a unit that may fill a slot of these categories. A capital in a slot that takes countries but
 * not cities stands for its country's government: the relation goes to the country, the city stays a city.
 */
export const actorMembers = (u: Unit | undefined, allowed: Iterable<Category>) => {
  const set = new Set(allowed);
  return (u?.members ?? []).flatMap((m): Mention[] => {
    if (set.has(m.category)) return [m];
    const capital = m.category === 'City' && m.rule === 'gazetteer.capital' && set.has('Country') && /^city:([A-Z]{3}):/.exec(m.entity);
    return capital ? [{ ...m, category: 'Country', entity: `country:${capital[1]}`, rule: METONYMY }] : [];
  });
};

export const metonymy = (...ms: Mention[]) => (ms.some((m) => m.rule === METONYMY) ? `+${METONYMY}` : '');

export const unitEndingAt = (units: Unit[], i: number) => units.find((u) => u.last === i);

export const unitStartingAt = (units: Unit[], i: number) => units.find((u) => u.first === i);

/** Skips articles, adjectives and adverbs before an object, unless a unit starts there. */
export function skipModifiers(toks: Token[], j: number, units: Unit[], placeKinds: Set<string>): number {
  const skip = () => {
    while (j < toks.length && !units.some((u) => u.first === j) && (toks[j].tags.has('Determiner') || toks[j].tags.has('Adjective') || toks[j].tags.has('Adverb'))) j++;
  };
  skip();
  // "the town of Kurmuk", "the North Darfur town of Abu Qamra": the place's kind before its name
  let k = j;
  while (k < j + 3 && k < toks.length && !units.some((u) => u.first === k) && !placeKinds.has(toks[k].norm)) k++;
  if (placeKinds.has(toks[k]?.norm ?? '') && toks[k + 1]?.norm === 'of') {
    j = k + 2;
    skip();
  }
  return j;
}
