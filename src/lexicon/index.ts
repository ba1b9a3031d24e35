/**
 * lexicon: the world knowledge kg reads, loaded and indexed once. Countries, codes, demonyms and capitals
 * come from the world-countries package; the rest are data files in ./data with stable ids.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Category, MentionForm } from '../model.js';
import { buildAgents, buildCameo, buildPeople, buildPersonNames, STATE_SECTORS, type ActorPerson, type Agents, type Cameo } from './vocabulary.js';
export type { ActorPerson, Agents, Cameo, CameoItem, CameoPattern, CameoVerb, CodeReading } from './vocabulary.js';
import { fold, readData, slug, tokenize } from './read.js';

const require = createRequire(import.meta.url);
export { fold, slug, tokenize } from './read.js';

/** One name in the gazetteer: the tokens to match and the entity they name. */
export interface GazetteerEntry {
  tokens: string[];
  /** The tokens folded (lower case, no accents), as they are compared with the text's. */
  folded: string[];
  key: string;
  label: string;
  category: Category;
  form: MentionForm;
  rule: string;
}

export interface CountryInfo {
  iso3: string;
  name: string;
  official: string;
  capitals: string[];
  demonyms: string[];
}

export interface RelationPattern {
  id: string;
  predicate: string;
  /** The CAMEO code of the event it reads; `eventType` is the code's PLOVER category. */
  cameo?: string;
  eventType?: string;
  /** The verb phrase: a lemma, then words that must follow (particles, prepositions, nouns). */
  phrase: string[];
  /** Target categories this pattern accepts; default: actors (Person, Country, Organization). */
  targets?: Category[];
  /** Whether "X and Y VERB" with no object means each VERBed the others ("meet", "hold talks"). */
  reciprocal?: boolean;
  /** Whether "Y was VERBed by X" is read too. */
  passive?: boolean;
  /** Example sentences on which the pattern must fire (checked by a test). */
  examples: string[];
}

/** An event named by a noun ("a Russian drone attack on Kyiv"): its nouns and how its actor and target are found. */
export interface NominalPattern {
  id: string;
  predicate: string;
  cameo?: string;
  eventType?: string;
  nouns: Set<string>;
  targetPrepositions: Set<string>;
  placePrepositions: Set<string>;
  lightVerbs: Set<string>;
  /** Whether "NOUN between X and Y" names both sides ("talks between Iran and the United States"). */
  between?: boolean;
  /** Whether "NOUN of X" names the actor ("the withdrawal of Serbian forces from Bosnia"), not the target. */
  ofActor?: boolean;
  examples: string[];
}

/** One predicate of kg's relation vocabulary (data/predicates.json). */
export interface Predicate {
  id: string;
  /** The political-event category (PLOVER) of the events it names; null for relations that are not events. */
  eventType: string | null;
  /** Whether it may take a place as its target ("attacked Kyiv", "visited Tehran"). */
  places?: boolean;
  /** Prepositions after its verb whose phrase is its target when it has no object ("met with", "sanctions on"). */
  preps?: string[];
  about: string;
}

/** A verb or adjective that takes a clause, and the factuality it gives that clause by the kind of complement. */
export interface Embedding {
  lemma: string;
  to?: string;
  that?: string;
  ing?: string;
  control?: 'object';
  own?: string;
  /** The code of an attempt at a violent act: the attempt is the assault. */
  violent?: string;
}

export interface Lexicon {
  /** The relation vocabulary, in the order of data/predicates.json. */
  predicates: Map<string, Predicate>;
  countries: Map<string, CountryInfo>;
  /** Lower-cased first token → entries starting with it, longest first. */
  gazetteer: Map<string, GazetteerEntry[]>;
  titles: { heads: Map<string, string[][]>; modifiers: Set<string>; linkers: Set<string>; honorifics: Set<string>; /** Words for what a person is for an organisation ("researcher", "spokesman"). */ roles: Set<string>; /** A party's member words before a name ("Republican Larry Hogan"). */ affiliations: Set<string>; /** Titles that hold a seat for a place ("senator", "governor"). */ constituency: Set<string>; /** Words for a family member ("wife", "son"). */ kin: Set<string>; /** The last words of titles ("minister", "emir"): a phrase with one as head names an office holder. */ lastWords: Set<string> };
  orgHeadWords: Set<string>;
  /** Plural nouns after an organisation's name that make it the actor ("Boko Haram militants"). */
  memberHeads: Set<string>;
  /** Head words of institutions that stand at one place ("University", "Hospital"): "X University in Nashville" lies there. */
  siteHeads: Set<string>;
  /** Lower-case nouns before a name in apposition: an organisation's ("the energy company Burisma") or a thing's ("the ship Aldea"). */
  classifiers: { organization: Set<string>; thing: Set<string> };
  events: { events: Set<string>; proposals: Set<string>; modifiers: Set<string>; topicPrepositions: Set<string>; placePrepositions: Set<string> };
  relations: RelationPattern[];
  /** The first words (lemmas) of the relation patterns' verb phrases. */
  relationVerbs: Set<string>;
  nominal: NominalPattern[];
  /** Verbs of saying (lemmas) and the words of obligation that make what is said a demand ("should", "must"). */
  reportedSpeech: { verbs: Set<string>; obligation: string[][]; examples: string[] };
  /** City or region key → ISO3 of the country it lies in. */
  cityCountry: Map<string, string>;
  /** Sports copy: headline slugs, words only sports copy uses, prepositions that make a place a venue. */
  sports: { slugs: Set<string>; terms: Set<string>; venuePrepositions: Set<string> };
  /** Keys of nations that are not sovereign states (England, Scotland): they field national sides. */
  nations: Set<string>;
  /** Words that end a region's name ("Oblast", "Province"), lower-cased. */
  regionHeads: Set<string>;
  /** Last words of the names of built places ("Airport", "Air Base"), as written. */
  facilityHeads: string[][];
  /** Nouns naming a kind of place before "of" and its name ("the village of Um Garfa"), lower-cased. */
  placeKinds: Set<string>;
  /** First-level subdivisions (folded name → ISO3), to give a region named as one ("Borno State") its country. */
  adminRegions: Map<string, string>;
  /** The CAMEO verb dictionary (verbs by lemma), and what a code means: its PLOVER category and mode, kg's predicate. */
  cameo: Cameo;
  /** Words after a demonym that make it stand for its country ("Russian forces", "the Afghan government"). */
  actingHeads: Set<string>;
  /**
   * The agents of the event coders' dictionary (data/agents.json): nouns for who acts — police, rebels, farmers —
   * by first word, longest first, with their sector; `states` are the sectors that act for their country
   * (government, military, legislature, judiciary, intelligence); `sectors` their readable plural.
   */
  agents: Agents;
  /** The actor dictionaries' people by folded name (and alias), with their dated roles; organisations' codes → key. */
  actors: { people: Map<string, ActorPerson>; orgByCode: Map<string, string> };
  /**
   * Name words of the actor dictionaries' people (folded): the first words of their names of two words or more
   * (given names, from "Narendra" to "Veranika") and the last (surnames): evidence that a capitalised phrase names a person.
   */
  personNames: { given: Set<string>; family: Set<string> };
  /**
   * Whether a word is a given name: one of some 80,000 given names of English, French, Spanish, Italian, German
   * and Turkish name lists (the gender-detection-from-name package, MIT), or a first name of the actor dictionaries.
   */
  isGivenName: (word: string) => boolean;
  /**
   * People's names as spelled, given names and surnames (some 39,000, mostly English-language: "Burns", "Fields",
   * "Mahan"; the cspell people-names dictionary, MIT), folded (`fold`): a capitalised word that is one can name a person.
   */
  peopleNames: Set<string>;
  /** The commonest English words, lower case (data/common-words.json, SCOWL sizes 10 and 20). */
  commonWords: Set<string>;
  /** The clause reader's words (data/clauses.json). */
  clauses: {
    subordinators: Map<string, string>;
    relativePronouns: Set<string>;
    complementizers: Set<string>;
    modals: Map<string, string>;
    negations: Set<string>;
    pronouns: Map<string, string>;
    embedding: Map<string, Embedding>;
    /** Participles read as the active verb after a copula ("is opposed to X" opposes X). */
    statives: Map<string, string>;
    adjectives: Map<string, string>;
    /** Verbs whose coordinated subjects act on each other ("India and Pakistan exchanged fire"). */
    reciprocal: Set<string>;
    /** Nouns whose clause is only what someone says ("allegations that he assaulted …"): the clause is reported. */
    reportNouns: Set<string>;
    /** Verbs that also name what their object is ("called the process a coup"): alone, with such an object, no event. */
    naming: Set<string>;
    examples: string[];
  };
}

interface WorldCountry {
  name: { common: string; official: string };
  cca3: string;
  capital?: string[];
  altSpellings?: string[];
  demonyms?: { eng?: { f: string; m: string } };
  independent?: boolean;
  unMember?: boolean;
}

interface CountriesExtra {
  aliases: Record<string, string[]>;
  acronyms: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  ignore: string[];
  /** English names of towns GeoNames names in their own language: English name → [GeoNames name, ISO3]. */
  exonyms: Record<string, [string, string]>;
}

const LATIN_NAME = /^[\p{Script=Latin}'’.\- ]+$/u;

/** Kinds of the actor dictionaries' organisations kg names (companies and media are left to the text). */
const ACTOR_KINDS = new Set(['igo', 'ngo', 'armed-group']);
/**
 * Whether a name of the actor dictionaries is safe to look for: a name of two words or more, an acronym of three
 * capitals or more, or a one-word name of an international organisation or an armed group written with a hyphen
 * or a capital inside ("al-Shabaab", "ASEAN"); one-word names of NGOs are too often words or surnames.
 */
function namesAnOrganization(name: string, kind: string): boolean {
  if (!/^[\p{Lu}\d]/u.test(name) && !/^(al|el|ad|ash)-/.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length >= 2) return words.some((w) => /\p{L}{3,}/u.test(w));
  if (/^\p{Lu}{3,}$/u.test(name)) return true;
  return kind !== 'ngo' && /-/.test(name) && name.length > 5;
}

function buildLexicon(): Lexicon {
  const world = require('world-countries') as WorldCountry[];
  const extra = readData<CountriesExtra>('countries-extra.json');
  const titlesData = readData<{ heads: string[]; modifiers: string[]; linkers: string[]; honorifics: string[]; roles: string[]; affiliations: string[]; constituency: string[]; kin: string[] }>('titles.json');
  const orgData = readData<{ organizations: Array<{ id: string; name: string; aliases: string[] }>; headWords: string[]; memberHeads: string[]; siteHeads: string[]; classifiers: string[]; thingClassifiers: string[] }>('organizations.json');
  const eventData = readData<Record<'events' | 'proposals' | 'modifiers' | 'topicPrepositions' | 'placePrepositions', string[]>>('events.json');
  const relData = readData<{ patterns: RelationPattern[]; reportedSpeech: { verbs: string[]; obligation: string[]; examples: string[] }; nominal: Array<Omit<NominalPattern, 'nouns' | 'targetPrepositions' | 'placePrepositions' | 'lightVerbs'> & Record<'nouns' | 'targetPrepositions' | 'placePrepositions' | 'lightVerbs', string[]>> }>('relations.json');
  const sportsData = readData<{ sports: string[]; terms: string[]; venuePrepositions: string[] }>('sports.json');
  const agentData = readData<{ sectors: Record<string, string>; agents: Array<[string, string, string?]> }>('agents.json');
  const actorData = readData<{ countries: Array<[string, string]>; organizations: Array<{ id: string; name: string; aliases: string[]; code: string; kind: string; country?: string }>; people: Array<ActorPerson & { aliases: string[] }> }>('actors.json');
  const clauseData = readData<{ subordinators: Record<string, string>; relativePronouns: string[]; complementizers: string[]; modals: Record<string, string>; negations: string[]; pronouns: Record<string, string>; embedding: Array<Embedding & { examples?: string[] }>; adjectives: Record<string, string>; statives: Record<string, string>; actingHeads: string[]; agents: Record<string, string>; reciprocal: string[]; reportNouns: string[]; naming: string[] }>('clauses.json');
  const regionData = readData<{ regions: Array<{ name: string; country?: string; kind: string }>; headWords: string[]; facilityHeads: string[]; placeKinds: string[] }>('regions.json');

  const personNames = buildPersonNames(actorData.people);
  const { getGender } = require('gender-detection-from-name') as { getGender: (name: string) => string };
  const entries: GazetteerEntry[] = [];
  const countries = new Map<string, CountryInfo>();
  const cityCountry = new Map<string, string>();
  const nations = new Set<string>();
  const ignore = new Set(extra.ignore);
  // fields copied one by one: an object spread here was a fifth of the build (every worker builds the lexicon)
  const add = (name: string, e: Omit<GazetteerEntry, 'tokens' | 'folded'>, tokens = tokenize(name), folded = tokens.map(fold)) =>
    entries.push({ tokens, folded, key: e.key, label: e.label, category: e.category, form: e.form, rule: e.rule });

  for (const c of world) {
    if (!c.independent && !c.unMember && !extra.aliases[c.cca3]) continue; // territories would shadow their country's names
    const iso3 = c.cca3;
    const key = `country:${iso3}`;
    const label = c.name.common;
    const demonyms = new Set<string>();
    const dm = c.demonyms?.eng?.m;
    if (dm && !ignore.has(`${label}:demonym`)) for (const d of dm.split(/,| or /)) if (d.trim()) demonyms.add(d.trim());
    for (const d of extra.demonyms[iso3] ?? []) demonyms.add(d);
    const info: CountryInfo = { iso3, name: label, official: c.name.official, capitals: c.capital ?? [], demonyms: [...demonyms] };
    countries.set(iso3, info);
    const names = new Set([label, c.name.official, ...(extra.aliases[iso3] ?? [])]);
    for (const alt of c.altSpellings ?? []) if (alt.length > 3 && LATIN_NAME.test(alt) && !alt.includes(',')) names.add(alt);
    for (const name of names) add(name, { key, label, category: 'Country', form: name === label ? 'name' : 'alias', rule: 'gazetteer.country' });
    for (const acr of extra.acronyms[iso3] ?? []) add(acr, { key, label, category: 'Country', form: 'alias', rule: 'gazetteer.country-code' });
    for (const d of demonyms) {
      add(d, { key, label, category: 'Country', form: 'demonym', rule: 'gazetteer.demonym' });
      if (!/(ese|ss|sh|ch|i)$/.test(d) && !d.includes('.')) add(`${d}s`, { key, label, category: 'Country', form: 'demonym', rule: 'gazetteer.demonym' });
    }
    for (const capital of info.capitals) {
      const cityLabel = capital.replace(/\s+D\.C\.$/, '');
      const cityKey = `city:${iso3}:${slug(cityLabel)}`;
      cityCountry.set(cityKey, iso3);
      add(cityLabel, { key: cityKey, label: cityLabel, category: 'City', form: 'name', rule: 'gazetteer.capital' });
      if (cityLabel !== capital) add(capital, { key: cityKey, label: cityLabel, category: 'City', form: 'alias', rule: 'gazetteer.capital' });
    }
  }
  for (const r of regionData.regions) {
    const key = `location:${r.country ? `${r.country}:` : ''}${slug(r.name)}`;
    if (r.country) cityCountry.set(key, r.country);
    if (r.kind === 'nation') nations.add(key);
    add(r.name, { key, label: r.name, category: 'Location', form: 'name', rule: 'gazetteer.region' });
  }
  for (const org of orgData.organizations) {
    const key = `org:${org.id}`;
    add(org.name, { key, label: org.name, category: 'Organization', form: 'name', rule: 'gazetteer.organization' });
    for (const a of org.aliases) add(a, { key, label: org.name, category: 'Organization', form: 'alias', rule: 'gazetteer.organization' });
  }
  // the event coders' countries (variants) and organisations (international, non-governmental, armed groups)
  const known = new Set(entries.map((e) => e.folded.join(' ')));
  for (const [name, iso3] of actorData.countries) {
    const tokens = tokenize(name);
    if (countries.has(iso3) && !known.has(tokens.map(fold).join(' '))) add(name, { key: `country:${iso3}`, label: countries.get(iso3)!.name, category: 'Country', form: 'alias', rule: 'gazetteer.country' }, tokens);
  }
  const orgByCode = new Map<string, string>();
  for (const org of actorData.organizations) {
    if (!ACTOR_KINDS.has(org.kind)) continue;
    const key = `org:${org.id}`;
    if (org.kind === 'igo' && !orgByCode.has(org.code)) orgByCode.set(org.code, key);
    const names = [org.name, ...org.aliases].filter((n) => namesAnOrganization(n, org.kind) && !known.has(tokenize(n).map(fold).join(' ')));
    names.forEach((n, i) => add(n, { key, label: org.name, category: 'Organization', form: n === org.name ? 'name' : 'alias', rule: 'gazetteer.organization' }));
    for (const n of names) known.add(tokenize(n).map(fold).join(' '));
  }

  // towns and cities (GeoNames) last: a name the entries above already give (a country, a capital, a region) keeps that meaning
  const named = new Set(entries.map((e) => e.folded.join(' ')));
  // ("Geneva" is Genève, not the town of that name in New York)
  for (const [english, [local, iso3]] of Object.entries(extra.exonyms)) {
    const key = `city:${iso3}:${slug(local)}`;
    cityCountry.set(key, iso3);
    add(english, { key, label: english, category: 'City', form: 'name', rule: 'gazetteer.city' });
    named.add(tokenize(english).map(fold).join(' '));
  }
  for (const [name, iso3] of readData<{ cities: Array<[string, string, number]> }>('cities.json').cities) {
    const tokens = tokenize(name);
    const folded = tokens.map(fold);
    if (named.has(folded.join(' ')) || !countries.has(iso3)) continue; // towns of territories (Nuuk) have no country here
    const key = `city:${iso3}:${slug(name)}`;
    cityCountry.set(key, iso3);
    add(name, { key, label: name, category: 'City', form: 'name', rule: 'gazetteer.city' }, tokens, folded);
  }

  const gazetteer = new Map<string, GazetteerEntry[]>();
  for (const e of entries) {
    const first = e.folded[0];
    const list = gazetteer.get(first) ?? [];
    list.push(e);
    gazetteer.set(first, list);
  }
  for (const list of gazetteer.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);

  const heads = new Map<string, string[][]>();
  for (const t of titlesData.heads) {
    const toks = tokenize(t.toLowerCase());
    const list = heads.get(toks[0]) ?? [];
    list.push(toks);
    heads.set(toks[0], list);
  }
  for (const list of heads.values()) list.sort((a, b) => b.length - a.length);
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));

  const cameo = buildCameo();
  const typed = <T extends { cameo?: string }>(p: T): T & { eventType?: string } => {
    const category = p.cameo ? cameo.category(p.cameo)?.category : undefined;
    return category ? { ...p, eventType: category } : p;
  };
  return {
    predicates: new Map(readData<{ predicates: Predicate[] }>('predicates.json').predicates.map((p) => [p.id, p])),
    countries,
    gazetteer,
    titles: { heads, modifiers: lower(titlesData.modifiers), linkers: lower(titlesData.linkers), honorifics: lower(titlesData.honorifics), roles: lower(titlesData.roles), affiliations: lower(titlesData.affiliations), constituency: lower(titlesData.constituency), kin: lower(titlesData.kin), lastWords: new Set([...heads.values()].flat().map((t) => t[t.length - 1]).filter((w) => /^[a-z]{3,}$/.test(w))) },
    orgHeadWords: new Set(orgData.headWords),
    memberHeads: lower(orgData.memberHeads),
    siteHeads: lower(orgData.siteHeads),
    classifiers: { organization: lower(orgData.classifiers), thing: lower(orgData.thingClassifiers) },
    events: {
      events: lower(eventData.events),
      proposals: lower(eventData.proposals),
      modifiers: lower(eventData.modifiers),
      topicPrepositions: lower(eventData.topicPrepositions),
      placePrepositions: lower(eventData.placePrepositions),
    },
    // longest phrase first: "hold talks with" before "hold talks" before "hold"
    relations: relData.patterns.map(typed).sort((a, b) => b.phrase.length - a.phrase.length),
    relationVerbs: new Set(relData.patterns.map((p) => p.phrase[0])),
    reportedSpeech: { verbs: lower(relData.reportedSpeech.verbs), obligation: relData.reportedSpeech.obligation.map((o) => o.toLowerCase().split(' ')), examples: relData.reportedSpeech.examples },
    nominal: relData.nominal.map(typed).map((n) => ({ ...n, nouns: lower(n.nouns), targetPrepositions: lower(n.targetPrepositions), placePrepositions: lower(n.placePrepositions), lightVerbs: lower(n.lightVerbs) })),
    cityCountry,
    nations,
    regionHeads: lower(regionData.headWords),
    facilityHeads: regionData.facilityHeads.map(tokenize).sort((a, b) => b.length - a.length),
    placeKinds: lower(regionData.placeKinds),
    adminRegions: new Map(readData<{ regions: Array<[string, string]> }>('admin-regions.json').regions.map(([name, iso3]) => [fold(name), iso3])),
    sports: { slugs: lower(sportsData.sports), terms: lower(sportsData.terms), venuePrepositions: new Set(sportsData.venuePrepositions) },
    cameo,
    actingHeads: new Set([...clauseData.actingHeads, ...agentData.agents.filter(([w, sector]) => STATE_SECTORS.has(sector) && !w.includes(' ')).map(([w]) => w)]),
    agents: buildAgents({ sectors: agentData.sectors, agents: [...agentData.agents, ...Object.entries(clauseData.agents).map(([w, sector]) => [w, sector] as [string, string])] }),
    actors: { people: buildPeople(actorData.people), orgByCode },
    personNames,
    commonWords: new Set(readData<{ words: string[] }>('common-words.json').words),
    isGivenName: (word: string) => personNames.given.has(fold(word)) || getGender(word) !== 'unknown',
    peopleNames: new Set(readFileSync(new URL('dict/people-names.txt', pathToFileURL(require.resolve('@cspell/dict-people-names/cspell-ext.json'))), 'utf8').split('\n').filter((w) => w && !w.startsWith('#')).map(fold)),
    clauses: {
      subordinators: new Map(Object.entries(clauseData.subordinators)),
      relativePronouns: new Set(clauseData.relativePronouns),
      complementizers: new Set(clauseData.complementizers),
      modals: new Map(Object.entries(clauseData.modals)),
      negations: new Set(clauseData.negations),
      pronouns: new Map(Object.entries(clauseData.pronouns)),
      embedding: new Map(clauseData.embedding.map((e) => [e.lemma, e])),
      statives: new Map(Object.entries(clauseData.statives)),
      adjectives: new Map(Object.entries(clauseData.adjectives)),
      reciprocal: new Set(clauseData.reciprocal),
      reportNouns: new Set(clauseData.reportNouns),
      naming: new Set(clauseData.naming),
      examples: clauseData.embedding.flatMap((e) => e.examples ?? []),
    },
  };
}

let cached: Lexicon | undefined;
/** The lexicon, built on first use and shared after. */
export function lexicon(): Lexicon {
  cached ??= buildLexicon();
  return cached;
}
