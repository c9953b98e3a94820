import { describe, expect, it } from 'vitest';
import { errorCode, loggedRotation } from './live-rotation.ts';

// A running server's failed rotation logs the error's code, never its message (it may carry a value it was
// sealing again).

describe('a live rotation that fails', () => {
  it('logs a code and nothing of the message', async () => {
    const lines: object[] = [];
    const log = { info: (o: object) => lines.push(o), error: (o: object) => lines.push(o) };
    const failure = Object.assign(new Error('value "Aye Aye MA123456" could not be sealed'), {
      code: '22P02',
    });
    await expect(loggedRotation(() => Promise.reject(failure), log)()).rejects.toBe(failure);
    await expect(
      loggedRotation(() => Promise.reject(new TypeError('Aye Aye')), log)(),
    ).rejects.toBeInstanceOf(TypeError);
    expect(lines).toEqual([{ code: '22P02' }, { code: 'TypeError' }]);
    expect(JSON.stringify(lines)).not.toContain('Aye');
  });

  it('names no code it cannot trust', () => {
    expect(errorCode({ code: 'a value with spaces', name: 'x'.repeat(50) })).toBe('unknown');
    expect(errorCode(null)).toBe('unknown');
  });
});
