import type { ParseKeys } from 'i18next';
import { TIP_CHANNELS } from '../../../src/monitoring/wire.ts';
import { intelT } from './labels.ts';
import type { Options } from './types.ts';

/** Words for the monitoring stream's codes, in the chosen language: channels, and what a tip's marking asks. */

type Key = ParseKeys<'intel'>;

/** A channel in words: `walk_in` → "Walk-in"; an unknown one as written. */
export const channelWords = (channel: string): string =>
  intelT()(`codes.channel.${channel}` as Key, { defaultValue: channel.replaceAll('_', ' ') });

/** Every channel a tip may have come by (the server's list, which the triage queue's filter takes too). */
export const tipChannelOptions = (): Options => TIP_CHANNELS.map((c) => [c, channelWords(c)] as const);

/** A one-line reminder of who may hear what a tip says, by its TLP 2.0 marking. */
export const tlpReminder = (tlp: string): string => {
  const t = intelT();
  return t(`codes.tlpReminder.${tlp}` as Key, { defaultValue: t('tips.honour') });
};
