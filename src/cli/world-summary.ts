import type { WorldStats } from '../world/stats.ts';
import { CLI_LOCALES, cliLanguage, say, texts } from './language.ts';

/**
 * `lantern world stats` for a person: the figures of a generated world, one line each, with roles, kinds of
 * exploitation and severities as words and nationalities as the language names their countries.
 */
export function worldSummary(s: WorldStats): string {
  const t = texts().stats;
  const sep = texts().common.listSeparator;
  const regions = new Intl.DisplayNames(CLI_LOCALES[cliLanguage()], { type: 'region', fallback: 'code' });
  const country = (code: string) => {
    try {
      return regions.of(code) ?? code;
    } catch {
      return code;
    }
  };
  const list = (o: Record<string, number>, word: (code: string) => string) =>
    Object.entries(o)
      .sort((a, b) => b[1] - a[1])
      .map(([code, count]) => say(t.item, { name: word(code), count }))
      .join(sep);
  const wordOf =
    (words: Record<string, string>) =>
    (code: string): string =>
      words[code] ?? code;
  const share = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 10_000) / 100);
  return [
    say(t.head, { preset: s.preset, seed: String(s.seed), people: s.people }),
    say(t.roles, { list: list(s.byRole, wordOf(t.roleWords)) }),
    say(t.nationalities, { list: list(s.byNationality, country) }),
    say(t.trafficked, {
      trafficked: s.trafficked,
      percent: s.traffickedPercentOfMigrants,
      migrants: s.migrants,
      children: s.children,
      list: list(s.byExploitation, wordOf(t.exploitationWords)),
    }),
    say(t.labourRights, { count: s.labourRightsCases }),
    say(t.sites, { total: s.sites.total, list: list(s.sites.bySeverity, wordOf(t.severityWords)) }),
    say(t.calls, { calls: s.calls, ...s.callsPerPhone }),
    say(t.names, { list: list(s.distinctNamesByNationality, country) }),
    say(t.tips, {
      total: s.tips.total,
      false: s.tips.false,
      falseShare: share(s.tips.false, s.tips.total),
      duplicates: s.tips.duplicates,
      duplicateShare: share(s.tips.duplicates, s.tips.total),
    }),
  ].join('\n');
}
