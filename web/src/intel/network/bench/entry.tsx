import { createRoot } from 'react-dom/client';
import '../../../styles/base.css';
import '../../../styles/layout.css';
import '../../../styles/forms.css';
import '../../../styles/content.css';
import '../network.css';
import { createRef } from 'react';
import { i18next, startI18n } from '../../../i18n/i18n.ts';
import type { CanvasHandle } from '../ChartCanvas.tsx';
import { ChartView } from '../ChartView.tsx';
import { linkWord } from '../linkWords.ts';
import { generateGraph, memorySource } from './graph.ts';

// The benchmark's page (bench/chart.ts): the chart component alone, on a generated graph of the size the
// address asks for (#n=2000&m=10000), its canvas handed to the page as `window.chartBench`.

const q = new URLSearchParams(window.location.hash.slice(1));
const n = Number(q.get('n') ?? 100);
const m = Number(q.get('m') ?? 500);
const graph = generateGraph(n, m);
const source = memorySource(graph, 'n0');
const canvas = createRef<CanvasHandle>();
(window as unknown as { chartBench: unknown }).chartBench = { canvas, n, m };

// In English: the benchmark (bench/chart.ts) waits on the chart's English status line.
void startI18n('en').then(() => {
  // The link types the filters offer, worded as the chart's page words them.
  const linkTypes: [string, string][] = [
    ['call', i18next.t('section.tracedCalls', { ns: 'network' })],
    ['transfer', i18next.t('section.tracedTransfers', { ns: 'network' })],
    ['works_at', linkWord('works_at')],
    ['associates_with', linkWord('associates_with')],
  ];
  createRoot(document.getElementById('root') as HTMLElement).render(
    <ChartView source={source} start="n0" grades={null} linkTypes={linkTypes} canvasRef={canvas} />,
  );
});
