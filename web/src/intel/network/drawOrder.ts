import type { Core, SingularElementArgument } from 'cytoscape';

// The order the canvas draws elements in. Cytoscape sorts every element again whenever one is added or removed,
// or a node is shown or hidden, with a comparison that reads four style values of both elements each time
// (about 170,000 comparisons for a chart of 12,000 elements: 10-55 ms a change on the 2-core machine). Here each
// element's four keys are read once and the sort compares numbers: the same keys in the same precedence
// (compound depth, links under nodes, z-index, then the order elements were added), so the same order.
// Like linkDrawing.ts it replaces a method of Cytoscape's canvas renderer (pinned to one version in package.json)
// and throws if that method is not there.

type Ele = SingularElementArgument & {
  pstyle(name: string): { value: unknown };
  zDepth(): number;
  poolIndex(): number;
  interactive(): boolean;
};
type Sorted = Ele[] & { interactive?: Ele[] };
interface Renderer {
  cy: Core & { mutableElements(): { toArray(): Ele[] }; hasCompoundNodes(): boolean };
  cachedZSortedEles: Sorted | null;
  getCachedZSortedEles(forceRecalc?: boolean): Sorted;
  updateCachedGrabbedEles(): void;
}

/** Sorts `eles` into Cytoscape's drawing order (see above). */
export function drawingOrder(eles: Ele[], compound: boolean): Ele[] {
  const n = eles.length;
  const depth = new Float64Array(n);
  const nodeAbove = new Uint8Array(n);
  const z = new Float64Array(n);
  const added = new Float64Array(n);
  eles.forEach((e, i) => {
    const d = e.pstyle('z-compound-depth').value;
    depth[i] =
      d === 'auto'
        ? compound
          ? e.zDepth()
          : 0
        : d === 'bottom'
          ? -1
          : d === 'top'
            ? Number.MAX_SAFE_INTEGER
            : 0;
    nodeAbove[i] = e.pstyle('z-index-compare').value === 'auto' && e.isNode() ? 1 : 0;
    z[i] = e.pstyle('z-index').value as number;
    added[i] = e.poolIndex();
  });
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort(
    (a, b) =>
      (depth[a] as number) - (depth[b] as number) ||
      (nodeAbove[a] as number) - (nodeAbove[b] as number) ||
      (z[a] as number) - (z[b] as number) ||
      (added[a] as number) - (added[b] as number),
  );
  return order.map((i) => eles[i] as Ele);
}

/** Replaces the renderer's sort of `cy`'s elements into drawing order (see above). */
export function installDrawOrder(cy: Core): void {
  const r = (cy as unknown as { renderer(): Partial<Renderer> | undefined }).renderer();
  if (typeof r?.getCachedZSortedEles !== 'function' || typeof r.updateCachedGrabbedEles !== 'function')
    throw new Error('The chart cannot order its drawing: Cytoscape is not the version it was written for.');
  const renderer = r as Renderer;
  renderer.getCachedZSortedEles = function (forceRecalc) {
    if (!forceRecalc && this.cachedZSortedEles) return this.cachedZSortedEles;
    const eles: Sorted = drawingOrder(this.cy.mutableElements().toArray(), this.cy.hasCompoundNodes());
    eles.interactive = eles.filter((e) => e.interactive());
    this.cachedZSortedEles = eles;
    this.updateCachedGrabbedEles();
    return eles;
  };
}
