import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../screening/controls.tsx';
import type { Agencies, Agency } from '../types.ts';
import { useLoad } from '../useLoad.ts';
import { agencyOption } from './labels.ts';

interface Props {
  /** Agencies not to offer: the reader's own, those proposed, those already sent to or chosen. */
  leaveOut: (a: Agency) => boolean;
  onAdd: (a: Agency) => void;
}

/** "Choose the agency yourself": any other agency taking part, added to the routing one at a time. */
export function OtherAgencies({ leaveOut, onAdd }: Props) {
  const { t } = useTranslation('monitoring');
  const list = useLoad<Agencies>('/api/agencies');
  const [picked, setPicked] = useState('');
  const offered = (list.data?.agencies ?? []).filter((a) => !leaveOut(a));
  if (!list.data || offered.length === 0) return null;
  const add = () => {
    const a = offered.find((x) => x.id === picked);
    if (a) onAdd(a);
    setPicked('');
  };
  return (
    <div className="row">
      <SelectField
        label={t('otherAgencies.label')}
        value={picked}
        onChange={setPicked}
        options={offered.map(agencyOption)}
        placeholder={t('shared.chooseAgency')}
        hint={t('otherAgencies.hint')}
      />
      <div className="field">
        <button type="button" className="button" disabled={!picked} onClick={add}>
          {t('otherAgencies.add')}
        </button>
      </div>
    </div>
  );
}
