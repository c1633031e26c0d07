// Runtime: any. Characters that act instead of showing: C0 and C1 controls and DEL (a terminal
// runs `ESC [2J`, `ESC ]0;title`, OSC-8 links, `ESC c` from them), bidirectional controls that
// reorder a line (U+202E), and the line and paragraph separators. Text from an export reaches a
// terminal or a document with each of them written out visibly, or in the format's own escape.

// A tab only moves to the next column: it is left as it is everywhere.
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
const CONTROLS_BUT_LINE_FEEDS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
/** What JSON.stringify leaves as it is: DEL, C1, bidirectional controls and the separators. */
const CONTROLS_JSON_KEEPS = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

function hex(code: number, digits: number): string {
  return code.toString(16).padStart(digits, '0');
}

/**
 * `\x1b` for a control below U+0100, `\u202e` above: visible, and never acted on. Line feeds are
 * shown too unless the format lays text out in lines (a letter in HTML); a carriage return always
 * is, as it could overwrite what a terminal shows.
 */
export function showControls(text: string, keepLineFeeds = false): string {
  return text.replace(keepLineFeeds ? CONTROLS_BUT_LINE_FEEDS : CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
  });
}

/**
 * JSON text with every control escaped as `\uXXXX`: the same document to a parser, inert in a
 * terminal. Outside strings JSON is plain ASCII, so the whole text can be rewritten.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(CONTROLS_JSON_KEEPS, (c) => `\\u${hex(c.charCodeAt(0), 4)}`);
}
