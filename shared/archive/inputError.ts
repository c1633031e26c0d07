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
