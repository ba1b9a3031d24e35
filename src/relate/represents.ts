/** relate/represents: REPRESENTS — an official or member and the country or organisation they act for. */
import type { Category, Mention } from '../model.js';
import type { Add, MakeEvidence, RelationScope } from './scope.js';

/** Rule `represents.title-qualifier` (and its kin, named by the title rule): "Russian Foreign Minister Sergei Lavrov". */
export function representsFromTitles(scope: RelationScope) {
  const { parsed, mentions, add, evidence } = scope;
  for (const m of mentions) {
    if (m.category === 'Person' && m.represents && m.form === 'name') {
      add(m.entity, 'REPRESENTS', `country:${m.represents.iso3}`, evidence(parsed.sentences[m.sentence], m.represents.rule, m, m.represents));
    }
  }
}

const PERSON_GROUP_NOUNS = new Set(['officials', 'ministers', 'leaders', 'delegates', 'delegations', 'representatives', 'diplomats', 'envoys', 'diplomats', 'negotiators']);

/**
 * REPRESENTS read around a person's title.
 * - Rule `represents.appositive-of`: "Mario Argollo, general secretary of the Bolivian Workers' Center", "X, a
 *   member of Hamas": a person's appositive title of an organisation.
 * - Rule `represents.title-qualifier-entity`: an organisation or a place named right before a title — "Sudan
 *   Shield Forces leader Abu Aqla Kaikal", "Mexico City mayor Clara Brugada" — is what the titled person
 *   represents (countries there are read with the title itself: `represents.title-qualifier`).
 */
export function representsAroundTitles(ctx: RelationScope, add: Add, evidence: MakeEvidence) {
  const { parsed, mentions } = ctx;
  for (const title of mentions) {
    if (title.form !== 'title' || title.category !== 'Person') continue;
    const s = parsed.sentences[title.sentence];
    const toks = s.tokens;
    const named = (where: (m: Mention) => boolean) => mentions.find((m) => m.entity === title.entity && m.form === 'name' && m.sentence === title.sentence && where(m));
    const at = (where: (m: Mention) => boolean) => mentions.find((m) => m.sentence === title.sentence && where(m));

    const before = named((m) => m.tokens[1] <= title.tokens[0] && title.tokens[0] - m.tokens[1] <= 1);
    let k = title.tokens[1];
    if (before && /^,\s*$/.test(toks[before.tokens[1] - 1].post) && toks[k]?.norm === 'of' && !/[,;:()]/.test(toks[k - 1].post)) {
      k++;
      if (['the', 'a', 'an'].includes(toks[k]?.norm ?? '')) k++;
      const org = at((m) => m.tokens[0] === k && m.category === 'Organization');
      if (org) add(before.entity, 'REPRESENTS', org.entity, evidence(s, 'represents.appositive-of', before, org));
    }

    const after = named((m) => m.tokens[0] === title.tokens[1]);
    const first = title.tokens[0];
    if (after && first > 0 && !/[,;:()"]/.test(toks[first - 1].post) && !toks[first - 1].possessive) {
      const q = at((m) => m.tokens[1] === first && m.form === 'name' && QUALIFYING.has(m.category));
      if (q) add(after.entity, 'REPRESENTS', q.entity, evidence(s, 'represents.title-qualifier-entity', q, after));
    }
  }
}

/** What may qualify a title besides a country: "Sudan Shield Forces leader", "Mexico City mayor", "Darfur Governor". */
const QUALIFYING = new Set<Category>(['Organization', 'City', 'Location']);

/**
 * Rule `represents.aligned-list`: "officials from China, Russia, Pakistan and Iran" followed by a list of as many
 * people; where the people whose country is known sit at the same positions, the others take theirs.
 */
export function representsByAlignedLists(ctx: RelationScope, add: Add, evidence: MakeEvidence) {
  const { parsed, mentions, groups } = ctx;
  const text = parsed.doc.text;
  const known = new Map<string, string>();
  for (const m of mentions) if (m.represents) known.set(m.entity, `country:${m.represents.iso3}`);
  for (const countries of groups) {
    if (countries.members[0].category !== 'Country') continue;
    const before = text.slice(Math.max(0, countries.start - 40), countries.start).trim().toLowerCase().split(/\s+/);
    if (before[before.length - 1] !== 'from' || !PERSON_GROUP_NOUNS.has(before[before.length - 2])) continue;
    const people = groups.find((g) => g.members[0].category === 'Person' && g.members.length === countries.members.length && g.sentence >= countries.sentence && g.sentence <= countries.sentence + 2);
    if (!people) continue;
    const agreeing = people.members.filter((p, i) => known.get(p.entity) === countries.members[i].entity).length;
    const disagreeing = people.members.filter((p, i) => known.has(p.entity) && known.get(p.entity) !== countries.members[i].entity).length;
    if (disagreeing || agreeing * 2 < people.members.length) continue;
    people.members.forEach((p, i) => {
      if (known.has(p.entity)) return;
      const s = parsed.sentences[p.sentence];
      add(p.entity, 'REPRESENTS', countries.members[i].entity, evidence(s, 'represents.aligned-list', p, countries.members[i]));
    });
  }
}
