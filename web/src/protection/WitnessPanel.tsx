import { languageOptions, wordFor } from '../screening/labels.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import type { CasePage } from './case-types.ts';
import { formatDay } from './labels.ts';
import { MeasureItem } from './MeasureItem.tsx';
import { casePath, useCaseAction } from './useCaseAction.ts';
import './case-parts.css';
import { CooperationForm, MeasureForm } from './WitnessForms.tsx';
import { COOPERATION_STANCES, MEASURE_KINDS, money, VALIDITY } from './witness-labels.ts';
import type { WitnessPage } from './witness-types.ts';

interface Props {
  c: CasePage;
  editable: boolean;
  language: string;
  onChanged: () => void;
}

/**
 * Witness support without pressure: the person's stance on cooperating with a prosecution (theirs to decide; it
 * never changes their services) and the support measures asked for them — permits with their valid-until date,
 * protection, the risk of reprisals against the family at home, hearing support, travel and subsistence.
 */
export function WitnessPanel({ c, editable, language }: Props) {
  const witness = useLoad<WitnessPage>(casePath(c.id, '/witness'));
  const stance = useCaseAction(witness.reload);
  const asked = useCaseAction(witness.reload);
  const w = witness.data;
  return (
    <section className="panel" aria-labelledby="witness-h">
      <h2 id="witness-h">Witness support</h2>
      <p className="notice notice-info">
        <strong>Whether the person cooperates never changes their services.</strong> Cooperating with a
        prosecution is theirs to decide; no service, stay or record depends on it.
      </p>
      <ErrorMessage message={witness.error} />
      {!w ? (
        witness.error ? null : (
          <p className="muted">Loading the witness support…</p>
        )
      ) : (
        <>
          <h3 id="stance-h" className="case-part">
            Cooperating with a prosecution
          </h3>
          <p>
            Now: <strong>{wordFor(COOPERATION_STANCES, w.cooperation.current)}</strong>
            {w.cooperation.since
              ? ` — as discussed with the person on ${formatDay(w.cooperation.since)}`
              : ''}
          </p>
          {w.cooperation.history.length > 0 ? (
            <div className="table-wrap">
              <table>
                <caption>The person’s stance over time, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Stance</th>
                    <th scope="col">Discussed on</th>
                    <th scope="col">In</th>
                    <th scope="col">Recorded</th>
                  </tr>
                </thead>
                <tbody>
                  {w.cooperation.history.map((h) => (
                    <tr key={`${h.at}-${h.stance}`}>
                      <th scope="row">{wordFor(COOPERATION_STANCES, h.stance)}</th>
                      <td className="nowrap">{formatDay(h.on)}</td>
                      <td>{wordFor(languageOptions(), h.language)}</td>
                      <td>
                        {formatDateTime(h.at)}
                        {h.by ? `, by ${h.by.name}` : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {editable ? <CooperationForm caseId={c.id} language={language} action={stance} /> : null}
          <ErrorMessage message={stance.error} />
          <StatusMessage message={stance.done} tone="success" />

          <h3 id="measures-h" className="case-part">
            Support measures
          </h3>
          {w.permitsExpiring.length > 0 ? (
            <ul className="notice notice-error" aria-label="Permits expiring or expired">
              {w.permitsExpiring.map((p) => (
                <li key={p.measureId}>
                  <strong>{wordFor(MEASURE_KINDS, p.kind)}</strong>:{' '}
                  {p.validity === 'expired' ? 'expired' : 'expires'}
                  {p.validUntil ? ` on ${formatDay(p.validUntil)}` : ''}
                  {p.validity === 'expiring' ? ` (${wordFor(VALIDITY, 'expiring').toLowerCase()})` : ''}.
                </li>
              ))}
            </ul>
          ) : null}
          {w.measures.length === 0 ? (
            <p className="muted">No support measure asked for.</p>
          ) : (
            <ul className="referrals" aria-labelledby="measures-h">
              {w.measures.map((m) => (
                <MeasureItem key={m.id} caseId={c.id} m={m} editable={editable} onChanged={witness.reload} />
              ))}
            </ul>
          )}
          {w.paid.length > 0 ? (
            <div className="table-wrap">
              <table>
                <caption>Travel and subsistence paid to the person</caption>
                <thead>
                  <tr>
                    <th scope="col">Currency</th>
                    <th scope="col" className="num">
                      Travel
                    </th>
                    <th scope="col" className="num">
                      Subsistence
                    </th>
                    <th scope="col" className="num">
                      In all
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {w.paid.map((p) => (
                    <tr key={p.currency}>
                      <th scope="row">{p.currency}</th>
                      <td className="num">{money(p.travel, p.currency)}</td>
                      <td className="num">{money(p.subsistence, p.currency)}</td>
                      <td className="num">{money(p.total, p.currency)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {editable ? <MeasureForm caseId={c.id} action={asked} /> : null}
          <ErrorMessage message={asked.error} />
          <StatusMessage message={asked.done} tone="success" />
        </>
      )}
    </section>
  );
}
