import { useState } from 'react';
import { SelectField } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import type { Agency } from '../types.ts';
import { useLoad } from '../useLoad.ts';
import { AGENCY_KINDS } from './labels.ts';

interface Props {
  /** Agencies not to offer: the reader's own, those proposed, those already sent to or chosen. */
  leaveOut: (a: Agency) => boolean;
  onAdd: (a: Agency) => void;
}

/** "Choose the agency yourself": any other agency taking part, added to the routing one at a time. */
export function OtherAgencies({ leaveOut, onAdd }: Props) {
  const list = useLoad<{ agencies: Agency[] }>('/api/agencies');
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
        label="Another agency"
        value={picked}
        onChange={setPicked}
        options={offered.map((a) => [a.id, `${a.name} (${wordFor(AGENCY_KINDS, a.kind)})`] as const)}
        placeholder="Choose an agency"
        hint="When no rule names the agency that can act, or another should know too."
      />
      <div className="field">
        <button type="button" className="button" disabled={!picked} onClick={add}>
          Add to the routing
        </button>
      </div>
    </div>
  );
}
