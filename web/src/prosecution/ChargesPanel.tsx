import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { type CaseAction, useCaseAction } from '../protection/useCaseAction.ts';
import { formatDate } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { TableWrap } from '../ui/TableWrap.tsx';
import { useLoad } from '../useLoad.ts';
import { ChargeForm } from './ChargeForm.tsx';
import { listWords, type T, word } from './codes.ts';
import { chargeName } from './court-labels.ts';
import { Gauge, GaugeLegend } from './Gauge.tsx';
import { LinkForm } from './LinkForm.tsx';
import { STATUS_TONE } from './labels.ts';
import { caseFilePath } from './paths.ts';
import type { CaseFile, Charge, ChargeElement, Offences } from './types.ts';

interface Props {
  c: CaseFile;
  editable: boolean;
  onChanged: () => void;
}

/**
 * The charges, per suspect: each offence with its elements, the evidence linked to each, the gaps and what to seek
 * next, and the testimony-burden gauge; laying a charge and linking evidence to an element.
 */
export function ChargesPanel({ c, editable, onChanged }: Props) {
  const { t } = useTranslation('prosecution');
  const action = useCaseAction(onChanged);
  const catalogue = useLoad<Offences>(editable ? '/api/prosecution/offences' : null);
  const charged = c.suspects.filter((s) => c.charges.some((ch) => ch.suspectId === s.id));
  return (
    <section className="panel" aria-labelledby="charges-h">
      <h2 id="charges-h">{t('charges.heading')}</h2>
      <p className="hint">{t('charges.hint')}</p>
      {c.charges.length === 0 ? <p className="muted">{t('words.noChargeLaid')}</p> : <GaugeLegend />}
      {charged.map((s) => (
        <div key={s.id}>
          <h3 className="case-part">{t('charges.against', { suspect: s.label })}</h3>
          {c.charges
            .filter((ch) => ch.suspectId === s.id)
            .map((ch) => (
              <ChargeView key={ch.id} c={c} ch={ch} editable={editable} action={action} />
            ))}
        </div>
      ))}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
      {editable && c.charges.length > 0 && c.evidence.length > 0 ? <LinkForm c={c} action={action} /> : null}
      {editable ? (
        <>
          <ErrorMessage message={catalogue.error} />
          {catalogue.data && c.suspects.length > 0 ? (
            <ChargeForm c={c} offences={catalogue.data.offences} action={action} />
          ) : null}
          {c.suspects.length === 0 ? <p className="muted">{t('charges.addSuspect')}</p> : null}
        </>
      ) : null}
    </section>
  );
}

/** Where the charge comes from and whom it protects: "Thailand · …, to be checked by a lawyer of Thailand · victims: adults · laid 3 May 2026". */
function chargeFacts(t: T, ch: Charge): string {
  const country = word(t, 'country', ch.country);
  const cited = ch.citation?.text ?? null;
  const victims = word(t, 'chargeVictims', ch.victims).toLowerCase();
  return [
    country,
    cited ? t('charges.cited', { citation: cited, country }) : null,
    ch.adultVictimsSex
      ? t('charges.victimsAdults', {
          victims,
          sex: word(t, 'adultVictimsSex', ch.adultVictimsSex).toLowerCase(),
        })
      : t('charges.victims', { victims }),
    t('charges.laid', { day: formatDate(ch.laidAt) }),
  ]
    .filter(Boolean)
    .join(' · ');
}

function ChargeView({
  c,
  ch,
  editable,
  action,
}: {
  c: CaseFile;
  ch: Charge;
  editable: boolean;
  action: CaseAction;
}) {
  const { t } = useTranslation('prosecution');
  const headingId = `charge-${ch.id}`;
  const suspect = c.suspects.find((s) => s.id === ch.suspectId)?.label ?? t('words.theSuspect');
  return (
    <section className="charge" aria-labelledby={headingId}>
      <h4 id={headingId}>{chargeName(t, { ...ch, suspect })}</h4>
      <p className="hint">{chargeFacts(t, ch)}</p>
      {ch.notes.length > 0 ? (
        <ul className="hint">
          {ch.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      <Gauge burden={ch.burden} />
      <TableWrap>
        <table>
          <caption className="visually-hidden">
            {t('charges.caption', { offence: ch.offence, suspect })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('charges.element')}</th>
              <th scope="col">{t('charges.standing')}</th>
              <th scope="col">{t('charges.linked')}</th>
              <th scope="col">{t('charges.seekNext')}</th>
            </tr>
          </thead>
          <tbody>
            {ch.elements.map((el) => (
              <ElementRow key={el.code} c={c} ch={ch} el={el} editable={editable} action={action} />
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}

function ElementRow({
  c,
  ch,
  el,
  editable,
  action,
}: {
  c: CaseFile;
  ch: Charge;
  el: ChargeElement;
  editable: boolean;
  action: CaseAction;
}) {
  const { t } = useTranslation('prosecution');
  const unlink = (evidenceId: string, ref: string) =>
    action.run(
      () =>
        api.delete(
          caseFilePath(
            c.id,
            `/charges/${encodeURIComponent(ch.id)}/elements/${encodeURIComponent(el.code)}/evidence/${encodeURIComponent(evidenceId)}`,
          ),
        ),
      t('charges.unlinked', { ref, element: el.text, offence: ch.offence }),
    );
  return (
    <tr>
      <th scope="row">{el.text}</th>
      <td>
        <span className={STATUS_TONE[el.status]}>{word(t, 'elementStatus', el.status)}</span>
      </td>
      <td>
        {el.evidence.length === 0 ? (
          <span className="muted">{t('words.none')}</span>
        ) : (
          <ul className="plain-list">
            {el.evidence.map((e) => {
              const item = c.evidence.find((x) => x.id === e.id);
              const ref = item?.ref ?? t('charges.anItem');
              return (
                <li key={e.id}>
                  <strong>{ref}</strong>{' '}
                  {item ? <span className="sub">{word(t, 'evidenceKind', item.kind)}</span> : null}
                  {editable ? (
                    <button
                      type="button"
                      className="button small"
                      disabled={action.busy}
                      onClick={() => void unlink(e.id, ref)()}
                    >
                      {t('charges.unlink')}
                      <span className="visually-hidden">
                        {' '}
                        {t('charges.unlinkWhat', { ref, element: el.text })}
                      </span>
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </td>
      <td>
        {el.seekNext.length === 0 ? (
          <span className="muted">{t('charges.nothingMore')}</span>
        ) : (
          listWords(
            t,
            el.seekNext.map((k) => word(t, 'seek', k)),
          )
        )}
      </td>
    </tr>
  );
}
