import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldPage } from '../field/FieldPage.tsx';
import { InspectionPage } from '../monitoring/inspections/InspectionPage.tsx';
import { CasePage } from '../protection/CasePage.tsx';
import { InterviewPage } from '../screening/InterviewPage.tsx';
import type { Me } from '../types.ts';
import { LanguagePicker } from '../ui/LanguagePicker.tsx';
import { Mark } from '../ui/Mark.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { type KeptOperation, keptMe, keptOperations } from './kept.ts';
import { type KeptCaseRow, keptCases } from './kept-cases.ts';
import { type KeptInspectionRow, keptInspections } from './kept-inspections.ts';
import { type KeptScreeningRow, keptScreenings } from './kept-screenings.ts';
import { UnlockForm } from './UnlockForm.tsx';
import * as vault from './vault.ts';

interface Opened {
  me: Me;
  operations: KeptOperation[];
  /** Screenings kept for interviews without a connection, listed by their pseudonym only. */
  screenings: KeptScreeningRow[];
  /** Shelter cases the caseworker owns, kept for work without a connection, listed by their pseudonym only. */
  cases: KeptCaseRow[];
  /** Labour inspections the inspector is on, kept for work without a connection, by reference and workplace. */
  inspections: KeptInspectionRow[];
}

/**
 * The app opened without a connection on a device with a field kit: the kit is unlocked with its secret, then the
 * field screen of the operation kept on it opens from the store (a list first when it keeps several). When the
 * connection returns, the person goes back to the app proper.
 */
export function OfflineApp({ onOnline }: { onOnline: () => void }) {
  const { t } = useTranslation('field');
  const { t: tp } = useTranslation('protection');
  const { t: tm } = useTranslation('monitoring');
  const [opened, setOpened] = useState<Opened | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [screening, setScreening] = useState<string | null>(null);
  const [caseId, setCaseId] = useState<string | null>(null);
  const [inspection, setInspection] = useState<string | null>(null);
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, []);
  const unlocked = async () => {
    const me = await keptMe();
    if (!me) throw new Error(t('kit.offline.noProfile'));
    const operations = await keptOperations();
    const screenings = await keptScreenings();
    const cases = await keptCases();
    const inspections = await keptInspections();
    setOpened({ me, operations, screenings, cases, inspections });
    if (operations.length === 1 && screenings.length === 0 && cases.length === 0 && inspections.length === 0)
      setChosen(operations[0]?.id ?? null);
  };
  const lock = () => {
    vault.lock();
    setOpened(null);
    setChosen(null);
    setScreening(null);
    setCaseId(null);
    setInspection(null);
  };
  return (
    <>
      <header className="topbar">
        <span className="brand">
          <Mark />
          <span className="brand-name">Lantern</span>
        </span>
        {opened ? (
          <div className="who">
            <span className="who-name">{opened.me.user.displayName}</span>
            <span className="who-agency">{t('kit.offline.badge')}</span>
          </div>
        ) : null}
        <LanguagePicker className="topbar-language" />
        {opened ? (
          <button type="button" className="button ghost" onClick={lock}>
            {t('kit.offline.lock')}
          </button>
        ) : null}
      </header>
      <main id="main" className="offline-kit">
        {online ? (
          <p className="notice notice-info">
            {t('kit.offline.back')}{' '}
            <button type="button" className="button small" onClick={onOnline}>
              {t('kit.offline.open')}
            </button>
          </p>
        ) : null}
        {!opened ? (
          <>
            <PageHeading>{t('kit.offline.title')}</PageHeading>
            <UnlockForm
              userId={null}
              title={t('kit.unlock.title')}
              lead={t('kit.offline.lead')}
              unlocked={unlocked}
            />
          </>
        ) : inspection ? (
          <>
            <p className="breadcrumb">
              <button type="button" className="button small" onClick={() => setInspection(null)}>
                {t('kit.offline.allKept')}
              </button>
            </p>
            <InspectionPage id={inspection} me={opened.me} offline />
          </>
        ) : caseId ? (
          <>
            <p className="breadcrumb">
              <button type="button" className="button small" onClick={() => setCaseId(null)}>
                {t('kit.offline.allKept')}
              </button>
            </p>
            <CasePage id={caseId} me={opened.me} offline />
          </>
        ) : screening ? (
          <>
            <p className="breadcrumb">
              <button type="button" className="button small" onClick={() => setScreening(null)}>
                {t('kit.offline.allKept')}
              </button>
            </p>
            <InterviewPage id={screening} me={opened.me} offline />
          </>
        ) : chosen ? (
          <>
            {opened.operations.length > 1 ||
            opened.screenings.length > 0 ||
            opened.cases.length > 0 ||
            opened.inspections.length > 0 ? (
              <p className="breadcrumb">
                <button type="button" className="button small" onClick={() => setChosen(null)}>
                  {t('kit.offline.all')}
                </button>
              </p>
            ) : null}
            <FieldPage id={chosen} me={opened.me} offline />
          </>
        ) : (
          <>
            <PageHeading>
              {opened.operations.length === 0 && opened.screenings.length > 0
                ? t('kit.offline.screenings')
                : opened.operations.length === 0 && opened.cases.length > 0
                  ? tp('kit.casesTitle')
                  : opened.operations.length === 0 && opened.inspections.length > 0
                    ? tm('inspections.kit.keptTitle')
                    : t('kit.offline.choose')}
            </PageHeading>
            {opened.operations.length +
              opened.screenings.length +
              opened.cases.length +
              opened.inspections.length ===
            0 ? (
              <p>{t('kit.offline.none')}</p>
            ) : null}
            <ul className="kept-operations">
              {opened.operations.map((o) => (
                <li key={o.id}>
                  <button type="button" className="button big" onClick={() => setChosen(o.id)}>
                    {o.codeName}
                  </button>
                </li>
              ))}
            </ul>
            {opened.screenings.length > 0 ? (
              <>
                {opened.operations.length > 0 ? <h2>{t('kit.offline.screenings')}</h2> : null}
                <ul className="kept-operations">
                  {opened.screenings.map((s) => (
                    <li key={s.id}>
                      <button type="button" className="button big" onClick={() => setScreening(s.id)}>
                        {s.pseudonym}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {opened.cases.length > 0 ? (
              <>
                {opened.operations.length > 0 || opened.screenings.length > 0 ? (
                  <h2>{tp('kit.casesTitle')}</h2>
                ) : null}
                <ul className="kept-operations">
                  {opened.cases.map((c) => (
                    <li key={c.id}>
                      <button type="button" className="button big" onClick={() => setCaseId(c.id)}>
                        {c.pseudonym}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {opened.inspections.length > 0 ? (
              <>
                {opened.operations.length + opened.screenings.length + opened.cases.length > 0 ? (
                  <h2>{tm('inspections.kit.keptTitle')}</h2>
                ) : null}
                <ul className="kept-operations">
                  {opened.inspections.map((x) => (
                    <li key={x.id}>
                      <button type="button" className="button big" onClick={() => setInspection(x.id)}>
                        {tm('inspections.kit.keptItem', { ref: x.ref, workplace: x.workplace })}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        )}
      </main>
    </>
  );
}
