// Runtime: any. Invented text a member and the people around them write: posts, comments,
// messages, recommendations. Readable, varied, and with the accents, CJK, emoji and odd spaces
// real exports hold.

import type { SeededRandom } from './random';
import { EMOJI, JOB_TITLES, PLACES, TOPICS, WORLD_PHRASES } from './vocabulary';

/** What a template's `{slot}`s can be filled with. */
export interface Slots {
  readonly company: string;
  readonly first: string;
}

function fill(rng: SeededRandom, template: string, slots: Slots): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    switch (name) {
      case 'topic':
        return rng.pick(TOPICS);
      case 'company':
        return slots.company;
      case 'first':
        return slots.first;
      case 'title':
        return rng.pick(JOB_TITLES);
      case 'place':
        return rng.pick(PLACES);
      case 'emoji':
        return rng.pick(EMOJI);
      case 'phrase':
        return rng.pick(WORLD_PHRASES);
      case 'n':
        return String(rng.int(2, 12));
      case 'm':
        return String(rng.int(13, 95));
      default:
        throw new Error(`unknown slot ${name}`);
    }
  });
}

const SINGLE_LINE_POSTS = [
  'Shipped the new {topic} dashboard at {company} this week. Proud of this team {emoji}',
  'Hot take: {topic} matters more than tooling. Change my mind.',
  'We are hiring a {title} in {place}. Message me if {topic} is your thing.',
  'Spent the morning on {topic} with the {company} crew. {phrase}',
  '{n} years at {company} today. Still learning something new about {topic} every week {emoji}',
  'Small win: our {topic} review went from {n} hours to {m} minutes.',
  'Reading list for anyone working on {topic}: start with the basics, then measure everything.',
  'Spoke about {topic} at the {place} meetup tonight. {m} people stayed for questions {emoji}',
];

const MULTI_LINE_POSTS = [
  ['Three things I learned about {topic}:', '', '1. Start small.', '2. Write it down.', '3. Ask the people doing the work.', '', '{phrase}'],
  ['Big news!', 'I am starting a new role as {title} at {company} {emoji}', '', 'Thank you to everyone who helped along the way.'],
  ['Notes from {n} weeks of {topic}:', '- fewer meetings', '- clearer owners', '- {m} fewer late-night pages'],
];

/** A post, as lines (one line for most posts). Multi-line posts never contain `"`. */
export function postLines(rng: SeededRandom, slots: Slots): string[] {
  if (rng.chance(0.25)) return rng.pick(MULTI_LINE_POSTS).map((line) => fill(rng, line, slots));
  return [fill(rng, rng.pick(SINGLE_LINE_POSTS), slots)];
}

const PLAIN_COMMENTS = [
  'Congrats, {first}! {emoji}',
  'Great point about {topic}.',
  'Thanks for sharing this, {first}. We saw the same with {topic} at {company}.',
  'This matches what we found in {place} last year.',
  '{phrase}',
  'Saving this for our next {topic} retro {emoji}',
];

/**
 * Quoted words sit mid-sentence, never before a comma or a line end: Comments files may escape
 * quotes as `\"`, and a reader tolerant of both styles relies on that.
 */
const QUOTING_COMMENTS = [
  'Love the "small batches" framing here, {first}.',
  'Agreed. The "write it down" part is underrated in most teams.',
  'We call it "boring on purpose" at {company} and it works.',
];

export interface CommentText {
  readonly text: string;
  readonly hasQuotes: boolean;
}

/**
 * Later lines of a multi-line comment. None starts with a date (one starts with a digit), one
 * holds a comma, and a blank line separates paragraphs, as members write them.
 */
const COMMENT_CONTINUATIONS = [
  ['More on this soon {emoji}'],
  ['', 'Also, well done to the whole team'],
  ['{n} more thoughts in the thread below'],
  ['See you at the {place} meetup'],
];

export function commentContinuation(rng: SeededRandom, slots: Slots): string[] {
  return rng.pick(COMMENT_CONTINUATIONS).map((line) => fill(rng, line, slots));
}

export function commentText(rng: SeededRandom, slots: Slots): CommentText {
  if (rng.chance(0.2)) return { text: fill(rng, rng.pick(QUOTING_COMMENTS), slots), hasQuotes: true };
  return { text: fill(rng, rng.pick(PLAIN_COMMENTS), slots), hasQuotes: false };
}

const MESSAGE_LINES = [
  'Hi {first}, thanks for connecting! I enjoyed your post on {topic}.',
  'Are you free for a quick call on Thursday? Happy to work around your schedule.',
  'Sounds good, talk then.',
  'Thanks! Sending the deck over now.',
  'Would you be open to chatting about the {title} role at {company}?',
  'See you at 10\u00a0am at the {place} office.',
  'Works for me, 3:30\u202fPM it is.',
  'Quick question about {topic}: did you end up changing vendors?',
  '{phrase}',
  'Congrats on the new role {emoji}',
  'I can intro you to someone at {company} who worked on {topic}.',
  'Let me check my calendar and get back to you.',
];

export function messageText(rng: SeededRandom, slots: Slots): string {
  const first = fill(rng, rng.pick(MESSAGE_LINES), slots);
  return rng.chance(0.15) ? `${first}\n\n${fill(rng, rng.pick(MESSAGE_LINES), slots)}` : first;
}

/** A sponsored or recruiter InMail in LinkedIn's editor HTML, its merge field left unfilled. */
export function inMailHtml(rng: SeededRandom, company: string, sender: string): string {
  const p = (text: string): string => `<p class="spinmail-quill-editor__spin-break">${text}</p>`;
  return [
    p('Hi %FIRSTNAME%,'),
    p(fill(rng, 'I came across your profile and think you would be a great fit for a {title} role at {company}.', { company, first: '' })),
    p('Would you have 15\u00a0minutes this week?'),
    p(`Best, ${sender}`),
  ].join('');
}

export function inMailText(rng: SeededRandom, firstName: string, sender: { company: string; full: string }): string {
  const body = fill(rng, 'I came across your profile and think you would be a great fit for a {title} role at {company}.', { company: sender.company, first: '' });
  return `Hi ${firstName},\n\n${body}\n\nBest, ${sender.full}`;
}

export function recommendationText(rng: SeededRandom, subject: string, company: string): string {
  return fill(
    rng,
    `${subject} is the colleague you want next to you when {topic} gets hard. At {company} they led our work on {topic} and made everyone around them better.`,
    { company, first: subject },
  );
}

export function articleParagraphs(rng: SeededRandom, topic: string, slots: Slots): string[] {
  return [
    `Most teams I talk to treat ${topic} as an afterthought. At ${slots.company} we tried the opposite for a year.`,
    fill(rng, 'The first {n} months were slow. Then the numbers moved: {m} percent fewer escalations and calmer weeks. {emoji}', slots),
    fill(rng, 'If you try this, start with one team in {place} and write down what changes. {phrase}', slots),
  ];
}

export function articleTitle(rng: SeededRandom): { title: string; topic: string } {
  const topic = rng.pick(TOPICS);
  const shapes = [`What a year of ${topic} taught us`, `A field guide to ${topic}`, `Why ${topic} deserves a budget`];
  return { title: rng.pick(shapes), topic };
}

export function reviewText(rng: SeededRandom, slots: Slots): string {
  return fill(rng, 'Clear scoping, quick turnaround on the {topic} audit, and a friendly handover {emoji}', slots);
}

export function profileSummary(rng: SeededRandom, title: string, company: string): string {
  return [
    `${title} at ${company}. I turn messy operational data into decisions people trust.`,
    '',
    fill(rng, 'Before that: {n} years across {topic} and {topic}, mostly in {place}.', { company, first: '' }),
    `Outside work: trail running, sourdough, and a slowly growing collection of maps ${rng.pick(EMOJI)}`,
  ].join('\n');
}
