/** kg errors: misuse and bad configuration throw KgError with a code and a hint. */

export type KgErrorCode =
  | 'E_INPUT_MISSING'
  | 'E_INPUT_UNREADABLE'
  | 'E_INPUT_FORMAT'
  | 'E_OPTION'
  | 'E_LEXICON'
  | 'E_OUTPUT'
  | 'E_NEO4J';

export class KgError extends Error {
  readonly code: KgErrorCode;
  readonly hint: string;
  constructor(code: KgErrorCode, message: string, hint: string) {
    super(`kg: ${message}`);
    this.name = 'KgError';
    this.code = code;
    this.hint = hint;
  }
}
