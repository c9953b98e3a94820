/** Before and after, and programmes' progress, in the chosen language: the server sends figures and codes. */
import type { TFunction } from 'i18next';
import { formatDay } from '../../ui/datetime.ts';
import { formatNumber } from '../../ui/format.ts';
import { tableTitle } from '../tableWords.ts';
import type { BeforeAfter, MeasureTables, ObjectiveProgress, Programme } from './types.ts';

type T = TFunction<'outcomes'>;
type Measure = BeforeAfter['measures'][number];

export const measureLabel = (t: T, m: Measure): string => t(`beforeAfter.measure.${m.id}`);

/** A change in words: "up 3", "down 2 (−67%)", "no change". */
export function changeWords(t: T, m: Measure): string {
  if (m.change === 0) return t('beforeAfter.said.none');
  const n = formatNumber(Math.abs(m.change));
  const share =
    m.before > 0
      ? formatNumber(m.change / m.before, {
          style: 'percent',
          maximumFractionDigits: 0,
          signDisplay: 'always',
        })
      : null;
  if (m.change > 0)
    return share ? t('beforeAfter.said.upShare', { n, share }) : t('beforeAfter.said.up', { n });
  return share ? t('beforeAfter.said.downShare', { n, share }) : t('beforeAfter.said.down', { n });
}

/** What goes with the figures: the window after not over yet, what is left out, the crossings counted. */
export function notesWords(t: T, n: BeforeAfter['notes']): string[] {
  const out: string[] = [];
  if (n.after === 'not_started') out.push(t('beforeAfter.note.notStarted'));
  if (n.after === 'running') out.push(t('beforeAfter.note.running', { count: n.daysLeft }));
  if (n.operationExcluded) out.push(t('beforeAfter.note.operationExcluded'));
  out.push(
    n.checkpoints === 0
      ? t('beforeAfter.note.noCheckpoint', { km: n.checkpointKm })
      : t('beforeAfter.note.checkpoints', { count: n.checkpoints, km: n.checkpointKm }),
  );
  return out;
}

/** A table's cell named by its key's words (codes from the server, its English when the catalogue has none). */
const keyWords = (t: T, key: readonly string[], codes: readonly (string | null)[]): string =>
  key.map((w, i) => (codes[i] ? t(`indicator.row.${codes[i]}`, { defaultValue: w }) : w)).join(', ');

/** An objective's measure: the cell's key and the table's title. */
export const objectiveMeasure = (t: T, o: ObjectiveProgress): string =>
  t('programmes.measureWords', {
    key: keyWords(t, o.key, o.keyCodes),
    title: tableTitle(t, { id: o.tableId, title: o.tableId }),
  });

/** A measure an objective may choose: the table's title and the cell's key. */
export const measureOption = (t: T, m: MeasureTables['tables'][number], i: number): string =>
  t('programmes.measureOption', {
    title: tableTitle(t, m),
    key: keyWords(t, m.keys[i] ?? [], m.keyCodes[i] ?? []),
  });

/** How far an objective has come, in words. */
export function objectiveSaid(t: T, o: ObjectiveProgress, started: boolean): string {
  if (!started) return t('programmes.said.notStarted');
  if (o.status === 'measure gone' || o.current === null) return t('programmes.said.measureGone');
  const values = {
    current: formatNumber(o.current),
    target: formatNumber(o.target),
    baseline: formatNumber(o.baseline),
  };
  if (o.status === 'met') return t('programmes.said.met', values);
  if (o.status === 'moving')
    return t('programmes.said.moving', {
      ...values,
      share: formatNumber(o.progress ?? 0, { style: 'percent', maximumFractionDigits: 0 }),
    });
  return t('programmes.said.noMovement', values);
}

export const flagWords = (t: T, p: Programme): string => t('programmes.flag', { day: formatDay(p.startsOn) });
