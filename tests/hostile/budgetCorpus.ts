// Hostile corpus: files built to exhaust the reader's work budgets (ReadLimits) rather than the
// archive's: a header of millions of columns, a header of huge cells, millions of rows, and a new
// conversation, sender, folder or address on every row. Each replaces or adds one file of an
// intact generated export, so a test can check that every other file is read exactly.

import { generateExport, type GeneratedExport } from '../../shared/sample';

export interface BudgetCase {
  readonly exp: GeneratedExport;
  /** The path of the hostile file. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

const encoder = new TextEncoder();

function withFile(path: string, text: string): BudgetCase {
  return { exp: generateExport({ era: 2026, seed: 3 }), path, bytes: encoder.encode(text) };
}

/** Skills.csv with its `Name` column followed by millions of others (7.5 million: 1.4 GB before the limit). */
export function manyColumnsCase(columns = 7_500_000): BudgetCase {
  return withFile('Skills.csv', `Name,${'c,'.repeat(columns - 2)}z\nPython\nSQL\nLeadership\n`);
}

/** Skills.csv whose header cells are 20 KB each: the header is megabytes, not a few dozen characters. */
export function longHeaderCase(): BudgetCase {
  const cell = 'h'.repeat(20_000);
  return withFile('Skills.csv', `Name,${Array.from({ length: 100 }, (_, i) => `${cell}${i}`).join(',')}\nPython\nSQL\n`);
}

/** Skills.csv with more rows than the limit. */
export function manyRowsCase(rows: number): BudgetCase {
  return withFile('Skills.csv', `Name\n${'x\n'.repeat(rows)}`);
}

/** messages.csv with a new conversation, sender and folder on every row. */
export function distinctMessagesCase(rows: number): BudgetCase {
  const lines = ['CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER'];
  for (let i = 0; i < rows; i++) lines.push(`conversation-${i},,Invented Sender ${i},,Invented Recipient,2026-08-23 06:15:47 UTC,,hello,FOLDER-${i}`);
  return withFile('messages.csv', `${lines.join('\n')}\n`);
}

/** Logins.csv with a new address and device on every row. */
export function distinctLoginsCase(rows: number): BudgetCase {
  const lines = ['Login Date,IP Address,User Agent,Login Type'];
  for (let i = 0; i < rows; i++) lines.push(`Mon Mar 04 12:34:56 UTC 2024,10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255},Invented Agent ${i},WEB`);
  return withFile('Logins.csv', `${lines.join('\n')}\n`);
}
