import { LANGS, type Lang, PAGE_TEXTS } from './public-texts.ts';

// The frame of every public page: plain HTML that works without JavaScript, one same-origin stylesheet, the
// language chooser, and nothing loaded from anywhere else.

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe inside HTML (content and quoted attribute values). */
export const esc = (s: string | number): string => String(s).replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

const LOCALES: Record<Lang, string> = {
  en: 'en-GB',
  th: 'th-TH',
  km: 'km-KH',
  lo: 'lo-LA',
  my: 'my-MM',
  vi: 'vi-VN',
  'zh-Hans': 'zh-Hans-CN',
};

/** A moment as people of the language write it, in the region's time (Indochina time, as the offset shows). */
export function formatWhen(at: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Bangkok',
  }).format(at);
}

/** How the reader changes language: links to a page that needs nothing, or buttons posting what the page needs. */
export type LangSwitch =
  | { kind: 'links'; path: string }
  | { kind: 'post'; action: string; hidden: Record<string, string> };

export function hiddenFields(hidden: Record<string, string>): string {
  return Object.entries(hidden)
    .map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`)
    .join('');
}

function chooser(lang: Lang, how: LangSwitch): string {
  const label = esc(PAGE_TEXTS[lang].language);
  const name = (l: Lang) => esc(PAGE_TEXTS[l].langName);
  if (how.kind === 'links') {
    const items = LANGS.map((l) =>
      l === lang
        ? `<li><span lang="${l}" aria-current="true">${name(l)}</span></li>`
        : `<li><a href="${esc(how.path)}?lang=${l}" lang="${l}" hreflang="${l}">${name(l)}</a></li>`,
    ).join('');
    return `<nav class="langs" aria-label="${label}"><ul>${items}</ul></nav>`;
  }
  const buttons = LANGS.map((l) =>
    l === lang
      ? `<li><span lang="${l}" aria-current="true">${name(l)}</span></li>`
      : `<li><button type="submit" name="lang" value="${l}" lang="${l}">${name(l)}</button></li>`,
  ).join('');
  return `<form class="langs" method="post" action="${esc(how.action)}" aria-label="${label}">${hiddenFields(how.hidden)}<ul>${buttons}</ul></form>`;
}

/** A whole page. */
export function page(lang: Lang, title: string, body: string, how: LangSwitch): string {
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${esc(title)}</title>`,
    '<link rel="stylesheet" href="/report/style.css">',
    '</head>',
    '<body>',
    `<header>${chooser(lang, how)}<p class="site">${esc(PAGE_TEXTS[lang].title)}</p></header>`,
    `<main>${body}</main>`,
    '</body>',
    '</html>',
  ].join('\n');
}

/** A reporter's or an agency's text, escaped, keeping its line breaks. */
export const paragraphs = (text: string): string =>
  `<div class="said">${esc(text).replace(/\n/g, '<br>')}</div>`;

/** The page's one stylesheet: readable on a small phone, large targets, the scripts' own line heights. */
export const STYLE = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Thai","Noto Sans Khmer","Noto Sans Lao","Noto Sans Myanmar",Padauk,"Noto Sans SC","Microsoft YaHei",sans-serif;color:#1b1f24;background:#f6f7f9}
:lang(my),:lang(km),:lang(lo){line-height:1.9}
header{background:#1f3a5f;color:#fff;padding:.5rem 1rem}
header .site{margin:.25rem 0 .5rem;font-weight:600}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;line-height:1.3;margin:.5rem 0 1rem}
h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
.langs ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .75rem}
.langs a,.langs button{color:#fff;background:none;border:0;padding:.25rem 0;font:inherit;text-decoration:underline;cursor:pointer}
.langs [aria-current]{font-weight:700;padding:.25rem 0;display:inline-block}
a{color:#0b4f9c}
.note{background:#eef3f9;border-left:4px solid #1f3a5f;padding:.5rem .75rem;margin:1rem 0}
.alert{background:#fdecea;border-left:4px solid #b3261e;padding:.5rem .75rem;margin:1rem 0;font-weight:600}
.ok{background:#e7f4ea;border-left:4px solid #1e7a3a;padding:.5rem .75rem;margin:1rem 0;font-weight:600}
form.report label,form.report legend{display:block;font-weight:600;margin-top:1.25rem}
fieldset{border:0;padding:0;margin:0}
.hint{display:block;color:#4a5563;font-size:.95rem;margin:.125rem 0 .375rem}
.error{display:block;color:#b3261e;font-weight:600;margin:.25rem 0}
input[type=text],textarea{width:100%;font:inherit;padding:.5rem;border:2px solid #6b7480;border-radius:4px;background:#fff}
textarea{min-height:8rem;resize:vertical}
[aria-invalid=true]{border-color:#b3261e}
.choice{display:flex;gap:.5rem;align-items:flex-start;margin:.375rem 0;font-weight:400}
.choice input{margin-top:.4rem;width:1.25rem;height:1.25rem;flex:none}
button.primary{margin-top:1.5rem;font:inherit;font-weight:700;padding:.75rem 1.5rem;border:0;border-radius:4px;background:#1f3a5f;color:#fff;cursor:pointer}
.code{font:700 1.6rem/1.4 ui-monospace,Menlo,Consolas,monospace;letter-spacing:.08em;background:#fff;border:2px dashed #1f3a5f;padding:.75rem;text-align:center;word-break:break-all}
.said{background:#fff;border:1px solid #d0d5dc;border-radius:4px;padding:.5rem .75rem;white-space:normal;overflow-wrap:anywhere}
.entry{margin:1rem 0}
.entry .who{font-weight:600}
.entry.agency .said{border-left:4px solid #1e7a3a}
dl.facts{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
`;
