import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { api, messageOf } from '../api.ts';
import type { Agencies } from '../types.ts';
import { formatNumber } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { PublicChannelPanel } from './PublicChannelPanel.tsx';
import { RuleForm } from './RuleForm.tsx';
import { ruleWords } from './rule-words.ts';
import type { Rule, RuleInput, Rules } from './types.ts';

/**
 * The routing rules, for the system administrator: which agency gets which tips and inspection findings. Others who
 * triage read them, to know where a tip will go.
 */
export function RulesPanel({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation('monitoring');
  const rules = useLoad<Rules>('/api/monitoring/rules');
  const agencies = useLoad<Agencies>('/api/agencies');
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
      await api.put(`/api/monitoring/rules/${encodeURIComponent(id)}`, {
        ...body,
        active,
      } satisfies RuleInput);
      saved(
        active ? t('rules.backInForce', { name: rule.name }) : t('rules.setAsideDone', { name: rule.name }),
      );
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const list = rules.data?.rules ?? [];
  const hidden = <span className="visually-hidden" />;
  return (
    <>
      <section className="panel" aria-labelledby="rules-h">
        <h2 id="rules-h">{t('rules.title')}</h2>
        <p className="hint">{t('rules.hint')}</p>
        <ErrorMessage message={rules.error ?? agencies.error ?? error} />
        <StatusMessage message={done} tone="success" />
        {rules.data && list.length === 0 ? <p>{t('rules.empty')}</p> : null}
        <ul className="tip-rules">
          {list.map((rule) => (
            <li key={rule.id} aria-label={t('rules.ruleNamed', { name: rule.name })}>
              <p>
                <Trans
                  t={t}
                  i18nKey={rule.active ? 'rules.line' : 'rules.lineNotInForce'}
                  values={{
                    name: rule.name,
                    agency: rule.toAgencyName ?? names.get(rule.toAgencyId) ?? t('rules.anAgency'),
                  }}
                  components={{ 1: <strong /> }}
                />
              </p>
              <p>
                {t('rules.matches', { words: ruleWords(t, rule), priority: formatNumber(rule.priority) })}
              </p>
              {canEdit && editing !== rule.id ? (
                <p>
                  <button type="button" className="button small" onClick={() => setEditing(rule.id)}>
                    <Trans
                      t={t}
                      i18nKey="rules.edit"
                      values={{ name: rule.name }}
                      components={{ 1: hidden }}
                    />
                  </button>{' '}
                  <button
                    type="button"
                    className="button small"
                    onClick={() => void setActive(rule, !rule.active)}
                  >
                    <Trans
                      t={t}
                      i18nKey={rule.active ? 'rules.setAside' : 'rules.putBack'}
                      values={{ name: rule.name }}
                      components={{ 1: hidden }}
                    />
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
