import { describe, expect, it } from 'vitest';
import { clip } from './linkDrawing.ts';

// A big chart's links are cut to the view before they are stroked: what is in view is kept whole, what crosses it
// is cut at its edges, what passes by is left out.
describe('a link cut to the view', () => {
  const view = { x1: 0, y1: 0, x2: 100, y2: 50 };

  it('keeps a link inside the view as it is', () => {
    expect(clip(10, 10, 90, 40, view)).toEqual([10, 10, 90, 40]);
  });

  it('cuts a link crossing the view at its edges', () => {
    expect(clip(-100, 25, 200, 25, view)).toEqual([0, 25, 100, 25]);
    expect(clip(50, -50, 50, 150, view)).toEqual([50, 0, 50, 50]);
    expect(clip(-50, -25, 150, 75, view)).toEqual([0, 0, 100, 50]);
  });

  it('leaves out a link that passes by the view', () => {
    expect(clip(-100, 60, 200, 60, view)).toBeNull();
    expect(clip(150, -10, 300, 40, view)).toBeNull();
    expect(clip(-10, 40, 20, 80, view)).toBeNull();
  });
});
