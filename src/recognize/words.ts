/** recognize/words: the word classes the mention rules share, and the title heads of the lexicon as a lookup. */
import type { Lexicon } from '../lexicon/index.js';
import type { Token } from '../model.js';

/** Titles that are also parts of names: "Hassan Sheikh Mohamud". */
export const NAME_TITLES = new Set(['sheikh', 'sultan', 'emir', 'prince', 'begum']);

export const TITLE_SUFFIXES = new Set(['elect', 'designate', 'general']);

export const NAME_PARTICLES = new Set(['bin', 'al', 'el', 'de', 'da', 'di', 'van', 'von', 'der', 'le', 'la', 'del', 'du', 'ibn', 'abu', 'dos', 'das', 'ter']);

export const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'but', 'if', 'that', 'this', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'there', 'here', 'after', 'before', 'when', 'while', 'since', 'during', 'according', 'also', 'not', 'no', 'yes', 'so', 'than', 'then', 'first', 'second', 'third', 'fourth', 'fifth', 'last', 'next', 'other', 'others', 'some', 'all', 'many', 'most', 'more', 'both', 'each', 'every', 'however', 'meanwhile', 'together', 'over', 'under']);

/** Words that make a capitalised phrase a place or thing, not a person ("Bourbon Street", "Jaffar Express"). */
export const THING_WORDS = new Set(['report', 'street', 'road', 'avenue', 'square', 'palace', 'bridge', 'airport', 'station', 'express', 'hotel', 'mosque', 'church', 'cathedral', 'temple', 'hospital', 'school', 'stadium', 'park', 'river', 'lake', 'mountain', 'island', 'islands', 'bay', 'valley', 'province', 'region', 'district', 'county', 'oblast', 'state', 'city', 'act', 'law', 'treaty', 'agreement', 'prize', 'award', 'cup', 'games', 'championship', 'day', 'war', 'operation', 'program', 'project', 'plan', 'summit', 'conference', 'covid-19', 'covid', 'twitter', 'facebook', 'google', 'microsoft', 'apple', 'storm', 'hurricane', 'typhoon', 'cyclone', 'telescope', 'spacecraft', 'advisory', 'memorial', 'monument', 'world', 'market', 'mall', 'tissue', 'brand', 'rue', 'boulevard', 'plaza', 'linux']);

/** The rules that guess a person from a capitalised word; a title or an honorific is evidence of its own. */
export const GUESSES: ReadonlySet<string> = new Set(['proper.name-in-actor-slot', 'tagger.person']);

export const NAME_TAGS = ['FirstName', 'LastName', 'MaleName', 'FemaleName', 'Person'];

export const nameLike = (t: Token) => !t.lexical || NAME_TAGS.includes(t.lexical);

/** The tagger reads the word as a given name here. */
export const givenTag = (t: Token) => t.tags.has('FirstName') || t.tags.has('MaleName') || t.tags.has('FemaleName');
/** The tagger reads the word as a given name or a surname here. */
export const nameTag = (t: Token) => givenTag(t) || t.tags.has('LastName');

/** Longest title head at `i`, as a token count. */
export function headAt(toks: Token[], i: number, lex: Lexicon): number {
  const dash = toks[i]?.norm.lastIndexOf('-') ?? -1;
  // "President-elect" as one token
  if (dash > 0 && TITLE_SUFFIXES.has(toks[i].norm.slice(dash + 1)) && lex.titles.heads.get(toks[i].norm.slice(0, dash))?.some((w) => w.length === 1)) return 1;
  const options = lex.titles.heads.get(toks[i]?.norm ?? '') ?? lex.titles.heads.get(toks[i]?.text.toLowerCase() + '.');
  if (!options) return 0;
  for (const words of options) {
    if (words.every((w, k) => toks[i + k] && (toks[i + k].norm === w || `${toks[i + k].norm}.` === w || toks[i + k].norm === w.replace(/\.$/, '')))) return words.length;
  }
  return 0;
}

/**
 * The agent noun phrase that follows token `k` ("rebels", "riot police", "military troops", "paper workers"):
 * lower-case modifiers may stand before it (at most two). Returns the token after it and its sector.
 */
export function agentAfter(toks: Token[], k: number, lex: Lexicon): { end: number; sector: string } | undefined {
  let found: { end: number; sector: string } | undefined;
  let j = k;
  let modifiers = 0;
  while (j < toks.length && j < k + 5) {
    // (a quotation or a bracket opening before a word ends the phrase too: 'told reporters "Women in France …')
    if (j > k && (/[,;:()"]/.test(toks[j - 1].post) || /["“(]/.test(toks[j].pre))) break;
    const t = toks[j];
    const options = lex.agents.byFirst.get(t.norm);
    const hit = options?.find((a) => a.words.every((w, n) => toks[j + n]?.norm === w && (n === 0 || (!/[,;:()"]/.test(toks[j + n - 1].post) && !/["“(]/.test(toks[j + n].pre)))));
    if (hit) {
      found = { end: j + hit.words.length, sector: hit.sector };
      j += hit.words.length;
      continue;
    }
    if (found || modifiers >= 2 || /^\p{Lu}/u.test(t.text) || !(t.tags.has('Adjective') || t.tags.has('Noun')) || t.tags.has('Pronoun') || t.tags.has('Possessive') || t.tags.has('Determiner') || t.tags.has('Value')) break;
    modifiers++;
    j++;
  }
  return found;
}
