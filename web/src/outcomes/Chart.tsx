import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../ui/format.ts';

// Charts of the outcomes dashboard, drawn by ECharts on a canvas (its core with the bar chart, the grid and the
// canvas renderer only: a small chunk of its own, loaded with the dashboard). A canvas needs no style tag or style
// attribute, so the strict CSP holds; no tooltip (ECharts writes its HTML tooltips with inline styles): every chart
// has its table beside it with the same figures, for reading and for screen readers.
echarts.use([BarChart, GridComponent, CanvasRenderer]);

export interface Bar {
  label: string;
  /** Null: hidden (fewer than k, or hidden with one). */
  count: number | null;
}

interface Props {
  bars: Bar[];
  k: number;
  /** A funnel: bars centred, each stage under the one before. */
  funnel?: boolean;
  testId?: string;
}

const BLUE = '#1f5fa8';
const HIDDEN = '#8a4b00';

/** `hidden`: the words for a hidden figure ("fewer than 3"), in the chosen language. */
function option(bars: Bar[], hidden: string, funnel: boolean): echarts.EChartsCoreOption {
  const max = Math.max(1, ...bars.map((b) => b.count ?? 0));
  const label = {
    show: true,
    position: 'right' as const,
    color: '#1f2937',
    fontSize: 12,
    formatter: (p: { dataIndex: number }) => {
      const n = bars[p.dataIndex]?.count ?? null;
      return n === null ? hidden : formatNumber(n);
    },
  };
  const values = bars.map((b) => ({
    value: b.count ?? 0,
    label: b.count === null ? { ...label, color: HIDDEN, fontWeight: 'bold' as const } : label,
  }));
  return {
    animation: false,
    grid: { left: 8, right: 96, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: funnel ? max : undefined, show: !funnel, minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((b) => b.label),
      axisTick: { show: false },
      axisLabel: { width: 180, overflow: 'break', color: '#1f2937' },
    },
    series: funnel
      ? [
          {
            type: 'bar',
            stack: 'funnel',
            silent: true,
            itemStyle: { color: 'transparent' },
            data: bars.map((b) => (max - (b.count ?? 0)) / 2),
          },
          { type: 'bar', stack: 'funnel', itemStyle: { color: BLUE }, barCategoryGap: '20%', data: values },
        ]
      : [{ type: 'bar', itemStyle: { color: BLUE }, barMaxWidth: 22, data: values }],
  };
}

/** A bar chart (or a funnel of centred bars) on a canvas; hidden figures drawn as no bar, labelled "fewer than k". */
export function Chart({ bars, k, funnel = false, testId }: Props) {
  const { t } = useTranslation('outcomes');
  const el = useRef<HTMLDivElement>(null);
  // Made at render, so that the chart is drawn again in a newly chosen language.
  const hidden = t('figure.fewerThan', { k });
  useEffect(() => {
    if (!el.current) return;
    const chart = echarts.init(el.current, undefined, { renderer: 'canvas' });
    chart.setOption(option(bars, hidden, funnel));
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [bars, hidden, funnel]);
  const rows = Math.max(bars.length, 1);
  return (
    <div
      ref={el}
      className={`outcome-chart rows-${Math.min(rows, 16)}`}
      aria-hidden="true"
      data-testid={testId}
    />
  );
}

export default Chart;
