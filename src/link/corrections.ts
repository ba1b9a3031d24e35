/**
 * link/corrections: the user's corrections of entity resolution, a small CSV file given to `kg build --resolve`:
 *
 *   action,entity,other
 *   same,person:assad@wikinews-2019csv-134,Bashar al-Assad
 *   different,Sadiq Khan,Usman Khan
 *   not-entity,Wikinews,
 *   rename,person:cde-mugabe,Robert Mugabe
 *
 * `entity` and `other` are node keys or labels (a label names every node that carries it, ignoring case).
 * `same` joins two entities, `different` keeps them apart whatever the rules say, `not-entity` drops a node and
 * its edges, `rename` gives a node a new label (`other`). Applied in that order, deterministically.
 */
import { parse } from 'csv-parse/sync';
import { KgError } from '../errors.js';

export interface Corrections {
  same: Array<[string, string]>;
  different: Array<[string, string]>;
  notEntity: string[];
  rename: Array<[string, string]>;
}

const ACTIONS = ['same', 'different', 'not-entity', 'rename'] as const;
const HINT = 'Write one correction per line after the header "action,entity,other": same | different | not-entity | rename, then a node key or label, then the other key or label (for rename: the new label).';

/** Reads a corrections file's text; `file` names it in errors. */
export function parseCorrections(text: string, file: string): Corrections {
  let rows: string[][];
  try {
    rows = parse(text, { relax_column_count: true, skip_empty_lines: true, trim: true, comment: '#' });
  } catch (e) {
    throw new KgError('E_INPUT_FORMAT', `${file}: not a CSV file (${(e as Error).message})`, HINT);
  }
  const out: Corrections = { same: [], different: [], notEntity: [], rename: [] };
  const [header, ...body] = rows;
  if (!header || header[0]?.toLowerCase() !== 'action') throw new KgError('E_INPUT_FORMAT', `${file}, line 1: the header must be "action,entity,other"`, HINT);
  body.forEach((row, i) => {
    const line = i + 2;
    const [action, entity, other] = [row[0]?.toLowerCase(), row[1] ?? '', row[2] ?? ''];
    if (!(ACTIONS as readonly string[]).includes(action)) throw new KgError('E_INPUT_FORMAT', `${file}, line ${line}: unknown action "${row[0]}" (known: ${ACTIONS.join(', ')})`, HINT);
    if (!entity) throw new KgError('E_INPUT_FORMAT', `${file}, line ${line}: no entity given`, HINT);
    if (action !== 'not-entity' && !other) throw new KgError('E_INPUT_FORMAT', `${file}, line ${line}: "${action}" needs a second column (${action === 'rename' ? 'the new label' : 'the other entity'})`, HINT);
    if (action === 'same') out.same.push([entity, other]);
    else if (action === 'different') out.different.push([entity, other]);
    else if (action === 'not-entity') out.notEntity.push(entity);
    else out.rename.push([entity, other]);
  });
  return out;
}
