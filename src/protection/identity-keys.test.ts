import { describe, expect, it } from 'vitest';
import { documentWords, nameBirthWords, nameKey } from './identity-keys.ts';

describe('what recognises a person who comes back', () => {
  it('reads a document number the same however it was typed', () => {
    const a = documentWords({ kind: 'passport', country: 'mm', number: 'MD 123-456' });
    expect(a).toBe('identity-document:passport:MM:MD123456');
    expect(documentWords({ kind: 'passport', country: 'MM', number: 'md123456' })).toBe(a);
    expect(documentWords({ kind: 'national_id', country: 'MM', number: 'md123456' })).not.toBe(a);
    expect(documentWords({ kind: 'passport', country: 'MM', number: '12' })).toBeNull();
  });

  it('keys a name by its sound, whichever order or spelling', () => {
    expect(nameKey('Somchai Phromma')).toBe(nameKey('Phromma Somchai'));
    expect(nameKey('Somchay Prommah')).toBe(nameKey('Somchai Phromma'));
    expect(nameKey('Nguyễn Văn Nam')).toBe(nameKey('nguyen van nam'));
    expect(nameKey('Somchai Phromma')).not.toBe(nameKey('Somsak Phromma'));
  });

  it('needs a full birth date beside the name', () => {
    expect(nameBirthWords('Nguyen Van Nam', '1999')).toBeNull();
    expect(nameBirthWords('Nguyen Van Nam', null)).toBeNull();
    expect(nameBirthWords('Nguyen Van Nam', '1999-04-02')).toBe(
      `identity-name-birth:${nameKey('Nguyen Van Nam')}:1999-04-02`,
    );
  });
});
