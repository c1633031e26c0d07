// Bench support (Node): the large invented exports, streamed into a zip so no file is ever whole in
// memory. Two plans share the writers: the heavy user (many large files, uniform vocabulary) and
// the dominant inbox (one messages.csv of ~71 % of the bytes, natural word frequencies, HTML
// InMails), the shape the issue measured. Seeded, so every run measures the same bytes.

import { SeededRandom } from '../../shared/sample/random';
import { inMailHtml } from '../../shared/sample/writing';
import { StreamingZipWriter } from './zipWriter';

export interface RecordCounts {
  readonly messages: number;
  readonly reactions: number;
  readonly logins: number;
  readonly posts: number;
  readonly comments: number;
  readonly connections: number;
}

export interface InventedExportPlan {
  readonly counts: RecordCounts;
  /** Words per message, smallest and largest. */
  readonly messageWords: readonly [number, number];
  /** Share of messages that are recruiter InMails in LinkedIn's editor HTML. */
  readonly htmlShare: number;
  /** Words drawn by Zipf's law, as in real text (which compresses better than uniform words). */
  readonly zipfWords: boolean;
}

/** 300,000 messages (fully quoted, 30-90 words), 200,000 reactions, 100,000 logins, 20,000
 * multi-line posts, 50,000 comments, 30,000 connections with the preamble: 232 MB. */
export const HEAVY_PLAN: InventedExportPlan = {
  counts: { messages: 300_000, reactions: 200_000, logins: 100_000, posts: 20_000, comments: 50_000, connections: 30_000 },
  messageWords: [30, 90],
  htmlShare: 0,
  zipfWords: false,
};

/** 410,000 messages (188 MB, 72 % of the bytes; 15 % HTML InMails, words by frequency), the rest as the heavy user's ×1.3: 262 MB. */
export const DOMINANT_MESSAGES_PLAN: InventedExportPlan = {
  counts: { messages: 410_000, reactions: 260_000, logins: 130_000, posts: 26_000, comments: 65_000, connections: 39_000 },
  messageWords: [20, 70],
  htmlShare: 0.15,
  zipfWords: true,
};

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'te', 'vo', 'zi', 'qu', 'ar', 'en', 'il', 'or', 'un', 'bel', 'dor', 'fen', 'gar', 'hol'];
const BATCH_ROWS = 2_000;

function vocabulary(random: SeededRandom, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    let word = '';
    for (let i = random.pick([1, 1, 2, 2, 3]); i > 0; i--) word += random.pick(SYLLABLES);
    words.add(word);
  }
  return [...words];
}

/** Picks the i-th word with probability ∝ 1/(i+1): one draw per word, as the uniform pick. */
function zipfPicker(words: readonly string[]): (draw: number) => string {
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < words.length; i++) cumulative.push((total += 1 / (i + 1)));
  return (draw) => {
    const target = draw * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return words[low]!;
  };
}

function csvQuote(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function isoAt(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function javaDate(ms: number): string {
  const d = new Date(ms);
  return `${WEEKDAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

function dayMonthYear(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

const START = Date.UTC(2015, 0, 1);
const END = Date.UTC(2026, 8, 1);

function* rows(count: number, header: string, row: (i: number) => string, preamble = ''): Generator<string> {
  yield preamble + header;
  let batch: string[] = [];
  for (let i = 0; i < count; i++) {
    batch.push(row(i));
    if (batch.length === BATCH_ROWS) {
      yield batch.join('');
      batch = [];
    }
  }
  if (batch.length > 0) yield batch.join('');
}

export async function writeInventedExport(path: string, plan: InventedExportPlan, seed = 20_260_905): Promise<void> {
  const random = new SeededRandom(seed);
  const words = vocabulary(random, 800);
  const zipf = plan.zipfWords ? zipfPicker(words) : null;
  const names = Array.from({ length: 2_000 }, () => `${random.pick(words)} ${random.pick(words)}`.replace(/\b\w/g, (c) => c.toUpperCase()));
  const member = 'Orla Quillfenbridge';
  const sentence = (min: number, max: number) => {
    const n = random.int(min, max);
    let text = '';
    for (let i = 0; i < n; i++) {
      const draw = random.next();
      text += (i === 0 ? '' : ' ') + (zipf ? zipf(draw) : words[Math.floor(draw * words.length)]);
    }
    return `${text}.`;
  };
  const when = () => START + Math.floor(random.next() * (END - START));
  const { counts } = plan;
  const zip = new StreamingZipWriter(path);

  await zip.addEntry('Profile.csv', ['First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n', `Orla,Quillfenbridge,,,Mar 9,Analyst,${csvQuote(sentence(20, 40))},Research,,Nowhere,,,\n`]);
  // Messages come grouped by conversation, as in real exports: 2 to 28 messages each, between
  // the member and one other person, newest conversation first.
  let conversationLeft = 0;
  let conversation = 0;
  let other = '';
  let folder = '';
  const [minWords, maxWords] = plan.messageWords;
  await zip.addEntry('messages.csv', rows(
    counts.messages,
    '"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO","RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS","IS MESSAGE DRAFT","IS CONVERSATION DRAFT"\n',
    () => {
      if (conversationLeft === 0) {
        conversationLeft = random.int(2, 28);
        conversation++;
        other = names[conversation % names.length]!;
        folder = random.pick(['INBOX', 'ARCHIVE', 'INBOX', '']);
      }
      conversationLeft--;
      const mine = random.chance(0.45);
      const from = mine ? member : other;
      const to = mine ? other : member;
      const date = `${isoAt(when())} UTC`;
      const html = plan.htmlShare > 0 && random.chance(plan.htmlShare);
      const content = html ? inMailHtml(random, `${other.split(' ')[1]} Labs`, from) : sentence(minWords, maxWords);
      return `${[`2-${conversation.toString(36)}conv`, '', from, `https://www.linkedin.com/in/p${conversation % 5000}`, to, `https://www.linkedin.com/in/q${conversation % 4000}`, date, '', content, folder, '', 'false', 'false'].map(csvQuote).join(',')}\n`;
    },
  ));
  await zip.addEntry('Reactions.csv', rows(counts.reactions, 'Date,Type,Link\n', (i) =>
    `${isoAt(when())},${random.pick(['LIKE', 'LIKE', 'PRAISE', 'EMPATHY', 'INTEREST', 'APPRECIATION', 'ENTERTAINMENT'])},https://www.linkedin.com/feed/update/urn:li:activity:${7_000_000_000_000_000_000 + i}\n`));
  await zip.addEntry('Logins.csv', rows(counts.logins, 'Login Date,IP Address,User Agent,Login Type\n', (i) =>
    `${javaDate(when())},203.0.113.${i % 250},"Mozilla/5.0 (${random.pick(['Windows NT 10.0; Win64; x64', 'Macintosh; Intel Mac OS X 14_5', 'iPhone; CPU iPhone OS 17_5 like Mac OS X'])}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",${random.pick(['WEB', 'MOBILE'])}\n`));
  await zip.addEntry('Shares.csv', rows(counts.posts, 'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n', (i) => {
    const commentary = `"${sentence(8, 30)}"\n""\n"${sentence(8, 30)}"`;
    return `${isoAt(when())},https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A${6_000_000_000 + i},${csvQuote(commentary)},,,MEMBER_NETWORK\n`;
  }));
  await zip.addEntry('Comments.csv', rows(counts.comments, 'Date,Link,Message\n', (i) =>
    `${isoAt(when())},https://www.linkedin.com/feed/update/urn:li:activity:${6_500_000_000 + i},${csvQuote(sentence(5, 40))}\n`));
  await zip.addEntry('Connections.csv', rows(
    counts.connections,
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n',
    (i) => {
      const [first, last] = names[i % names.length]!.split(' ');
      return `${first},${last},https://www.linkedin.com/in/c${i},,${random.pick(words)} Labs,${random.pick(words)} lead,${dayMonthYear(when())}\n`;
    },
    'Notes:\n"Some e-mail addresses may be missing: members choose whether connections can export them."\n\n',
  ));
  await zip.close();
}
