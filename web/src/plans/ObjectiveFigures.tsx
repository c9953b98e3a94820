import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { wordFor } from '../screening/labels.ts';
import { formatNumber } from '../ui/format.ts';
import { evidenceCategoryOptions, joinList } from './labels.ts';
import type { Figures } from './types.ts';

type Name = 'arrest' | 'evidence' | 'rescue';

function Objective({ name, met, children }: { name: Name; met: boolean; children: ReactNode }) {
  const { t } = useTranslation('plans');
  const id = `objective-${name}`;
  return (
    <section className={`objective ${met ? 'met' : 'not-met'}`} aria-labelledby={id}>
      <h3 id={id}>{t(`objectives.name.${name}`)}</h3>
      <p className="objective-verdict">{met ? t('objectives.met') : t('objectives.notMet')}</p>
      <dl className="facts">{children}</dl>
    </section>
  );
}

/** The three objectives, and only these: arrest the suspects, seize the evidence, rescue the people. */
export function ObjectiveFigures({ f }: { f: Figures }) {
  const { t } = useTranslation('plans');
  const categories = evidenceCategoryOptions();
  const kinds = (codes: string[]) =>
    codes.length ? joinList(codes.map((c) => wordFor(categories, c))) : t('objectives.noKinds');
  const n = formatNumber;
  return (
    <div className="objectives">
      <Objective name="arrest" met={f.arrest.met}>
        <dt>{t('objectives.suspectsNamed')}</dt>
        <dd>{n(f.arrest.suspectsNamed)}</dd>
        <dt>{t('objectives.namedSuspectsArrested')}</dt>
        <dd>{n(f.arrest.namedSuspectsArrested)}</dd>
        <dt>{t('objectives.arrestsMade')}</dt>
        <dd>{n(f.arrest.arrestsMade)}</dd>
        <dt>{t('objectives.notSeparated')}</dt>
        <dd>{n(f.arrest.notSeparated)}</dd>
      </Objective>
      <Objective name="evidence" met={f.evidence.met}>
        <dt>{t('objectives.exhibitsSeized')}</dt>
        <dd>{n(f.evidence.seized)}</dd>
        <dt>{t('objectives.expected')}</dt>
        <dd>{kinds(f.evidence.expected)}</dd>
        <dt>{t('objectives.found')}</dt>
        <dd>{kinds(f.evidence.found)}</dd>
        <dt>{t('objectives.missing')}</dt>
        <dd>{kinds(f.evidence.missing)}</dd>
      </Objective>
      <Objective name="rescue" met={f.rescue.met}>
        <dt>{t('objectives.peopleExpected')}</dt>
        <dd>{n(f.rescue.expected)}</dd>
        <dt>{t('objectives.peopleRemoved')}</dt>
        <dd>{n(f.rescue.removed)}</dd>
        <dt>{t('objectives.childrenRemoved')}</dt>
        <dd>{n(f.rescue.childrenRemoved)}</dd>
        <dt>{t('objectives.screened')}</dt>
        <dd>{n(f.rescue.screened)}</dd>
        <dt>{t('objectives.presumedTrafficked')}</dt>
        <dd>{n(f.rescue.presumedTrafficked)}</dd>
      </Objective>
    </div>
  );
}
