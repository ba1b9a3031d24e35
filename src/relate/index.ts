/** relate: the relations of one resolved document — one loop over the rules of relate/rules.ts, in order, then merged. */
import { analyzeClauses } from '../clauses/index.js';
import { lexicon, type Lexicon } from '../lexicon/index.js';
import type { Diagnostic, Entity, EventFrame, Group, Mention, ParsedDocument, Relation } from '../model.js';
import { mergeRelations } from './merge.js';
import { RELATION_RULES } from './rules.js';
import { relationScope } from './scope.js';

export interface Related {
  relations: Relation[];
  /** The document's entities, with those a rule named (a city's country). */
  entities: Entity[];
  diagnostics: Diagnostic[];
}

/** All relations of one document, one per (source, predicate, target). Pure: the entities given are not changed. */
export function findRelations(parsed: ParsedDocument, mentions: Mention[], groups: Group[], frames: Map<number, EventFrame>, entities: Entity[], lex: Lexicon = lexicon()): Related {
  const scope = relationScope(parsed, mentions, groups, frames, [...entities], lex, analyzeClauses(parsed, mentions, groups, lex));
  for (const rule of RELATION_RULES) rule.run(scope);
  return { relations: mergeRelations(scope.relations), entities: scope.entities, diagnostics: scope.diagnostics };
}
