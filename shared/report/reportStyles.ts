// Runtime: any. The report's inline style sheet: readable on screen and on paper (sections start
// on a new page when printed). Colours from the Okabe–Ito palette, safe for colour blindness.

export const reportStyles = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --exposed: #D55E00; --possibly: #E69F00; --not: #0072B2; --possibly-ink: #8a5a00; --exposed-ink: #a63b00; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem; }
h1 { font-size: 1.8rem; margin: 0 0 .5rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
.headline { font-size: 1.25rem; font-weight: 600; }
ul.verdict { padding-left: 1.1rem; }
ul.verdict li { margin: .2rem 0; }
.cite { color: var(--muted); font-size: .85em; font-weight: 400; }
.cite a { color: inherit; }
ul.rules { padding-left: 1rem; margin: .25rem 0; font-size: .9rem; }
.phrase { font-size: .9rem; }
.unit { font-size: .9rem; font-weight: 400; }
dl.basis { display: block; }
dl.basis dt { color: var(--ink); font-weight: 600; margin-top: .5rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dt { color: var(--muted); }
dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0 1.25rem; font-size: .92rem; }
table.narrow { width: auto; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.nowrap { white-space: nowrap; }
table.entries { font-size: .85rem; table-layout: fixed; }
table.entries col.c-n { width: 2.6rem; }
table.entries col.c-file { width: 25%; }
table.entries col.c-from { width: 14%; }
table.entries col.c-records { width: 4.6rem; }
table.entries col.c-dates { width: 9rem; }
table.entries th[scope="row"], table.entries td { overflow-wrap: anywhere; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: .75rem; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; break-inside: avoid; }
.card h3 { margin: 0; }
.card p { margin: .25rem 0; }
.big { font-size: 1.6rem; font-weight: 700; }
.status { font-weight: 600; }
.status-used { color: var(--exposed-ink); }
.status-unclear, .status-mixed { color: #8a5a00; }
.status-not-used { color: var(--not); }
.muted { color: var(--muted); }
figure { margin: 1rem 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: .9rem; }
.legend { list-style: none; display: flex; gap: 1.25rem; padding: 0; margin: 0 0 .5rem; font-size: .9rem; }
.key { display: inline-block; width: 14px; height: 14px; margin-right: .4rem; vertical-align: -2px; border: 1px solid var(--muted); }
.key-exposed { background: var(--exposed); }
.key-possibly { background: repeating-linear-gradient(45deg, var(--possibly) 0 3px, #fff 3px 6px); }
.key-not { background: radial-gradient(circle, #56B4E9 30%, rgba(86, 180, 233, .35) 35%) 0 0 / 6px 6px; }
pre.letter { white-space: pre-wrap; font: inherit; border: 1px solid var(--line); border-radius: 8px; padding: 1rem; }
bdi { unicode-bidi: isolate; }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  main > section { break-before: page; }
  main > section:first-child { break-before: auto; }
  .cards { grid-template-columns: repeat(2, 1fr); }
  figure, .card, tr { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
`;
