import { useState } from 'react';
import { api, messageOf } from '../api.ts';
import type { Agency } from '../types.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { PublicChannelPanel } from './PublicChannelPanel.tsx';
import { RuleForm } from './RuleForm.tsx';
import { ruleWords } from './rule-words.ts';
import type { Rule } from './types.ts';

/**
 * The routing rules, for the system administrator: which agency gets which tips and inspection findings. Others who
 * triage read them, to know where a tip will go.
 */
export function RulesPanel({ canEdit }: { canEdit: boolean }) {
  const rules = useLoad<{ rules: Rule[] }>('/api/monitoring/rules');
  const agencies = useLoad<{ agencies: Agency[] }>('/api/agencies');
  const [editing, setEditing] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const names = new Map((agencies.data?.agencies ?? []).map((a) => [a.id, a.name]));
  const saved = (message: string) => {
    setDone(message);
    setEditing(null);
    rules.reload();
  };
  const setActive = async (rule: Rule, active: boolean) => {
    setError(null);
    setDone(null);
    try {
      const { id, toAgencyName: _name, ...body } = rule;
      await api.put(`/api/monitoring/rules/${encodeURIComponent(id)}`, { ...body, active });
      saved(active ? `Rule “${rule.name}” back in force.` : `Rule “${rule.name}” set aside.`);
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const list = rules.data?.rules ?? [];
  return (
    <>
      <section className="panel" aria-labelledby="rules-h">
        <h2 id="rules-h">Routing rules</h2>
        <p className="hint">
          Each tip or inspection finding is proposed to every agency whose rule in force matches it. Where two
          match, the operator is warned that jurisdictions overlap.
        </p>
        <ErrorMessage message={rules.error ?? agencies.error ?? error} />
        <StatusMessage message={done} tone="success" />
        {rules.data && list.length === 0 ? (
          <p>No routing rule yet: tips go nowhere until one is added.</p>
        ) : null}
        <ul className="tip-rules">
          {list.map((rule) => (
            <li key={rule.id} aria-label={`Rule ${rule.name}`}>
              <p>
                <strong>{rule.name}</strong> →{' '}
                {rule.toAgencyName ?? names.get(rule.toAgencyId) ?? 'an agency'}
                {rule.active ? '' : ' (not in force)'}
              </p>
              <p>
                {ruleWords(rule)} Priority {rule.priority}.
              </p>
              {canEdit && editing !== rule.id ? (
                <p>
                  <button type="button" className="button small" onClick={() => setEditing(rule.id)}>
                    Edit<span className="visually-hidden"> the rule {rule.name}</span>
                  </button>{' '}
                  <button
                    type="button"
                    className="button small"
                    onClick={() => void setActive(rule, !rule.active)}
                  >
                    {rule.active ? 'Set aside' : 'Put back in force'}
                    <span className="visually-hidden"> the rule {rule.name}</span>
                  </button>
                </p>
              ) : null}
              {canEdit && editing === rule.id && agencies.data ? (
                <RuleForm
                  agencies={agencies.data.agencies}
                  rule={rule}
                  onSaved={saved}
                  onCancel={() => setEditing(null)}
                />
              ) : null}
            </li>
          ))}
        </ul>
        {canEdit && agencies.data ? <RuleForm agencies={agencies.data.agencies} onSaved={saved} /> : null}
      </section>
      {canEdit && agencies.data ? <PublicChannelPanel agencies={agencies.data.agencies} /> : null}
    </>
  );
}
