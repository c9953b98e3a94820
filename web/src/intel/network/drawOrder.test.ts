import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { drawingOrder } from './drawOrder.ts';

// The drawing order worked out from keys read once is Cytoscape's: links under nodes, a higher z-index above,
// then the order elements were added (the last on top).
describe('the drawing order', () => {
  it('puts links under nodes, a higher z-index above, and otherwise the later added on top', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: '.top', style: { 'z-index': 10 } }],
      elements: [
        { data: { id: 'a' } },
        { data: { id: 'ab', source: 'a', target: 'b' } },
        { data: { id: 'b' }, classes: 'top' },
        { data: { id: 'c' } },
        { data: { id: 'bc', source: 'b', target: 'c' }, classes: 'top' },
        { data: { id: 'ca', source: 'c', target: 'a' } },
      ],
    });
    const order = drawingOrder(cy.elements().toArray() as Parameters<typeof drawingOrder>[0], false);
    expect(order.map((e) => e.id())).toEqual(['ab', 'ca', 'bc', 'a', 'c', 'b']);
  });
});
