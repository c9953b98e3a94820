import { useTranslation } from 'react-i18next';
import { NO_TLP, REPORT_ORIGINS, type REPORT_SORTS } from '../../../src/intel/wire.ts';
import { href } from '../router.ts';
import { SelectField } from '../screening/controls.tsx';
import { type Column, DataTable } from '../ui/DataTable.tsx';
import { formatDay } from '../ui/datetime.ts';
import { useListing } from '../ui/useListing.ts';
import { codeOptions, dayOf } from './labels.ts';
import { GradeBadge, HandlingBadge, TlpBadge } from './Marks.tsx';
import type { Registry, ReportPage, ReportRow } from './types.ts';

type Sort = (typeof REPORT_SORTS)[number];
type Options = readonly (readonly [string, string])[];

/**
 * Reports of the agency and those shared with it, a page at a time from the server: newest first until another
 * column is chosen, found by title, marking or grade, filtered by handling code, TLP, own or shared and the grades
 * of their items.
 */
export function ReportList({ reg }: { reg: Registry | null }) {
  const { t } = useTranslation('intel');
  const { t: common } = useTranslation();
  const listing = useListing<ReportPage, Sort>('/api/intel/reports', { sort: 'reported_on', order: 'desc' });
  const select = (name: string, label: string, options: Options) => (
    <SelectField
      label={label}
      value={listing.state.filters[name] ?? ''}
      onChange={(v) => listing.setFilter(name, v)}
      options={options}
      placeholder={common('table.any')}
    />
  );
  const columns: Column<ReportRow, Sort>[] = [
    {
      key: 'title',
      header: t('reports.title'),
      sort: 'title',
      rowHeader: true,
      cell: (r) => <a href={href(`/intel/reports/${encodeURIComponent(r.id)}`)}>{r.title}</a>,
    },
    {
      key: 'reported',
      header: t('reports.reported'),
      sort: 'reported_on',
      first: 'desc',
      className: 'nowrap',
      cell: (r) => <time dateTime={dayOf(r.reportedOn)}>{formatDay(dayOf(r.reportedOn))}</time>,
    },
    {
      key: 'grades',
      header: t('reports.grades'),
      sort: 'grade',
      cell: (r) =>
        r.grades.length ? (
          <span className="marks">
            {r.grades.map((g) => (
              <GradeBadge key={g} reg={reg} source={g.slice(0, 1)} info={g.slice(1)} />
            ))}
          </span>
        ) : (
          <GradeBadge reg={reg} source={null} info={null} />
        ),
    },
    {
      key: 'marking',
      header: t('reports.marking'),
      sort: 'marking',
      cell: (r) => (
        <span className="marks">
          <HandlingBadge code={r.handling} />
          <TlpBadge tlp={r.tlp} />
        </span>
      ),
    },
    {
      key: 'from',
      header: t('reports.from'),
      sort: 'origin',
      cell: (r) => (r.originator ? t('reports.yours') : <strong>{t('reports.shared')}</strong>),
    },
  ];
  return (
    <DataTable
      caption={t('reports.caption')}
      columns={columns}
      listing={listing}
      rows={(r) => r.reports}
      rowKey={(r) => r.id}
      search={t('reports.search')}
      empty={t('reports.none')}
      filters={
        <>
          {select('handling', t('marking.handlingCode'), reg ? codeOptions('handling', reg) : [])}
          {select('tlp', t('marking.tlp'), [
            ...(reg?.tlp ?? []).map((x) => [x, `TLP:${x}`] as const),
            [NO_TLP, t('marking.noTlp')],
          ])}
          {select(
            'origin',
            t('reports.from'),
            REPORT_ORIGINS.map((o) => [o, o === 'own' ? t('reports.yours') : t('reports.shared')] as const),
          )}
          {select('sourceGrade', t('grades.source'), reg ? codeOptions('sourceGrade', reg) : [])}
          {select('infoGrade', t('grades.info'), reg ? codeOptions('infoGrade', reg) : [])}
        </>
      }
    />
  );
}
