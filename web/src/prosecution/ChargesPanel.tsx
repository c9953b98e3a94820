import { api } from '../api.ts';
import { type CaseAction, useCaseAction } from '../protection/useCaseAction.ts';
import { wordFor } from '../screening/labels.ts';
import { formatDate } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { ChargeForm } from './ChargeForm.tsx';
import { Gauge, GaugeLegend } from './Gauge.tsx';
import { LinkForm } from './LinkForm.tsx';
import {
  ADULT_VICTIMS_SEX,
  CHARGE_VICTIMS,
  COUNTRIES,
  ELEMENT_STATUSES,
  SEEK_WORDS,
  STATUS_TONE,
} from './labels.ts';
import { caseFilePath } from './paths.ts';
import type { CaseFile, Charge, ChargeElement, Offence } from './types.ts';

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
  const action = useCaseAction(onChanged);
  const catalogue = useLoad<{ offences: Offence[] }>(editable ? '/api/prosecution/offences' : null);
  const charged = c.suspects.filter((s) => c.charges.some((ch) => ch.suspectId === s.id));
  return (
    <section className="panel" aria-labelledby="charges-h">
      <h2 id="charges-h">Charges and elements</h2>
      <p className="hint">
        Each element stands proven by independent evidence, by others’ testimony only, on the victim’s
        testimony alone, or is a gap. The testimony burden is the share of proven elements that rest on the
        victim alone: the lower, the less the case asks of them.
      </p>
      {c.charges.length === 0 ? <p className="muted">No charge laid yet.</p> : <GaugeLegend />}
      {charged.map((s) => (
        <div key={s.id}>
          <h3 className="case-part">Charges against {s.label}</h3>
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
          {c.suspects.length === 0 ? <p className="muted">Add a suspect to lay a charge.</p> : null}
        </>
      ) : null}
    </section>
  );
}

const citationWords = (ch: Charge) =>
  ch.citation ? `${ch.citation.law}${ch.citation.section ? `, ${ch.citation.section}` : ''}` : null;

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
  const headingId = `charge-${ch.id}`;
  const suspect = c.suspects.find((s) => s.id === ch.suspectId)?.label ?? 'the suspect';
  const cited = citationWords(ch);
  return (
    <section className="charge" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {ch.title} ({ch.offence}) against {suspect}
      </h4>
      <p className="hint">
        {wordFor(COUNTRIES, ch.country)}
        {cited ? ` · ${cited}, to be checked by a lawyer of ${wordFor(COUNTRIES, ch.country)}` : ''} ·
        victims: {wordFor(CHARGE_VICTIMS, ch.victims).toLowerCase()}
        {ch.adultVictimsSex
          ? ` (adults: ${wordFor(ADULT_VICTIMS_SEX, ch.adultVictimsSex).toLowerCase()})`
          : ''}{' '}
        · laid {formatDate(ch.laidAt)}
      </p>
      {ch.notes.length > 0 ? (
        <ul className="hint">
          {ch.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      <Gauge burden={ch.burden} />
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">
            Elements of {ch.offence} against {suspect}
          </caption>
          <thead>
            <tr>
              <th scope="col">Element to prove</th>
              <th scope="col">Standing</th>
              <th scope="col">Evidence linked</th>
              <th scope="col">What to seek next</th>
            </tr>
          </thead>
          <tbody>
            {ch.elements.map((el) => (
              <ElementRow key={el.code} c={c} ch={ch} el={el} editable={editable} action={action} />
            ))}
          </tbody>
        </table>
      </div>
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
  const unlink = (evidenceId: string, ref: string) =>
    action.run(
      () =>
        api.delete(
          caseFilePath(
            c.id,
            `/charges/${encodeURIComponent(ch.id)}/elements/${encodeURIComponent(el.code)}/evidence/${encodeURIComponent(evidenceId)}`,
          ),
        ),
      `${ref} unlinked from “${el.text}” (${ch.offence}).`,
    );
  return (
    <tr>
      <th scope="row">{el.text}</th>
      <td>
        <span className={STATUS_TONE[el.status]}>{wordFor(ELEMENT_STATUSES, el.status)}</span>
      </td>
      <td>
        {el.evidence.length === 0 ? (
          <span className="muted">None</span>
        ) : (
          <ul className="plain-list">
            {el.evidence.map((e) => {
              const item = c.evidence.find((x) => x.id === e.id);
              const ref = item?.ref ?? 'An item';
              return (
                <li key={e.id}>
                  <strong>{ref}</strong> {item ? <span className="sub">{item.kindLabel}</span> : null}
                  {editable ? (
                    <button
                      type="button"
                      className="button small"
                      disabled={action.busy}
                      onClick={() => void unlink(e.id, ref)()}
                    >
                      Unlink
                      <span className="visually-hidden">
                        {' '}
                        {ref} from “{el.text}”
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
          <span className="muted">Nothing more</span>
        ) : (
          el.seekNext.map((k) => wordFor(SEEK_WORDS, k)).join(', ')
        )}
      </td>
    </tr>
  );
}
