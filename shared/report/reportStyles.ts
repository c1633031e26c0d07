// Runtime: any. The report's inline style sheet: readable on screen and on paper. Printed, page 1
// is the summary alone (sized to fit A4 and Letter); the sections after it flow on from one
// another, so no page is left half empty, and no chart, category or table row is split. Colours from the Okabe–Ito palette, safe for
// colour blindness; the charts carry their own colours and legends.

export const reportStyles = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --not: #0072B2; --possibly-ink: #8a5a00; --exposed-ink: #a63b00; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem; }
h1 { font-size: 1.8rem; margin: 0 0 .5rem; line-height: 1.2; }
h2 { font-size: 1.35rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
.headline { font-size: 1.25rem; font-weight: 600; margin: .5rem 0; }
ul.verdict { padding-left: 1.1rem; margin: .25rem 0 .75rem; }
ul.verdict li { margin: .15rem 0; }
.about { color: var(--muted); font-size: .9rem; margin: 0 0 .5rem; }
.cite { color: var(--muted); font-size: .85em; font-weight: 400; }
.cite a { color: inherit; }
ul.rules { padding-left: 1rem; margin: .25rem 0; font-size: .9rem; }
.phrase { font-size: .9rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dt { color: var(--muted); }
dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0 1.25rem; font-size: .92rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tfoot th, tfoot td { font-weight: 600; border-top: 2px solid var(--line); }
.nowrap { white-space: nowrap; }
table.summary-figures th:nth-child(n+3), table.summary-figures td.n { text-align: right; }
table.per-year, table.weekday-hour { font-size: .8rem; }
table.per-year th, table.per-year td, table.weekday-hour th, table.weekday-hour td { padding: .2rem .25rem; text-align: right; }
table.weekday-hour th[scope="row"], table.per-year th[scope="row"] { text-align: left; }
table.entries { font-size: .82rem; table-layout: fixed; }
table.entries col.c-n { width: 5%; }
table.entries td:first-child { white-space: nowrap; padding-right: .9rem; }
table.entries col.c-file { width: 25%; }
table.entries col.c-from { width: 10%; }
table.entries col.c-category { width: 12%; }
table.entries col.c-training { width: 10%; }
table.entries col.c-records { width: 8%; }
table.entries col.c-dates { width: 11%; }
table.entries th[scope="row"], table.entries td { overflow-wrap: anywhere; padding: .25rem .4rem; }
.category { border-top: 1px solid var(--line); padding: .5rem 0 .25rem; break-inside: avoid; }
.category h3 { margin: 0 0 .25rem; }
.category p { margin: .25rem 0; }
h3.group { font-size: 1.15rem; margin-top: 1.5rem; }
.status { font-size: .85rem; font-weight: 600; margin-left: .5rem; }
.status-used { color: var(--exposed-ink); }
.status-unclear, .status-mixed { color: var(--possibly-ink); }
.status-not-used { color: var(--not); }
.muted { color: var(--muted); }
figure { margin: .75rem 0; }
figure svg { max-width: 100%; height: auto; }
figure .recharts-wrapper { max-width: 100%; height: auto !important; width: auto !important; }
figcaption { color: var(--muted); font-size: .85rem; }
.chart-legend { list-style: none; display: flex; flex-wrap: wrap; gap: .2rem 1.1rem; padding: 0; margin: 0 0 .4rem; font-size: .85rem; }
.chart-legend li { display: inline-flex; align-items: center; gap: .4em; }
.swatch { flex: none; vertical-align: middle; }
.swatch-box { display: inline-block; width: 12px; height: 12px; border-radius: 2px; }
.swatch-line { display: inline-block; width: 18px; border-top: 2px dotted; }
.swatch-line-opt-out { border-top-style: dashed; }
ul.next-steps { padding-left: 1.1rem; margin: .25rem 0; }
ul.next-steps li { margin: .3rem 0; }
a.address { overflow-wrap: anywhere; }
pre.letter { white-space: pre-wrap; font: inherit; border: 1px solid var(--line); border-radius: 8px; padding: 1rem; }
bdi { unicode-bidi: isolate; }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
/* The command line's margins, so that Electron's printToPDF (whose defaults are narrower) lays out the pages the tests read. */
@page { margin: 18mm 16mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; line-height: 1.4; }
  section.summary { font-size: 9pt; line-height: 1.28; break-after: page; }
  section.summary h1 { font-size: 16pt; margin-bottom: .15rem; }
  section.summary .about { font-size: 8pt; }
  section.summary .headline { font-size: 12pt; margin: .25rem 0; }
  section.summary h2 { font-size: 11.5pt; margin: .5rem 0 .25rem; }
  section.summary table { margin: .25rem 0 .4rem; font-size: 8.5pt; }
  section.summary caption { padding: 0 0 .1rem; }
  section.summary th, section.summary td { padding: .12rem .4rem; }
  section.summary figure { margin: .25rem 0; }
  section.summary .chart-legend { margin-bottom: .1rem; font-size: 8pt; }
  section.summary figcaption { font-size: 8pt; }
  section.summary ul.verdict { margin: .15rem 0 .4rem; }
  section.summary ul.verdict li, section.summary ul.next-steps li { margin: .05rem 0; }
  figure, .category, tr, table.per-year, table.weekday-hour { break-inside: avoid; }
  h2 { margin-top: 1.5rem; }
  h2, h3 { break-after: avoid; }
}
`;
