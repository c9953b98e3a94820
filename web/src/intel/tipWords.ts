import type { Options } from './types.ts';

/** Words for the monitoring stream's codes: channels, languages and what a tip's marking asks of its reader. */

export const TIP_CHANNELS: Options = [
  ['hotline', 'Hotline'],
  ['ngo', 'NGO'],
  ['walk_in', 'Walk-in'],
  ['online', 'Online'],
  ['social_media', 'Social media'],
  ['inspection', 'Labour inspection'],
  ['other', 'Other'],
];

const CHANNEL_WORDS = new Map(TIP_CHANNELS);

/** A channel in words: `walk_in` → "Walk-in"; an unknown one as written. */
export const channelWords = (channel: string): string =>
  CHANNEL_WORDS.get(channel) ?? channel.replaceAll('_', ' ');

let names: Intl.DisplayNames | null = null;

/** A language code in English words: `th` → "Thai", `km` → "Khmer"; the code itself when unknown. */
export function languageName(code: string): string {
  try {
    names ??= new Intl.DisplayNames(['en'], { type: 'language' });
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A one-line reminder of who may hear what a tip says, by its TLP 2.0 marking. */
export const TLP_REMINDERS: Record<string, string> = {
  RED: 'Named recipients only: do not pass it on.',
  'AMBER+STRICT': 'Your own organisation only.',
  AMBER: 'Your own organisation and its clients, on a need-to-know basis.',
  GREEN: 'The community: not for public channels.',
  CLEAR: 'Public: disclosure is not limited.',
};

export const tlpReminder = (tlp: string): string => TLP_REMINDERS[tlp] ?? 'Honour the marking it came with.';
