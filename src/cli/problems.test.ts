import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setCliLanguage } from './language.ts';
import { problemTemplates, sayImportMessage, sayProblem } from './problems.ts';

afterEach(() => setCliLanguage('en'));

// The checks that word these problems, and the imports that word these outcomes: each English pattern must still
// be written there (a `{name}` place standing for a `${...}` of the source), or its translation is never said.
const SOURCES = [
  'access/audit.ts',
  'access/audit-checkpoints.ts',
  'access/record-seals.ts',
  'evidence/custody.ts',
  'intel/imports/calls-import.ts',
  'intel/ftm/import.ts',
].map((f) => readFileSync(join(import.meta.dirname, '..', f), 'utf8'));

/** How a pattern is written in a source: its `{name}` places as `${...}`, or (record names) a literal word. */
function writtenAt(template: string): RegExp {
  const source = template
    .split(/\{\w+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\$\\{[^}]*\\}');
  return new RegExp(source);
}

const RECORD_NAMES: Record<string, string> = {
  screening: "'screening'",
  decision: "'decision'",
  approval: "'plan approval of operation'",
};

/** Where a problem is, worded once in a variable (`const where = ...`) that the problems start with. */
const WHERES = ['checkpoint on line {line}', 'audit entry {seq} ({action})', 'entry {seq}'];

describe('the problems the checks find', () => {
  it('are still worded as the checks word them', () => {
    const written = (pattern: RegExp) => SOURCES.some((s) => pattern.test(s));
    for (const where of WHERES) expect(written(writtenAt(where)), where).toBe(true);
    const missing: string[] = [];
    for (const [key, template] of Object.entries(problemTemplates())) {
      const record = RECORD_NAMES[key];
      if (record !== undefined) {
        if (!SOURCES.some((s) => s.includes(record))) missing.push(`${key}: ${template}`);
        continue;
      }
      const forms = [template, ...WHERES.map((w) => template.replace(w, '{where}'))];
      if (!forms.some((form) => written(writtenAt(form)))) missing.push(`${key}: ${template}`);
    }
    expect(missing).toEqual([]);
  });

  it('are said in the language, records and nested problems included', () => {
    expect(sayProblem('entry 5 was altered')).toBe('entry 5 was altered');
    setCliLanguage('th');
    expect(sayProblem('entry 5 was altered')).toBe('รายการ 5 ถูกแก้ไข');
    expect(sayProblem('entries 7 to 9 were removed from the end')).toBe('รายการ 7 ถึง 9 ถูกลบออกจากท้ายบันทึก');
    expect(
      sayProblem(
        'checkpoint on line 1 (2026-12-04T13:00:00.000Z): entry 2 is no longer in the log: the log was cut back after the checkpoint',
      ),
    ).toMatch(/^จุดตรวจสอบในบรรทัด 1 \(.*2569.* UTC\): ไม่มีรายการ 2 ในบันทึกแล้ว/);
    expect(sayProblem('exhibit EX-2026-000001: entry 3: does not follow the entry before it')).toBe(
      'พยานวัตถุ EX-2026-000001: รายการ 3: ไม่ต่อจากรายการก่อนหน้า',
    );
    expect(
      sayProblem(
        'plan approval of operation 0b7c: differs from audit entry 12 (operation.approve): it was changed outside the application',
      ),
    ).toBe(
      'การอนุมัติแผนของปฏิบัติการ 0b7c: ไม่ตรงกับรายการ 12 ในบันทึกการตรวจสอบ (operation.approve): ถูกเปลี่ยนจากภายนอกแอปพลิเคชัน',
    );
    setCliLanguage('my');
    expect(sayProblem('the exhibit records 1234 entries but 3 exist')).toBe(
      'သက်သေခံပစ္စည်းက မှတ်တမ်း ၁,၂၃၄ ခုဟု မှတ်ထားသော်လည်း ၃ ခု ရှိသည်',
    );
    expect(sayProblem('12 bad row(s): nothing was imported. Fix them, or accept skipping them.')).toMatch(
      /^မှားသော အတန်း ၁၂ ခု/,
    );
    // An import stopped by the server's refusal says it through the server's catalogue.
    setCliLanguage('th');
    expect(sayImportMessage('This file was imported before; nothing changed.')).toBe(
      'ไฟล์นี้เคยนำเข้าแล้ว ไม่มีการเปลี่ยนแปลง',
    );
    expect(sayImportMessage('the file is empty: it has no header line')).toMatch(/\p{Script=Thai}/u);
    // Something no pattern knows is said as it is; so is a "name: problem" that names no record.
    expect(sayProblem('the disk is full')).toBe('the disk is full');
    expect(sayProblem('mapping: the disk is full')).toBe('mapping: the disk is full');
  });
});
