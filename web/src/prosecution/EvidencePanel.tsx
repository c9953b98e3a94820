import { useTranslation } from 'react-i18next';
import { useCaseAction } from '../protection/useCaseAction.ts';
import { href } from '../router.ts';
import { formatDate } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { TableWrap } from '../ui/TableWrap.tsx';
import { type T, word } from './codes.ts';
import { EvidenceForm } from './EvidenceForm.tsx';
import type { CaseFile, EvidenceItem } from './types.ts';

interface Props {
  c: CaseFile;
  editable: boolean;
  onChanged: () => void;
  canReadEvidence: boolean;
}

/** The elements an item goes to, as "offence against suspect: element". */
function usesOf(t: T, c: CaseFile, id: string): string[] {
  return c.charges.flatMap((ch) => {
    const suspect = c.suspects.find((s) => s.id === ch.suspectId)?.label ?? t('words.theSuspect');
    return ch.elements
      .filter((el) => el.evidence.some((e) => e.id === id))
      .map((el) => t('evidence.use', { offence: ch.offence, suspect, element: el.text }));
  });
}

/** The case's evidence items in the order added: kind, description, the exhibit behind it and where it is used. */
export function EvidencePanel({ c, editable, onChanged, canReadEvidence }: Props) {
  const { t } = useTranslation('prosecution');
  const action = useCaseAction(onChanged);
  return (
    <section className="panel" aria-labelledby="evidence-h">
      <h2 id="evidence-h">{t('evidence.heading')}</h2>
      {c.evidence.length === 0 ? (
        <p className="muted">{t('evidence.none')}</p>
      ) : (
        <TableWrap>
          <table>
            <caption className="visually-hidden">{t('evidence.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('evidence.item')}</th>
                <th scope="col">{t('evidence.kind')}</th>
                <th scope="col">{t('words.description')}</th>
                <th scope="col">{t('evidence.goesTo')}</th>
              </tr>
            </thead>
            <tbody>
              {c.evidence.map((e) => (
                <EvidenceRow key={e.id} e={e} uses={usesOf(t, c, e.id)} canReadEvidence={canReadEvidence} />
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
      {editable ? <EvidenceForm c={c} action={action} canReadEvidence={canReadEvidence} /> : null}
    </section>
  );
}

function EvidenceRow({
  e,
  uses,
  canReadEvidence,
}: {
  e: EvidenceItem;
  uses: string[];
  canReadEvidence: boolean;
}) {
  const { t } = useTranslation('prosecution');
  return (
    <tr>
      <th scope="row" className="nowrap">
        {e.exhibitId && canReadEvidence ? (
          <a href={href(`/evidence/${encodeURIComponent(e.exhibitId)}`)}>
            {e.ref}
            <span className="visually-hidden">{t('evidence.openExhibit')}</span>
          </a>
        ) : (
          e.ref
        )}
        <span className="sub">{t('evidence.added', { day: formatDate(e.addedAt) })}</span>
      </th>
      <td>
        {word(t, 'evidenceKind', e.kind)}
        {e.reportId ? (
          <span className="sub">
            <a href={href(`/intel/reports/${encodeURIComponent(e.reportId)}`)}>{t('evidence.openReport')}</a>
          </span>
        ) : null}
      </td>
      <td className="word-break">{e.description}</td>
      <td>
        {uses.length === 0 ? (
          <span className="muted">{t('evidence.noElement')}</span>
        ) : (
          <ul className="plain-list">
            {uses.map((u) => (
              <li key={u}>{u}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}
