// Runtime: any. Why an input could not be read at all, in one sentence a member can act on.

export type InputErrorCode =
  | 'not-zip'
  | 'empty'
  | 'damaged'
  | 'encrypted'
  | 'nested-zip'
  | 'not-linkedin'
  | 'not-a-file'
  | 'unreadable';

/**
 * `message` starts with the input's name and names it nowhere else, and quotes nothing else the
 * member chose: a report at "counts" puts a label in the name's place (shared/report/shownNames.ts).
 */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
