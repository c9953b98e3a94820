/** A notice to the person in the chosen language: the server sends its kind with values (staff names, code names). */
import type { TFunction } from 'i18next';
import type { UserNotices } from '../types.ts';
import { formatDateTime, listWords, roleWord } from '../ui/format.ts';

type Notice = UserNotices['notices'][number];

export function noticeWords(t: TFunction<'shell'>, n: Notice): string {
  const d = n.detail;
  // A notice written before its values were kept has its text in English.
  if (!d) return n.text;
  switch (d.kind) {
    case 'tips_overdue':
      return t('notices.tipsOverdue', { count: d.count });
    case 'account_reset':
      return [
        t('notices.reset', {
          at: formatDateTime(d.at),
          requestedBy: d.requestedBy,
          approvedBy: d.approvedBy,
        }),
        d.operationsLeft > 0 ? t('notices.resetLeft', { count: d.operationsLeft }) : '',
        t('notices.resetWarning'),
      ]
        .filter(Boolean)
        .join(' ');
    case 'roles_granted':
      return t('notices.rolesGranted', {
        count: d.roles.length,
        roles: listWords(d.roles.map((r) => roleWord(r, r))),
        requestedBy: d.requestedBy,
        approvedBy: d.approvedBy,
      });
    case 'device_revoked':
      return [
        t('notices.deviceRevoked', {
          label: d.label,
          requestedBy: d.requestedBy,
          approvedBy: d.approvedBy,
        }),
        t('notices.resetWarning'),
      ].join(' ');
    case 'plan_changed_after_approval':
      return t('notices.planChanged', {
        codeName: d.codeName,
        by: d.console ? t('notices.console') : (d.by ?? t('notices.aCommander')),
        changed: listWords(d.changed.map((c) => t(`notices.changed.${c}`))),
      });
  }
}
