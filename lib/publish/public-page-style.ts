// The public pages' stylesheet. No script anywhere: the cards sit beside the
// text through floats, open on narrow screens through :target, and the
// version selector is a <details>. Verdict colours come from newsroom data
// as --v / --verdict-color with their readable text colour (--ink / --verdict-ink).

const BASE = `
:root{color-scheme:light dark;--bg:light-dark(#fbfaf7,#131314);--text:light-dark(#1c1c1f,#e9e8e4);--muted:light-dark(#575a60,#a9acb2);--line:light-dark(#e2dfd6,#36363c);--card:light-dark(#fff,#1c1c1f);--soft:light-dark(#f2f0e9,#232327);--accent:light-dark(#1d4ed8,#9ab8ff);--tint:16%;
--serif:Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,"Noto Serif","DejaVu Serif",serif;--sans:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;--measure:65ch;--notes:20rem;--gap:3rem}
@media (prefers-color-scheme:dark){:root{--tint:30%}}
*{box-sizing:border-box}html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--text);font:1.125rem/1.7 var(--serif);overflow-wrap:break-word}
a{color:var(--accent);text-underline-offset:.16em;text-decoration-thickness:.06em}a:hover{text-decoration-thickness:.12em}
:focus-visible,[tabindex="-1"]:focus{outline:3px solid var(--accent);outline-offset:2px}
.wrap{max-width:calc(var(--measure) + 2.5rem);margin:0 auto;padding:0 1.25rem}
.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.skip-link{position:absolute;left:1rem;top:-4rem;z-index:1;background:var(--card);color:var(--accent);font:600 .95rem var(--sans);padding:.6rem 1rem;border-radius:.4rem}.skip-link:focus{top:1rem}
.site-header{background:var(--card);border-bottom:1px solid var(--line)}
.site-header .wrap{display:flex;justify-content:space-between;align-items:center;gap:1rem;padding-block:.9rem}
.site-header .newsroom{font:700 1.05rem/1.2 var(--sans);color:var(--text);text-decoration:none}
.site-header .section-name,.kicker{font:700 .75rem/1.2 var(--sans);text-transform:uppercase;letter-spacing:.14em;color:var(--muted)}
.kicker{color:var(--accent);margin:0 0 .8rem}
h1{font:700 clamp(1.9rem,1.2rem + 2.4vw,2.8rem)/1.14 var(--serif);letter-spacing:-.012em;margin:0 0 1rem;max-width:26em;text-wrap:balance}
.page-head{padding:2.75rem 0 1.5rem}
.byline,.original{font:.95rem/1.55 var(--sans);color:var(--muted);margin:.2rem 0}
.site-footer{border-top:1px solid var(--line);margin-top:3.5rem;padding:1.5rem 0 3rem;color:var(--muted)}
.site-footer .wrap>*{font:.88rem/1.5 var(--sans)}
.site-footer .wrap{display:flex;justify-content:space-between;flex-wrap:wrap;gap:.5rem 2rem}
`;

const VERDICTS = `
.badge{display:inline-flex;align-items:center;gap:.4em;background:var(--v);color:var(--ink);font:700 .8rem/1.1 var(--sans);padding:.3em .75em .3em .6em;border-radius:999px;white-space:nowrap}
.badge-icon{font-size:1.05em}
.summary{border-block:1px solid var(--line);padding:1.4rem 0 1.5rem;margin:0 0 2.75rem;font-family:var(--sans)}
.summary h2{font:700 1.1rem/1.3 var(--sans);margin:0 0 .9rem}
.verdict-counts{list-style:none;display:flex;flex-wrap:wrap;gap:.6rem 1.1rem;padding:0;margin:0 0 1rem}
.verdict-counts li{display:flex;align-items:center;gap:.4rem;font:600 .95rem var(--sans)}
.count{color:var(--muted);font-variant-numeric:tabular-nums}
.verdict-bar{display:flex;gap:2px;height:.45rem;border-radius:999px;overflow:hidden;max-width:var(--measure)}.verdict-bar span{background:var(--v)}
.how-to-read{font:.92rem/1.5 var(--sans);color:var(--muted);margin:1rem 0 0;max-width:var(--measure)}
mark.claim{color:inherit;background:color-mix(in srgb,var(--verdict-color) var(--tint),transparent);box-shadow:inset 0 -.14em 0 var(--verdict-color);border-radius:.15em;padding:0 .08em;-webkit-box-decoration-break:clone;box-decoration-break:clone;scroll-margin-top:35vh}
.verdict-tag{display:inline-flex;align-items:center;gap:.3em;margin-left:.3em;padding:.12em .5em;border-radius:.3em;background:var(--verdict-color);color:var(--verdict-ink,#fff);font:700 .72rem/1.35 var(--sans);letter-spacing:.01em;text-decoration:none;vertical-align:.14em;white-space:nowrap}
.verdict-tag:hover{text-decoration:underline}
`;

const ARTICLE = `
.article-body{display:flow-root}.article-body:focus{outline:none}
.article-body>:not(.claim-notes){max-width:var(--measure)}
.article-body p{margin:0 0 1.15em}
.article-body h2,.article-body h3,.article-body h4{font:700 1.35rem/1.3 var(--sans);margin:1.7em 0 .6em;letter-spacing:-.005em}
.article-body h3,.article-body h4{font-size:1.15rem}
.article-body blockquote{margin:1.2em 0;padding-left:1.1em;border-left:3px solid var(--line);color:var(--muted)}
.article-body>ul,.article-body>ol{padding-left:1.4em;margin:0 0 1.15em}
.claim-notes{display:flex;flex-direction:column;gap:.8rem;margin:0 0 .8rem;font:.9rem/1.5 var(--sans)}
.claim-notes p{margin:0}
.claim-notes-rest h2{font-size:1.1rem;margin:1rem 0 0}
.card{background:var(--card);border:1px solid var(--line);border-top:4px solid var(--v);border-radius:.6rem;padding:.75rem .95rem .85rem;box-shadow:0 1px 3px rgb(0 0 0/.06);scroll-margin-top:1.5rem}
.card:target{box-shadow:0 10px 32px rgb(0 0 0/.2)}
.claim-notes .card-verdict{display:flex;align-items:center;justify-content:space-between;gap:.5rem;margin:0 0 .45rem}
.card-type{font:700 .68rem/1.2 var(--sans);text-transform:uppercase;letter-spacing:.1em;color:var(--muted)}
.card-claim{font:italic .98rem/1.45 var(--serif);margin:0}
.card-claimant{font-size:.82rem;color:var(--muted);margin:.15rem 0 0}
.claim-notes .rationale{margin:.35rem 0 0}
.claim-notes .card-label{font:700 .68rem/1.2 var(--sans);text-transform:uppercase;letter-spacing:.1em;color:var(--muted);margin:1rem 0 .4rem}
.card .sources{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:.7rem}
.card .checked-before{margin:0 0 .8rem;padding-left:1.1rem;display:flex;flex-direction:column;gap:.4rem}
.source>a{font-weight:600}.source-about{color:var(--muted)}
.stance{display:inline-block;font:700 .62rem/1.5 var(--sans);text-transform:uppercase;letter-spacing:.07em;border:1px solid var(--line);border-radius:.25rem;padding:0 .35rem;color:var(--muted);vertical-align:.12em}
.claim-notes .passage{margin:.35rem 0 0;padding:.05rem 0 .05rem .75rem;border-left:2px solid var(--line);color:var(--muted);font:italic .9rem/1.5 var(--serif)}
.card-open{display:inline-block;margin-top:.45rem;font-weight:600}
.claim-notes .card-back{margin:1rem 0 0;font-size:.85rem}
@media screen{
.card:not(:target):not(.card-whole) :is(.card-claim,.rationale){display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;line-clamp:2;overflow:hidden}
.card:not(:target):not(.card-whole) .card-claim{-webkit-line-clamp:1;line-clamp:1}
.card:not(:target):not(.card-whole) .card-body,.card:target .card-open{display:none}
}
@media screen and (min-width:70rem){
.wrap{max-width:calc(var(--measure) + var(--gap) + var(--notes) + 2.5rem)}
.article-body>:not(.claim-notes){float:left;clear:left;width:min(var(--measure),100% - var(--notes) - var(--gap))}
.claim-notes{float:right;clear:right;width:var(--notes);display:block;position:relative}
.claim-notes>.card+.card{margin-top:.8rem}
/* An opened card lies over the cards below it rather than pushing them, and the text with them, down. */
.claim-notes>.card:target{position:absolute;z-index:1;left:0;right:0}
.claim-notes-rest{float:none;clear:both;width:auto}
}
/* Narrow screens: an opened card keeps the end of its paragraph in view above it. */
@media screen and (width<70rem){.claim-notes{margin:-.35rem 0 1.6rem}.card{scroll-margin-top:6rem}}
`;

const VERSIONS = `
.versions{margin-top:1.1rem;font:.9rem/1.4 var(--sans)}
.versions summary{display:inline-block;cursor:pointer;border:1px solid var(--line);background:var(--card);border-radius:999px;padding:.35rem .9rem;font-weight:600}
.versions summary::after{content:"▾"/"";margin-left:.45em;color:var(--muted)}.versions details[open] summary::after{content:"▴"/""}
.versions ol{list-style:none;margin:.5rem 0 0;padding:.35rem;max-width:28rem;background:var(--card);border:1px solid var(--line);border-radius:.6rem}
.versions a{display:block;padding:.4rem .6rem;border-radius:.4rem;text-decoration:none}
.versions a[aria-current]{color:var(--text);background:var(--soft);font-weight:700}
.old-version{max-width:var(--measure);margin:1rem 0 0;padding:.8rem 1rem;background:var(--soft);border-left:4px solid var(--accent);border-radius:.3rem;font:.95rem/1.5 var(--sans)}
.log{clear:both;border-top:1px solid var(--line);margin:3rem 0 0;padding:1.5rem 0 0;font:.92rem/1.55 var(--sans)}
.log h2{font:700 1.1rem/1.3 var(--sans);margin:0 0 .8rem}
.log ol{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:.6rem;max-width:var(--measure)}
.log ul{margin:.3rem 0 0;padding-left:1.2rem;color:var(--muted)}
.entries{list-style:none;margin:0 0 2rem;padding:0;display:flex;flex-direction:column;gap:1rem}
.entry{background:var(--card);border:1px solid var(--line);border-radius:.6rem;padding:1.1rem 1.25rem;font-family:var(--sans)}
.entry h2{font:700 1.3rem/1.3 var(--serif);margin:0 0 .3rem}.entry h2 a{color:var(--text);text-decoration:none}.entry h2 a:hover{text-decoration:underline}
.entry .byline{margin:0 0 .8rem}.entry .verdict-counts{margin-bottom:.7rem}
`;

const PRINT = `
@media print{
:root{color-scheme:light;--bg:#fff;--text:#000;--muted:#333;--line:#888;--card:#fff;--soft:#fff;--accent:#000}
body{font-size:10.5pt;line-height:1.5}.wrap{max-width:none;padding:0}
.skip-link,.section-name,.versions,.card-open,.card-back,.verdict-bar,.how-to-read,.site-footer{display:none}
.article-body>:not(.claim-notes){max-width:none}
mark.claim{background:none;box-shadow:none;text-decoration:underline;text-underline-offset:.2em}
.verdict-tag,.badge{background:none;color:#000;border:1px solid #000}
.claim-notes{margin:0 0 1.2em 1.5em;font-size:9pt}
.card{break-inside:avoid;border:1px solid #000;border-left-width:3px;box-shadow:none;border-radius:0}
a{color:#000}
.card a[href^="http"]::after,.original a[href^="http"]::after{content:" <" attr(href) ">";font-weight:400;word-break:break-all}
}
`;

/** The public pages' stylesheet: readable with no script, printable, light and dark. */
export const PUBLIC_PAGE_CSS = [BASE, VERDICTS, ARTICLE, VERSIONS, PRINT].join("").trim();
