export type Script = 'thai' | 'lao' | 'khmer' | 'burmese' | 'han' | 'latin' | 'other';

const RANGES: [Script, RegExp][] = [
  ['thai', /[\u0E00-\u0E7F]/g],
  ['lao', /[\u0E80-\u0EFF]/g],
  ['khmer', /[\u1780-\u17FF\u19E0-\u19FF]/g],
  ['burmese', /[\u1000-\u109F\uAA60-\uAA7F\uA9E0-\uA9FF]/g],
  ['han', /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/g],
  ['latin', /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/g],
];

/** The script most of a text's letters are written in. */
export function scriptOf(text: string): Script {
  let best: Script = 'other';
  let most = 0;
  for (const [script, re] of RANGES) {
    const n = text.match(re)?.length ?? 0;
    if (n > most) {
      most = n;
      best = script;
    }
  }
  return best;
}
