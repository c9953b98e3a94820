import { esc, formatWhen, hiddenFields, page, paragraphs } from './public-html.ts';
import { answerWords } from './public-pages.ts';
import type { PublicThread } from './public-store.ts';
import { fill, type Lang, PAGE_TEXTS } from './public-texts.ts';
import { FOLLOW_TEXTS } from './public-texts-follow.ts';
import { FORM_TEXTS } from './public-texts-form.ts';

// The receipt shown once after a report is sent, the page where a reporter types their code, and their report's
// thread: what they wrote, what they added, the agency's replies, and a form to add more. Pages that know the code
// carry it in hidden fields of forms posted to this server only (never in a link), so changing language keeps it.

/** The code's own switch: the same thread in another language, posted. */
const carrying = (code: string) => ({ kind: 'post' as const, action: '/report/follow', hidden: { code } });

export function receiptPage(lang: Lang, code: string): string {
  const f = FOLLOW_TEXTS[lang];
  const body = [
    `<h1>${esc(f.sentTitle)}</h1>`,
    `<h2>${esc(f.codeLabel)}</h2>`,
    `<p class="code" translate="no">${esc(code)}</p>`,
    `<p class="alert">${esc(f.codeAdvice)}</p>`,
    `<p>${esc(f.codeUse)}</p>`,
    `<form method="post" action="/report/follow?lang=${lang}" autocomplete="off">`,
    hiddenFields({ code, lang }),
    `<button type="submit" class="primary">${esc(f.openReport)}</button>`,
    '</form>',
  ].join('\n');
  return page(lang, f.sentTitle, body, carrying(code));
}

/** The page to type a code on; `problem` says why the last one opened nothing (the code is not shown again). */
export function followPage(lang: Lang, problem?: string): string {
  const p = PAGE_TEXTS[lang];
  const f = FOLLOW_TEXTS[lang];
  const body = [
    `<h1>${esc(f.followTitle)}</h1>`,
    problem ? `<p class="alert" role="alert">${esc(problem)}</p>` : '',
    `<p class="note">${esc(p.privacy)} ${esc(p.privateWindow)}</p>`,
    `<form class="report" method="post" action="/report/follow?lang=${lang}" autocomplete="off">`,
    `<input type="hidden" name="lang" value="${lang}">`,
    `<label for="code">${esc(f.codeInput)}</label>`,
    `<span class="hint" id="code-hint">${esc(f.codeHint)}</span>`,
    '<input type="text" id="code" name="code" aria-describedby="code-hint" autocapitalize="characters" spellcheck="false" required>',
    `<button type="submit" class="primary">${esc(f.open)}</button>`,
    '</form>',
    `<p><a href="/report?lang=${lang}">${esc(p.newReport)}</a></p>`,
  ].join('\n');
  return page(lang, f.followTitle, body, { kind: 'links', path: '/report/follow' });
}

/** What the reporter answered to the form's questions, in words. */
function facts(lang: Lang, thread: PublicThread): string {
  const t = FORM_TEXTS[lang];
  const words = answerWords(t);
  const rows: [string, string | null][] = [
    [t.place, thread.placeHint],
    [t.occurred, thread.occurred],
    [t.people, thread.peopleCount === null ? null : String(thread.peopleCount)],
    [t.children, thread.children ? (words.children[thread.children as 'yes'] ?? null) : null],
    [t.danger, thread.danger ? (words.danger[thread.danger as 'life'] ?? null) : null],
    [t.kind, thread.kind ? (words.kind[thread.kind as 'labour'] ?? null) : null],
  ];
  const shown = rows.filter((r): r is [string, string] => r[1] !== null && r[1] !== '');
  if (!shown.length) return '';
  return `<dl class="facts">${shown.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`;
}

export interface ThreadPageState {
  /** What the reporter was typing, kept when it could not be added. */
  addition?: string;
  /** Why it could not be added, or that it was. */
  problem?: string;
  added?: boolean;
}

export function threadPage(
  lang: Lang,
  code: string,
  thread: PublicThread,
  state: ThreadPageState = {},
): string {
  const f = FOLLOW_TEXTS[lang];
  const when = (at: Date) => esc(formatWhen(at, lang));
  const entries = thread.entries
    .map(
      (e) =>
        `<div class="entry ${e.author}"><p class="who">${esc(e.author === 'agency' ? f.reply : f.youAdded)} · ${when(e.at)}</p>${paragraphs(e.text)}</div>`,
    )
    .join('\n');
  const replied = thread.entries.some((e) => e.author === 'agency');
  const body = [
    `<h1>${esc(f.threadTitle)}</h1>`,
    state.added ? `<p class="ok" role="status">${esc(f.added)}</p>` : '',
    `<p>${esc(fill(f.sentOn, { date: formatWhen(thread.receivedAt, lang) }))}</p>`,
    `<h2>${esc(f.youWrote)}</h2>`,
    paragraphs(thread.text),
    facts(lang, thread),
    entries,
    replied ? '' : `<p class="note">${esc(f.noReply)}</p>`,
    `<form class="report" method="post" action="/report/follow/add?lang=${lang}" accept-charset="utf-8" autocomplete="off">`,
    hiddenFields({ code, lang }),
    `<label for="text">${esc(f.add)}</label>`,
    `<span class="hint" id="text-hint">${esc(f.addHint)}</span>`,
    state.problem ? `<span class="error" id="text-error" role="alert">${esc(state.problem)}</span>` : '',
    `<textarea id="text" name="text" rows="5" aria-describedby="text-hint${state.problem ? ' text-error' : ''}"${state.problem ? ' aria-invalid="true"' : ''}>${esc(state.addition ?? '')}</textarea>`,
    `<button type="submit" class="primary">${esc(f.addButton)}</button>`,
    '</form>',
    `<p><a href="/report?lang=${lang}">${esc(PAGE_TEXTS[lang].newReport)}</a></p>`,
  ].join('\n');
  return page(lang, f.threadTitle, body, carrying(code));
}
