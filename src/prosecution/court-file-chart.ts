import { CONTENT_WIDTH, type Flow, PAGE } from './court-file-layout.ts';
import type { CourtFileDocument } from './court-file-types.ts';

// The link chart of the court file in vector shapes: the people, places and things on a circle, each a dot
// coloured by its kind with its label outside the circle, each link a line with its label at the middle,
// and a legend of the kinds. Positions depend only on the order of the nodes, so the same chart draws the same.

type Chart = NonNullable<CourtFileDocument['linkChart']>;

const PALETTE = ['#1f5fa8', '#b8432f', '#2f8a4c', '#8a5a1f', '#6b3fa0', '#127c82', '#a03f6b', '#5c6670'];
const NODE_RADIUS = 9;

/** Draws the chart from the cursor down, taking the rest of the page (a new page first when little is left). */
export function drawLinkChart(flow: Flow, chart: Chart): void {
  const { doc } = flow;
  const kinds = [...new Set(chart.nodes.map((n) => n.kind))];
  const colour = (kind: string) => PALETTE[kinds.indexOf(kind) % PALETTE.length] ?? '#333333';

  flow.ensure(CONTENT_WIDTH);
  const legendHeight = 16 * Math.ceil(kinds.length / 3) + 8;
  const size = Math.min(CONTENT_WIDTH, PAGE.bottom - flow.y - legendHeight);
  const cx = PAGE.margin + CONTENT_WIDTH / 2;
  const cy = flow.y + size / 2;
  const radius = size / 2 - 70;
  const place = new Map<string, { x: number; y: number; angle: number }>();
  chart.nodes.forEach((node, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(chart.nodes.length, 1);
    place.set(node.id, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle), angle });
  });

  doc.save().lineWidth(0.8).strokeColor('#7a7a7a');
  for (const edge of chart.edges) {
    const from = place.get(edge.from);
    const to = place.get(edge.to);
    if (from && to) doc.moveTo(from.x, from.y).lineTo(to.x, to.y).stroke();
  }
  doc.restore();

  const small = { size: 7, color: '#333333' };
  for (const edge of chart.edges) {
    const from = place.get(edge.from);
    const to = place.get(edge.to);
    if (!from || !to || !edge.label) continue;
    const mx = (from.x + to.x) / 2;
    const my = (from.y + to.y) / 2;
    const w = flow.widthOf(edge.label, small);
    doc
      .save()
      .rect(mx - w / 2 - 2, my - 6, w + 4, 11)
      .fill('#ffffff')
      .restore();
    flow.textAt(edge.label, mx, my + 2.5, small, 'center');
  }

  const label = { size: 8.5, weight: 'bold' as const };
  for (const node of chart.nodes) {
    const at = place.get(node.id);
    if (!at) continue;
    doc
      .save()
      .circle(at.x, at.y, NODE_RADIUS)
      .lineWidth(1.2)
      .fillAndStroke(colour(node.kind), '#ffffff')
      .restore();
    const outX = at.x + Math.cos(at.angle) * (NODE_RADIUS + 6);
    const outY = at.y + Math.sin(at.angle) * (NODE_RADIUS + 6);
    const align = Math.cos(at.angle) > 0.3 ? 'left' : Math.cos(at.angle) < -0.3 ? 'right' : 'center';
    const baseline = Math.sin(at.angle) > 0.3 ? outY + 9 : Math.sin(at.angle) < -0.3 ? outY - 2 : outY + 3;
    flow.textAt(node.label, outX, baseline, label, align);
  }

  let y = cy + size / 2 + 4;
  kinds.forEach((kind, i) => {
    const x = PAGE.margin + (i % 3) * (CONTENT_WIDTH / 3);
    if (i > 0 && i % 3 === 0) y += 16;
    doc
      .save()
      .circle(x + 5, y + 5, 5)
      .fill(colour(kind))
      .restore();
    flow.textAt(kind, x + 14, y + 8.5, { size: 9 });
  });
  flow.y = y + 24;
}
