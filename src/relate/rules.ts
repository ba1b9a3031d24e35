/**
 * relate/rules: the relation rules, in the order they run over a resolved document. Each reads the scope (mentions,
 * lists, event frames) and writes relations into it; the rule ids on their evidence start with the entry's id (verb
 * and noun patterns take theirs from lexicon/data/relations.json). Adding a rule is adding an entry here.
 */
import { nominalRelations } from './nominal.js';
import { frameRelations, gazetteerLocations, locatedIn } from './places.js';
import { representsAroundTitles, representsByAlignedLists, representsFromTitles } from './represents.js';
import type { Rule } from '../model.js';
import type { RelationScope } from './scope.js';
import { verbRelations, type VerbScope } from './verbs.js';

/** A relation rule writes into the scope (the pattern rules also write their patterns' ids, from the lexicon). */
export type RelationRule = Rule<RelationScope, void>;

export const RELATION_RULES: readonly RelationRule[] = [
  { id: 'represents.title', about: 'a title\'s qualifier: "Russian Foreign Minister Sergei Lavrov", "President of Russia Vladimir Putin"', emits: ['represents.title-qualifier', 'represents.title-of-country', 'represents.appositive-title'], run: representsFromTitles },
  { id: 'represents.aligned-list', about: '"officials from China, Russia, …" followed by as many people: each represents the country at their place', run: (scope) => representsByAlignedLists(scope, scope.add, scope.evidence) },
  { id: 'represents.around-title', about: '"X, general secretary of <organisation>"; "Mexico City mayor Clara Brugada"', emits: ['represents.appositive-of', 'represents.title-qualifier-entity'], run: (scope) => representsAroundTitles(scope, scope.add, scope.evidence) },
  { id: 'frames', about: 'HELD_IN and ABOUT: an event\'s place and topic, read around its noun', emits: ['held-in.place-phrase', 'about.topic-phrase'], run: frameRelations },
  { id: 'located-in', about: '"the Tajik capital of Dushanbe", "Mosul, Iraq"', run: (scope) => scope.parsed.sentences.forEach((s) => locatedIn(s, scope.mentions, scope.text, scope.add, scope.evidence)) },
  {
    id: 'verbs',
    about: 'the verb patterns of relations.json with their subject and object, reported speech, attendance at an event',
    emits: ['attended.at-event', 'urge.reported-speech', 'said.reported-speech', 'coordinated-verb', 'proposal-item', 'capital-metonymy'],
    run: (scope) => {
      const v: VerbScope = { ...scope }; // the proposer of a list of points carries over from sentence to sentence
      for (const s of scope.parsed.sentences) verbRelations(s, v);
    },
  },
  { id: 'nominal', about: 'events named by a noun: "a Russian drone attack on Kyiv", "talks between Iran and the United States"', run: (scope) => scope.relations.push(...nominalRelations(scope.parsed, scope.mentions, scope.lex)) },
  { id: 'gazetteer.city-country', about: 'a place whose country is known lies in it', emits: ['located-in.apposition', 'located-in.admin-region'], run: gazetteerLocations },
];
