/** The public page's stylesheet: readable with no script, printable, light and dark. */
export const PUBLIC_PAGE_CSS = `
:root{color-scheme:light dark;--bg:light-dark(#fbfaf7,#141414);--text:light-dark(#1d1d1f,#ececea);--muted:light-dark(#5b5e63,#a4a7ad);--line:light-dark(#e2e0da,#333);--card:light-dark(#fff,#1c1c1e);--accent:light-dark(#1f4fd1,#8fb0ff)}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--text);font:17px/1.65 Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,serif}
a{color:var(--accent)}header,main,footer,.summary,.log{max-width:1180px;margin:0 auto;padding:0 1.25rem}
.masthead{font:600 .95rem/1 system-ui,sans-serif;padding:1.25rem 0;border-bottom:1px solid var(--line);display:flex;justify-content:space-between;gap:1rem}
h1{font:700 2.1rem/1.2 system-ui,sans-serif;margin:1.5rem 0 .5rem}.meta{font:.9rem/1.5 system-ui,sans-serif;color:var(--muted);margin:0 0 1rem}
.summary ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem;font:600 .9rem system-ui,sans-serif}
.summary li{border:2px solid var(--v);border-radius:999px;padding:.2rem .8rem}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 380px;gap:2rem;align-items:start}
@media(max-width:900px){.layout{grid-template-columns:1fr}}
.article p{margin:0 0 1em}.article h2,.article h3,.article h4{font-family:system-ui,sans-serif}
.article blockquote{border-left:3px solid var(--line);margin:1em 0;padding-left:1em;color:var(--muted)}
mark.claim{background:color-mix(in srgb,var(--verdict-color) 18%,transparent);color:inherit;border-bottom:3px solid var(--verdict-color);padding:0 .1em}
mark.claim:target{outline:3px solid var(--accent)}
.verdict-tag{font:700 .72rem system-ui,sans-serif;background:var(--verdict-color,#57606a);color:#fff;border-radius:4px;padding:.05rem .35rem;margin-left:.2rem;white-space:nowrap;text-decoration:none;vertical-align:.1em}
.cards{display:flex;flex-direction:column;gap:1rem;font:.93rem/1.5 system-ui,sans-serif}
.card{background:var(--card);border:1px solid var(--line);border-left:5px solid var(--v);border-radius:10px;padding:1rem}
.card:target,.card:focus{outline:3px solid var(--accent)}
.card q{font-family:Charter,Georgia,serif;font-size:1rem}.card .verdict{font-weight:700;color:var(--text)}
.card ul{padding-left:1.1rem}.card blockquote{margin:.3rem 0;padding-left:.6rem;border-left:2px solid var(--line);color:var(--muted)}
.log{font:.9rem/1.5 system-ui,sans-serif;border-top:1px solid var(--line);margin-top:2rem;padding-top:1rem}
footer{font:.85rem system-ui,sans-serif;color:var(--muted);padding:2rem 1.25rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media print{.layout{display:block}.card{break-inside:avoid}a[href^="http"]::after{content:" (" attr(href) ")";font-size:.8em}}
`;
