import { describe, expect, it } from 'vitest';
import { translateText } from '../../platform/i18n/translate-error.ts';
import { BUILT_IN_MAPPINGS, checkMapping } from './mapping.ts';

describe("a provider's column mapping", () => {
  it('takes a mapping that fits its kind', () => {
    const { lantern } = BUILT_IN_MAPPINGS;
    expect(checkMapping(lantern)).toEqual({ mapping: lantern });
  });

  it('names every problem of a refused one as a whole text, with its setting, which the catalogues translate', () => {
    const refused = checkMapping({
      name: 'My Telco',
      kind: 'calls',
      defaultRegion: 'TH',
      dateFormat: 'dd.mm.yyyy',
      timeZone: 'Asia/Bangkok',
      columns: { caller: 'A', callee: '', started_at: 'T', duration_s: 'D', colour: 'C' },
      extra: true,
    });
    expect(refused).toEqual({
      problems: [
        "the mapping's name must be 2–60 characters: a–z, 0–9, dot, dash, underscore",
        'the mapping\'s dateFormat must be one of "iso", "yyyy-mm-dd hh:mm:ss", "dd/mm/yyyy hh:mm:ss", "mm/dd/yyyy hh:mm:ss"',
        "the mapping's timeZone must be an offset such as +07:00",
        "the mapping's columns.callee must not be empty",
        'the mapping has no setting extra',
      ],
    });
    const missing = checkMapping({ ...BUILT_IN_MAPPINGS.lantern, columns: { caller: 'A', colour: 'C' } });
    expect(missing).toEqual({
      problems: [
        'the mapping must name the column holding callee',
        'the mapping must name the column holding started_at',
        'the mapping must name the column holding duration_s',
        "the mapping's columns name colour, which is no field of calls imports (their fields are caller, callee, started_at, duration_s, kind, cell_id, cell_lat, cell_lon)",
      ],
    });
    // As the refusal says them, one after another: each in the reader's language, settings and values kept.
    const said = translateText('th', 'problems' in refused ? refused.problems.join('; ') : '');
    expect(said.split('; ')).toEqual([
      'name ของการจับคู่คอลัมน์ต้องยาว 2–60 อักขระ ประกอบด้วย a–z, 0–9, จุด, ขีด หรือขีดล่าง',
      '{{0}} ของการจับคู่คอลัมน์ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {{1}}'
        .replace('{{0}}', 'dateFormat')
        .replace('{{1}}', '"iso", "yyyy-mm-dd hh:mm:ss", "dd/mm/yyyy hh:mm:ss", "mm/dd/yyyy hh:mm:ss"'),
      'timeZone ของการจับคู่คอลัมน์ต้องเป็นค่าชดเชยเวลา เช่น +07:00',
      'columns.callee ของการจับคู่คอลัมน์ต้องไม่ว่างเปล่า',
      'การจับคู่คอลัมน์ไม่มีการตั้งค่า extra',
    ]);
    expect(checkMapping('not an object')).toEqual({
      problems: ['the mapping must be a JSON object'],
    });
  });
});
