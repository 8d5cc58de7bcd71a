/** The report's inline stylesheet: light and dark colour schemes, narrow windows, print. */

export const STYLE = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --head: #f6f8fa; --link: #0b5cad;
  --h1: #e4eef9; --h2: #bcd6f1; --h3: #84b3e2; --h4: #3d7cbf; --h5: #1d4c87; --hfg-dark: #ffffff;
  --lim-bg: #fff1e5; --lim-fg: #8f3b00; --lim-line: #f0a060;
  --ok-bg: #dcf2e3; --ok-fg: #145c2e; --warn-bg: #fde7cf; --warn-fg: #7a3a00;
  --thin-bg: #fdf5c9; --thin-fg: #5c4b00; --one-bg: #e8e1f5; --one-fg: #4b2f83; --none-bg: #eceff2; --none-fg: #3d444d;
  --quote: #f6f8fa;
}
@media screen and (prefers-color-scheme: dark) {
  :root {
    --bg: #111418; --fg: #e6e8eb; --muted: #9aa4ae; --line: #3a424b; --head: #1a1f25; --link: #8cc2ff;
    --h1: #1b2b3d; --h2: #1f4266; --h3: #2b6096; --h4: #5b93d1; --h5: #9cc6f2; --hfg-dark: #0b1520;
    --lim-bg: #3b220f; --lim-fg: #ffbb85; --lim-line: #a55a1c;
    --ok-bg: #113d22; --ok-fg: #9fe0b4; --warn-bg: #44280c; --warn-fg: #ffc58f;
    --thin-bg: #3b3408; --thin-fg: #efdf86; --one-bg: #2c2245; --one-fg: #cdb8f5; --none-bg: #2a3037; --none-fg: #c3cad2;
    --quote: #171c22;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 78rem; padding: 1rem 1.25rem 3rem; background: var(--bg); color: var(--fg);
  font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; }
a { color: var(--link); }
a:focus-visible, button:focus-visible, select:focus-visible, input:focus-visible, .scroll:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
h1 { font-size: 1.6rem; margin: 0.5rem 0 0.25rem; }
h2 { font-size: 1.3rem; margin: 2.25rem 0 0.5rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--line); }
h3, h4, h5, h6 { margin: 1.5rem 0 0.25rem; }
h3 { font-size: 1.15rem; } h4, h5, h6 { font-size: 1.02rem; }
.sub { color: var(--muted); margin: 0; }
.skip { position: absolute; left: -999px; top: 0; background: var(--bg); padding: 0.5rem; }
.skip:focus { left: 0.5rem; z-index: 10; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; padding: 0; margin: 0.75rem 0 0; list-style: none; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
.scroll { overflow-x: auto; max-width: 100%; margin: 0.5rem 0; position: relative; }
table { border-collapse: collapse; font-size: 0.9rem; }
p.cap { color: var(--muted); margin: 0.25rem 0; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.45rem; vertical-align: top; }
thead th, thead td { background: var(--head); }
th { text-align: left; font-weight: 600; }
tbody th { font-weight: 500; }
tr.parent > th { font-weight: 700; }
tr.d1 > th { padding-left: 1.2rem; } tr.d2 > th { padding-left: 2rem; } tr.d3 > th { padding-left: 2.8rem; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.list { color: var(--muted); }
table.heat td, table.cooc td { text-align: center; min-width: 2.6rem; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.heat tbody th, table.cooc tbody th { position: sticky; left: 0; background: var(--bg); z-index: 1; min-width: 10rem; }
table.heat th.src { font-weight: 500; font-size: 0.8rem; max-width: 8rem; vertical-align: bottom; }
table.heat th.grp { text-align: center; }
table.heat .gs { border-left: 3px solid var(--fg); }
table.heat td a.n { color: inherit; text-decoration: none; font-weight: 600; display: inline-block; min-width: 1.5rem; }
table.heat td a.n:hover { text-decoration: underline; }
table.heat td span.n { color: var(--muted); }
.h0 { background: transparent; }
.h1 { background: var(--h1); } .h2 { background: var(--h2); } .h3 { background: var(--h3); }
.h4 { background: var(--h4); color: var(--hfg-dark); } .h5 { background: var(--h5); color: var(--hfg-dark); }
td.diag { background: var(--head); font-style: italic; color: var(--muted); }
.lim { display: inline-block; margin-left: 0.2rem; padding: 0 0.3rem; border-radius: 0.6rem; font-size: 0.75rem; font-weight: 600;
  background: var(--lim-bg); color: var(--lim-fg); border: 1px solid var(--lim-line); }
.legend { color: var(--muted); font-size: 0.9rem; margin: 0.25rem 0; }
.scale { display: flex; flex-wrap: wrap; gap: 0.75rem; list-style: none; padding: 0; margin: 0.25rem 0; font-size: 0.85rem; }
.scale .sw { display: inline-block; width: 1.1rem; height: 1.1rem; border: 1px solid var(--line); vertical-align: -0.2rem; margin-right: 0.3rem; }
.badge { display: inline-block; padding: 0.05rem 0.5rem; border-radius: 1rem; font-size: 0.8rem; font-weight: 600; white-space: nowrap; vertical-align: 0.1rem; }
.st-converged { background: var(--ok-bg); color: var(--ok-fg); }
.st-converged-limit { background: var(--lim-bg); color: var(--lim-fg); border: 1px solid var(--lim-line); }
.st-contested { background: var(--warn-bg); color: var(--warn-fg); }
.st-thin { background: var(--thin-bg); color: var(--thin-fg); }
.st-single-source { background: var(--one-bg); color: var(--one-fg); }
.st-absent { background: var(--none-bg); color: var(--none-fg); }
.filters { position: sticky; top: 0; z-index: 2; background: var(--bg); padding: 0.5rem 0; border-bottom: 1px solid var(--line); }
.filters fieldset { min-width: 0; border: 1px solid var(--line); display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 0.75rem; margin: 0; }
.filters fieldset.pol { border: 0; padding: 0; }
.filters legend { font-weight: 600; }
.filters fieldset.pol legend { float: left; margin-right: 0.5rem; font-weight: 500; }
.filters select, .filters button { font: inherit; padding: 0.2rem 0.4rem; max-width: 100%; min-width: 0; }
.filters select { width: 16rem; }
.filters label { white-space: nowrap; }
.filters fieldset.pol { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; }
#filter-status { margin: 0.35rem 0 0; color: var(--muted); font-size: 0.9rem; }
.def { font-style: italic; margin: 0.25rem 0; }
section.code-ev { scroll-margin-top: 9rem; }
.counts, .omitted, .empty, .none { color: var(--muted); margin: 0.25rem 0; }
ul.quotes { list-style: none; padding: 0; margin: 0.5rem 0; }
ul.quotes li { border-left: 4px solid var(--h3); background: var(--quote); padding: 0.4rem 0.75rem; margin: 0.5rem 0; }
ul.quotes li.limit { border-left-color: var(--lim-line); }
ul.quotes blockquote { margin: 0; }
ul.quotes blockquote p { margin: 0; }
.cite { margin: 0.25rem 0 0; font-size: 0.85rem; color: var(--muted); }
.cite .pol { font-weight: 700; text-transform: uppercase; font-size: 0.72rem; letter-spacing: 0.03em; }
li.limit .pol { color: var(--lim-fg); }
code { font-size: 0.85em; overflow-wrap: anywhere; }
footer { margin-top: 3rem; color: var(--muted); font-size: 0.85rem; border-top: 1px solid var(--line); padding-top: 0.5rem; }
[hidden] { display: none !important; }
@media (max-width: 40rem) {
  body { padding: 0.5rem 0.6rem 2rem; }
  h1 { font-size: 1.35rem; }
  .facts { grid-template-columns: 1fr; }
  .facts dd { margin-bottom: 0.4rem; }
  table.heat tbody th, table.cooc tbody th { min-width: 7rem; max-width: 9rem; }
  .filters { position: static; }
}
@media print {
  :root { color-scheme: light; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav, .skip, .filters, .legend { display: none !important; }
  .scroll { overflow: visible; }
  table.heat tbody th, table.cooc tbody th { position: static; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  h2, h3, h4 { break-after: avoid; }
  tr, ul.quotes li { break-inside: avoid; }
  section.code-ev { break-inside: auto; }
}
`;
