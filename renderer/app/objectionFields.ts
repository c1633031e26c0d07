// What the member writes for the objection letter: held by the app beside the policy settings,
// so the opt-out guide's letter panel and the report dialog use the same words, and they
// survive opening another export.

export interface ObjectionFields {
  /** Article 21(1) GDPR asks for grounds relating to the member's particular situation. */
  readonly grounds: string;
  /** The name the letter is signed with; empty leaves a blank to fill in. */
  readonly signature: string;
}

export const EMPTY_OBJECTION_FIELDS: ObjectionFields = { grounds: '', signature: '' };
