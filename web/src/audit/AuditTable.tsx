import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditRow } from '../types.ts';
import { formatInstant, shortId } from '../ui/format.ts';
import { TableWrap } from '../ui/TableWrap.tsx';
import { actionWord, actorKindWord, outcomeWord, resourceWord, seqWords } from './words.ts';

function Ref({ kind, id, word }: { kind: string | null; id: string | null; word: (code: string) => string }) {
  if (!kind && !id) return <span className="muted">—</span>;
  return (
    <span>
      {kind ? word(kind) : null}
      {id ? (
        <>
          {' '}
          <span className="mono muted" title={id}>
            {shortId(id)}
          </span>
        </>
      ) : null}
    </span>
  );
}

/** The entries, newest first: the action in words beside its code as the log records it. */
export function AuditTable({ entries }: { entries: AuditRow[] }) {
  const { t } = useTranslation('audit');
  if (entries.length === 0) return <p>{t('table.empty')}</p>;
  const by = (f: (t: TFunction<'audit'>, code: string) => string) => (code: string) => f(t, code);
  return (
    <TableWrap>
      <table className="audit">
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.seq')}</th>
            <th scope="col">{t('table.time')}</th>
            <th scope="col">{t('table.action')}</th>
            <th scope="col">{t('table.code')}</th>
            <th scope="col">{t('table.outcome')}</th>
            <th scope="col">{t('table.actor')}</th>
            <th scope="col">{t('table.address')}</th>
            <th scope="col">{t('table.record')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.seq}>
              <td className="num">{seqWords(e.seq)}</td>
              <td className="nowrap">{formatInstant(e.at)}</td>
              <td>{actionWord(t, e.action)}</td>
              <td className="mono">{e.action}</td>
              <td>
                <span className={`outcome outcome-${e.outcome}`}>{outcomeWord(t, e.outcome)}</span>
              </td>
              <td>
                <Ref kind={e.actorKind} id={e.actorId} word={by(actorKindWord)} />
              </td>
              <td className="mono">{e.ip ?? <span className="muted">—</span>}</td>
              <td>
                <Ref kind={e.resourceType} id={e.resourceId} word={by(resourceWord)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
