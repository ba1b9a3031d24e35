/**
 * The clause reader (src/clauses/) and the relations read from it: the sentences of the clause-reader issue, each
 * with what must and must not be read, and the 118 hand-labelled news sentences of
 * test/fixtures/clause-sentences.json as a ratchet (what kg reads there must stay read).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCase, type Case } from '../scripts/relations-score.js';
import { clauseAnalysis } from '../src/extract/index.js';
import { explain } from '../src/report.js';
import type { Extraction, Factuality } from '../src/model.js';
import { describeExtraction, extract, findEntity, FIXTURES } from './helpers.js';

/** The relation source -predicate-> target with this factuality (asserted: none on the edge). */
function reads(x: Extraction, source: string, predicate: string, target: string, factuality: Factuality = 'asserted') {
  const s = findEntity(x, source);
  const t = findEntity(x, target);
  return !!s && !!t && x.relations.some((r) => r.source === s.key && r.target === t.key && r.predicate === predicate && (r.factuality ?? 'asserted') === factuality);
}

const listing = (x: Extraction) => `${describeExtraction(x)}\nfactualities: ${x.relations.map((r) => `${r.predicate}:${r.factuality ?? 'asserted'}`).join(', ')}`;

type Expect = [string, string, string, Factuality?];
const CASES: Array<{ text: string; must: Expect[]; mustNot?: Expect[]; noEntity?: string[] }> = [
  {
    text: 'Ahmed Fiqi, who also attended the talks, thanked Qatar for its mediation.',
    must: [['Ahmed Fiqi', 'ATTENDED', '@talks'], ['Ahmed Fiqi', 'SUPPORTS', 'Qatar']],
  },
  {
    text: 'Ali Hassan, who shot Governor Mark Okafor last year, was sentenced on Monday.',
    must: [['Ali Hassan', 'ATTACKED', 'Mark Okafor']],
  },
  {
    text: 'Vladimir Putin met Xi Jinping in Beijing. The two leaders signed an agreement.',
    must: [['Vladimir Putin', 'MET_WITH', 'Xi Jinping'], ['Vladimir Putin', 'SIGNED', 'Xi Jinping']],
  },
  {
    text: 'Trump had not met Shapiro.',
    must: [['Trump', 'MET_WITH', 'Shapiro', 'negated']],
    mustNot: [['Trump', 'MET_WITH', 'Shapiro']],
  },
  {
    text: 'Serbian President Aleksandar Vucic has refused to meet Kosovo Prime Minister Albin Kurti.',
    must: [['Aleksandar Vucic', 'REJECTED', 'Albin Kurti'], ['Aleksandar Vucic', 'MET_WITH', 'Albin Kurti', 'negated'], ['Aleksandar Vucic', 'REPRESENTS', 'Serbia']],
    mustNot: [['Aleksandar Vucic', 'MET_WITH', 'Albin Kurti']],
  },
  {
    text: 'The opposition is asking Prime Minister Rishi Sunak to help Lebanon.',
    must: [['Rishi Sunak', 'AIDED', 'Lebanon', 'demanded']],
    mustNot: [['Rishi Sunak', 'AIDED', 'Lebanon']],
  },
  {
    text: 'Lawmakers urged Canada to aid Haiti.',
    must: [['Canada', 'AIDED', 'Haiti', 'demanded']],
    mustNot: [['Canada', 'AIDED', 'Haiti']],
  },
  {
    text: 'Joe Biden will visit Israel next week.',
    must: [['Joe Biden', 'VISITED', 'Israel', 'intended']],
    mustNot: [['Joe Biden', 'VISITED', 'Israel']],
  },
  {
    text: 'Iraq claimed that Turkey had attacked Kurdish villages in Duhok.',
    must: [['Turkey', 'ATTACKED', 'Duhok', 'reported'], ['Iraq', 'ACCUSED', 'Turkey']],
    mustNot: [['Turkey', 'ATTACKED', 'Duhok']],
    noEntity: ['Kurdish'],
  },
  {
    text: 'President Recep Tayyip Erdogan Monday criticised Greece.',
    must: [['Recep Tayyip Erdogan', 'CRITICIZED', 'Greece']],
    noEntity: ['Recep Tayyip Erdogan Monday'],
  },
  {
    text: "Harvard University's Steven Pinker said the study was flawed.",
    must: [['Steven Pinker', 'REPRESENTS', 'Harvard University']],
  },
  {
    // a noun for a person at a body, past a place's possessive; not who is only its critic, customer or survivor
    text: "John Hutchinson, an evolutionary biomechanicist at London's Royal Veterinary College, questioned the findings. Tom Lee, a critic of the Kremlin, and Ann Ray, a customer of Tesco, spoke.",
    must: [['John Hutchinson', 'REPRESENTS', 'Royal Veterinary College']],
    mustNot: [['Tom Lee', 'REPRESENTS', 'Kremlin'], ['Ann Ray', 'REPRESENTS', 'Tesco']],
  },
  {
    text: 'Poland has said it will back the proposal made by Germany.',
    must: [['Poland', 'SUPPORTS', '@proposal', 'intended']],
    mustNot: [['Poland', 'SUPPORTS', '@proposal']],
  },
  {
    text: 'Hamas threatened to attack Israel.',
    must: [['Hamas', 'THREATENED', 'Israel'], ['Hamas', 'ATTACKED', 'Israel', 'intended']],
    mustNot: [['Hamas', 'ATTACKED', 'Israel']],
  },
  {
    text: 'Police arrested Mark Okafor on Friday. The arrest came after an allegation that he assaulted Jane Doe.',
    must: [['Mark Okafor', 'ATTACKED', 'Jane Doe', 'reported']],
    mustNot: [['Mark Okafor', 'ATTACKED', 'Jane Doe']],
  },
  {
    text: 'Three residents, Pale Tuli, Rosavita Tuli and John Fitisemanu, sued to be allowed to vote.',
    must: [],
    mustNot: [['Pale Tuli', 'ARRESTED', 'John Fitisemanu'], ['John Fitisemanu', 'ARRESTED', 'Rosavita Tuli']],
  },
  {
    text: 'Cyprus and Greece concluded that the agreement between Turkey and Libya is null and void.',
    must: [],
    mustNot: [['Cyprus', 'SIGNED', 'Libya'], ['Greece', 'SIGNED', 'Turkey']],
  },
  {
    text: 'Ross Spano called the inquiry a coup against the United States. Macron called Putin a liar. Biden called Putin on Tuesday.',
    must: [['Macron', 'CRITICIZED', 'Putin'], ['Biden', 'MET_WITH', 'Putin']],
    mustNot: [['Ross Spano', 'MET_WITH', 'United States'], ['Macron', 'MET_WITH', 'Putin']],
  },
  {
    text: 'British Prime Minister Boris Johnson said Britain must leave the European Union.',
    must: [['Boris Johnson', 'REPRESENTS', 'United Kingdom']],
    mustNot: [['Boris Johnson', 'URGED', 'United Kingdom']],
  },
  {
    text: 'Biden attacked Trump for the tweet. Russia attacked Ukraine over its bid.',
    must: [['Biden', 'CRITICIZED', 'Trump'], ['Russia', 'ATTACKED', 'Ukraine']],
    mustNot: [['Biden', 'ATTACKED', 'Trump']],
  },
  {
    text: 'Russia will attack Kyiv. Russia attacked Kyiv. Russia did not attack Kyiv.',
    must: [['Russia', 'ATTACKED', 'Kyiv', 'intended'], ['Russia', 'ATTACKED', 'Kyiv'], ['Russia', 'ATTACKED', 'Kyiv', 'negated']],
  },
  {
    text: 'The four countries should support Afghanistan and push Iran to act. Turkey did not attack Syria but shelled Iraq.',
    must: [['Turkey', 'ATTACKED', 'Syria', 'negated']],
    mustNot: [['Turkey', 'ATTACKED', 'Iraq', 'negated']],
  },
  {
    text: 'Iran denied attacking the tanker near Oman.',
    mustNot: [['Iran', 'ATTACKED', 'Oman']],
    must: [],
  },
  {
    // a number or a part of a body of people acts for the people of its "of" phrase
    text: 'Hundreds of Palestinian protesters attacked Israeli soldiers in Hebron. Members of the Taliban attacked a police station in Kunduz.',
    must: [['Palestinian protesters', 'ATTACKED', 'Israel'], ['Taliban', 'ATTACKED', 'Kunduz']],
  },
  {
    // a possessive stands for an entity of its own sentence, never for one two sentences back past it
    text: 'Team leader Tim Taylor told the Washington Post it was amazing. The submarine Grayback met a Japanese bomber. The Grayback was short on torpedoes from its recent attack on Japanese cargo ships.',
    mustNot: [['Washington Post', 'ATTACKED', 'Japan']],
    must: [],
  },
  {
    text: 'Syrian rebels attacked Syrian government forces in Aleppo. Georgian demonstrators protested against Russia.',
    must: [['Syrian rebels', 'ATTACKED', 'Syria'], ['Syrian rebels', 'PART_OF', 'Syria'], ['Georgian demonstrators', 'PROTESTED', 'Russia']],
  },
  {
    // a protest's target is the target of its purpose clause, not the protesters themselves ("their disapproval")
    text: "Protesters in Tehran blocked a road to show their anger at the United States' sanctions policy.",
    must: [['Iranian protesters', 'PROTESTED', 'United States']],
  },
  {
    // "political reforms" is a noun phrase after "demand", not a verb that ends the clause
    text: "Thousands of Thai students staged rallies on Sunday to demand political reforms by Prime Minister Prayut Chan-o-cha's government.",
    must: [['Thai students', 'PROTESTED', 'Prayut Chan-o-cha']],
  },
  {
    // a hyphened participle modifies the noun after it: its subject is the word before the hyphen, and the verb
    // after the whole phrase has the phrase's head as subject ("police" before "officers" is a noun)
    text: 'Settlers of the Israeli-occupied Golan Heights attacked Syrian farmers, police officers said.',
    must: [['Israel', 'SEIZED', 'Golan Heights'], ['Settlers', 'ATTACKED', 'Syrian farmers']],
    mustNot: [['Golan Heights', 'ATTACKED', 'Syrian farmers']],
  },
  {
    // the actor named inside the act that did it is a passive verb's agent; after a verb of saying, a name set off
    // by an apposition is the subject of what was said; a speaker reporting their own country's act accuses no one
    text: 'US President Donald Trump said Hamza bin Laden, son of Osama bin Laden, has been killed in a US counter-terrorism operation.',
    must: [['United States', 'KILLED', 'Hamza bin Laden', 'reported']],
    mustNot: [['United States', 'KILLED', 'Donald Trump', 'reported'], ['Donald Trump', 'ACCUSED', 'United States']],
  },
  {
    // an organisation named with its kind acts ("al-Qaeda terror network"); an infinitive after a request a verb
    // of rejecting turns down is not an intention
    text: "Osama bin Laden's al-Qaeda terror network has threatened to attack the United States. The radical Palestinian Islamic Jihad movement rejected an invitation to attend talks with Israel.",
    must: [['al-Qaeda', 'THREATENED', 'United States'], ['Palestinian Islamic Jihad', 'ATTENDED', '@talks', 'negated']],
    mustNot: [['Palestinian Islamic Jihad', 'ATTENDED', '@talks', 'intended']],
  },
  {
    // whom something was told: the speaker SAID to them; not for a pronoun speaker
    text: '"It was incredible to work with him," Jonna Mendez told the Washington Post. "He was an artist," he told Wikinews.',
    must: [['Jonna Mendez', 'SAID', 'Washington Post']],
    mustNot: [['Jonna Mendez', 'SAID', 'Wikinews']],
  },
  {
    // a passive verb with a patient of its own shares the next one's agent, one with the same patient does not; a
    // part of an organisation is not the organisation; a headline verb is no field word of a title
    text: 'Evan Gershkovich was detained in Russia and was freed by the United States. An al-Qaeda splinter group attacked Nigeria. The European Union sanctions army general Min Aung Hlaing.',
    must: [],
    mustNot: [['United States', 'ARRESTED', 'Evan Gershkovich'], ['al-Qaeda', 'ATTACKED', 'Nigeria'], ['Min Aung Hlaing', 'REPRESENTS', 'European Union']],
  },
  {
    // a country before its currency names money, not an actor the act is done to
    text: 'The US State Department offered a one million US dollar reward for information on his location.',
    must: [],
    mustNot: [['US State Department', 'AGREED_WITH', 'United States']],
  },
  {
    // passive verbs joined by "and" share the agent the last one names
    text: 'French journalist Antoni Lallican is killed and photographer Hryhoriy Ivanchenko is injured by a Russian drone strike in Donetsk Oblast.',
    must: [['Russia', 'KILLED', 'Antoni Lallican'], ['Russia', 'ATTACKED', 'Hryhoriy Ivanchenko']],
  },
];

describe('the clause-reader issue, sentence by sentence', () => {
  for (const c of CASES) {
    it(c.text, () => {
      const x = extract(c.text, '2024-05-06');
      for (const [s, p, t, f] of c.must) expect(reads(x, s, p, t, f), `${s} -${p}${f ? `(${f})` : ''}-> ${t}\n${listing(x)}`).toBe(true);
      for (const [s, p, t, f] of c.mustNot ?? []) expect(reads(x, s, p, t, f), `not ${s} -${p}-> ${t}\n${listing(x)}`).toBe(false);
      for (const label of c.noEntity ?? []) expect(x.entities.find((e) => e.label === label), listing(x)).toBeUndefined();
    });
  }

  it('a word joined by an en dash is one hyphened word, not a verb with the phrase before it as subject', () => {
    const text = 'Saudi forces launched strikes against Iran\u2013backed militias in Iraq.';
    const [a] = clauseAnalysis({ id: 't', text, origin: { file: 't' } });
    const backed = a.clauses.find((c) => c.predicate.lemma === 'back');
    expect(backed?.subject && text.slice(backed.subject.start, backed.subject.end)).not.toBe('strikes');
    expect(extract(text, '2024-05-06').relations.some((r) => r.predicate === 'SUPPORTS' && r.target === 'country:IRQ')).toBe(false);
  });

  it('a title before its holder is no verb, and "said" the tagger read as an adjective after a name is one', () => {
    const text = 'Planning and Investment Minister Tran Xuan Gia said Vietnam is committed to opening up the economy.';
    const [a] = clauseAnalysis({ id: 't', text, origin: { file: 't' } });
    expect(a.clauses.map((c) => c.predicate.lemma)).not.toContain('plan');
    expect(reads(extract(text, '2024-05-06'), 'Tran Xuan Gia', 'SAID', 'Vietnam')).toBe(true);
  });

  it('a pronoun subject acts for the actor it stands for, with the rule that resolved it', () => {
    const x = extract('Russia massed troops on the border. On Tuesday it attacked Ukraine.', '2024-05-06');
    expect(reads(x, 'Russia', 'ATTACKED', 'Ukraine'), listing(x)).toBe(true);
  });

  it('says how each clause stands: negated, intended, demanded, reported', () => {
    const x = extract('Iraq claimed that Turkey had attacked Duhok. Trump had not met Shapiro. Germany will visit Chile. France urged Iran to free Britain.', '2024-05-06');
    const f = new Set(x.relations.map((r) => r.factuality ?? 'asserted'));
    for (const v of ['asserted', 'negated', 'intended', 'demanded', 'reported']) expect(f.has(v as Factuality), listing(x)).toBe(true);
    for (const r of x.relations.filter((r) => r.factuality)) expect(r.evidence[0].factualityRule, JSON.stringify(r)).toMatch(/^factuality\./);
  });
});

describe('what --explain shows', () => {
  const text = 'Vladimir Putin and Xi Jinping traded barbs on Monday. Iraq claimed that Turkey had attacked Duhok. Germany and Poland held talks.';
  const x = extract(text, '2024-05-06');

  it('the clause analysis of each sentence: kind, verb group, arguments with their entities, factuality and rule', () => {
    const out = explain(x, text, clauseAnalysis({ id: 'test', text, date: '2024-05-06', origin: { file: 'test' } }));
    expect(out).toContain('clause 1 complement of 0 by "that": "had attacked" (attack) subject "Turkey"=country:TUR; object "Duhok"=');
    expect(out).toContain('→ reported (factuality.embedded.claim)');
    expect(out).toMatch(/relation country:TUR -ATTACKED-> \S+ reported \(factuality\.embedded\.claim\) CAMEO 19\d* ASSAULT/);
  });

  it('a diagnostic, with its cause, for a sentence that names two actors and no event between them', () => {
    const notes = x.diagnostics.filter((d) => d.rule.startsWith('unread.'));
    expect(notes.map((d) => `${d.rule}: ${d.message}`), listing(x)).toEqual(['unread.vocabulary: "Vladimir Putin", "Xi Jinping", but no verb or noun of the event vocabulary']);
    expect(text.slice(notes[0].start, notes[0].end)).toMatch(/^Vladimir Putin and Xi Jinping traded barbs/);
  });
});

describe('the clause sentences (test/fixtures/clause-sentences.json)', () => {
  const data = JSON.parse(readFileSync(path.join(FIXTURES, 'clause-sentences.json'), 'utf8')) as { constructions: Record<string, string>; cases: Array<Case & { constructions: number[]; absent?: Array<[string, string, string]> }> };
  const known = (JSON.parse(readFileSync(path.join(FIXTURES, 'clause-sentences.known-misses.json'), 'utf8')) as { cases: Record<string, { missed?: string[]; readAsFact?: string[] }> }).cases;
  const results = data.cases.map((c, i) => checkCase(c, 'clause-sentences.json', i));
  const line = (r: ReadonlyArray<string | undefined>) => r.filter(Boolean).join(' | ');

  it('reads what it read before, and reads as plain fact nothing it did not (known misses only shrink)', () => {
    const problems: string[] = [];
    results.forEach((r, i) => {
      const k = known[i] ?? {};
      const missed = r.missed.map(line);
      const readAsFact = r.readAsFact.map(line);
      for (const m of missed) if (!k.missed?.includes(m)) problems.push(`case ${i}: no longer reads ${m} — ${data.cases[i].text}`);
      for (const m of k.missed ?? []) if (!missed.includes(m)) problems.push(`case ${i}: now reads ${m}: remove it from clause-sentences.known-misses.json`);
      for (const m of readAsFact) if (!k.readAsFact?.includes(m)) problems.push(`case ${i}: reads as plain fact ${m} — ${data.cases[i].text}`);
      for (const m of k.readAsFact ?? []) if (!readAsFact.includes(m)) problems.push(`case ${i}: no longer reads ${m} as fact: remove it from clause-sentences.known-misses.json`);
    });
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('reads at least 150 of their relations, and a relation of every construction and of every factuality but "reported"', () => {
    const found = new Map<string, number>();
    let total = 0;
    data.cases.forEach((c, i) => {
      for (const rel of c.relations) {
        if (rel[1] === 'SAID' || results[i].missed.includes(rel)) continue;
        total++;
        for (const k of c.constructions) found.set(`construction ${k}`, (found.get(`construction ${k}`) ?? 0) + 1);
        found.set(rel[3] ?? 'asserted', (found.get(rel[3] ?? 'asserted') ?? 0) + 1);
      }
    });
    expect(total).toBeGreaterThanOrEqual(150);
    for (const k of Object.keys(data.constructions)) expect(found.get(`construction ${k}`) ?? 0, data.constructions[k]).toBeGreaterThan(0);
    // the set labels "X says it did Y" reported; kg, as the issue defines it, reads what an actor says of its own act as asserted
    for (const f of ['asserted', 'negated', 'intended', 'demanded']) expect(found.get(f) ?? 0, f).toBeGreaterThan(0);
  });
});
