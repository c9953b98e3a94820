import type { CHILDREN, KINDS, PUBLIC_DANGERS, ReportField, ReportValues } from './public-form.ts';
import { esc, page } from './public-html.ts';
import { fill, type Lang, PAGE_TEXTS } from './public-texts.ts';
import { FORM_TEXTS, type FormTexts } from './public-texts-form.ts';

// The report form and the pages that say a report cannot be taken. Every answer the reporter typed is shown again
// when one must be corrected, with the reason beside it in their language.

export const EMPTY_VALUES: ReportValues = {
  what: '',
  place: '',
  occurred: '',
  people: '',
  children: '',
  danger: '',
  kind: '',
  contact: '',
};

/** Words for the answers offered (the stored codes are never shown). */
export function answerWords(t: FormTexts) {
  return {
    children: { yes: t.yes, no: t.no, unknown: t.notSure } as Record<(typeof CHILDREN)[number], string>,
    danger: { life: t.dangerLife, high: t.dangerHigh, medium: t.dangerMedium, unknown: t.notSure } as Record<
      (typeof PUBLIC_DANGERS)[number],
      string
    >,
    kind: {
      labour: t.kindLabour,
      sexual: t.kindSexual,
      forced_criminality: t.kindCrime,
      begging: t.kindBegging,
      forced_marriage: t.kindMarriage,
      domestic_servitude: t.kindDomestic,
      other: t.kindOther,
      unknown: t.notSure,
    } as Record<(typeof KINDS)[number], string>,
  };
}

type Errors = Partial<Record<ReportField, string>>;

function described(field: ReportField, errors: Errors): string {
  const ids = [`${field}-hint`, ...(errors[field] ? [`${field}-error`] : [])].join(' ');
  return ` aria-describedby="${ids}"${errors[field] ? ' aria-invalid="true"' : ''}`;
}

const errorLine = (field: ReportField, errors: Errors) =>
  errors[field] ? `<span class="error" id="${field}-error">${esc(errors[field])}</span>` : '';

function textField(
  field: ReportField,
  label: string,
  hint: string,
  values: ReportValues,
  errors: Errors,
  opts: { area?: boolean; tag: string; numeric?: boolean },
): string {
  const head = `<label for="${field}">${esc(label)} <small>(${esc(opts.tag)})</small></label><span class="hint" id="${field}-hint">${esc(hint)}</span>${errorLine(field, errors)}`;
  const attrs = `id="${field}" name="${field}"${described(field, errors)}`;
  if (opts.area) return `${head}<textarea ${attrs} rows="6">${esc(values[field])}</textarea>`;
  const numeric = opts.numeric ? ' inputmode="numeric"' : '';
  return `${head}<input type="text" ${attrs}${numeric} value="${esc(values[field])}">`;
}

function choices<K extends string>(
  field: ReportField,
  legend: string,
  words: Record<K, string>,
  values: ReportValues,
  tag: string,
): string {
  const options = (Object.entries(words) as [K, string][])
    .map(
      ([code, word]) =>
        `<label class="choice"><input type="radio" name="${field}" value="${esc(code)}"${values[field] === code ? ' checked' : ''}><span>${esc(word)}</span></label>`,
    )
    .join('');
  return `<fieldset><legend>${esc(legend)} <small>(${esc(tag)})</small></legend>${options}</fieldset>`;
}

/** The form, empty or with what was typed, a notice on top (the page is busy) and the answers to correct. */
export function formPage(
  lang: Lang,
  agencyName: string,
  values: ReportValues = EMPTY_VALUES,
  errors: Errors = {},
  notice?: string,
): string {
  const p = PAGE_TEXTS[lang];
  const t = FORM_TEXTS[lang];
  const words = answerWords(t);
  const alert = notice ?? (Object.keys(errors).length ? t.checkFields : undefined);
  const body = [
    `<h1>${esc(p.title)}</h1>`,
    `<p>${esc(p.intro)}</p>`,
    `<p class="note">${esc(p.privacy)} ${esc(p.privateWindow)}</p>`,
    `<p><strong>${esc(p.emergency)}</strong></p>`,
    alert ? `<p class="alert" role="alert">${esc(alert)}</p>` : '',
    `<form class="report" method="post" action="/report?lang=${lang}" accept-charset="utf-8" autocomplete="off">`,
    `<input type="hidden" name="lang" value="${lang}">`,
    textField('what', t.what, t.whatHint, values, errors, { area: true, tag: t.required }),
    textField('place', t.place, t.placeHint, values, errors, { tag: t.optional }),
    textField('occurred', t.occurred, t.occurredHint, values, errors, { tag: t.optional }),
    textField('people', t.people, t.peopleHint, values, errors, { tag: t.optional, numeric: true }),
    choices('children', t.children, words.children, values, t.optional),
    choices('danger', t.danger, words.danger, values, t.optional),
    choices('kind', t.kind, words.kind, values, t.optional),
    textField('contact', t.contact, t.contactHint, values, errors, { tag: t.optional }),
    `<button type="submit" class="primary">${esc(t.send)}</button>`,
    '</form>',
    `<p class="note">${esc(fill(p.whatNext, { agency: agencyName }))}</p>`,
    `<p><a href="/report/follow?lang=${lang}">${esc(p.followLink)}</a></p>`,
  ].join('\n');
  return page(lang, p.title, body, { kind: 'links', path: '/report' });
}

/** A page that only says something: reports cannot be taken now, what was sent is too long, something failed. */
export function messagePage(lang: Lang, message: string): string {
  const p = PAGE_TEXTS[lang];
  const body = [
    `<h1>${esc(p.title)}</h1>`,
    `<p class="alert" role="alert">${esc(message)}</p>`,
    `<p><a href="/report/follow?lang=${lang}">${esc(p.followLink)}</a></p>`,
    `<p><a href="/report?lang=${lang}">${esc(p.newReport)}</a></p>`,
  ].join('\n');
  return page(lang, p.title, body, { kind: 'links', path: '/report' });
}
