import { createRoot } from 'react-dom/client';
import '../../../styles/base.css';
import '../../../styles/layout.css';
import '../../../styles/forms.css';
import '../../../styles/content.css';
import '../network.css';
import { createRef } from 'react';
import type { CanvasHandle } from '../ChartCanvas.tsx';
import { ChartView } from '../ChartView.tsx';
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
const LINK_TYPES: [string, string][] = [
  ['call', 'calls'],
  ['transfer', 'transfers'],
  ['works_at', 'works at'],
  ['associates_with', 'associates with'],
];

createRoot(document.getElementById('root') as HTMLElement).render(
  <ChartView source={source} start="n0" grades={null} linkTypes={LINK_TYPES} canvasRef={canvas} />,
);
