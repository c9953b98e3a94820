import type { Core } from 'cytoscape';

// What the canvas draws again while a node is dragged. Cytoscape draws the dragged nodes and their links on a
// layer of their own (the rest, drawn once as the drag starts, does not change), but each move notifies it of a
// change of bounds (twice: the node, then its links), which it answers by drawing every layer again: on a chart of
// 12,000 elements, the whole chart twice at every mouse move. Here a change of nothing but elements on the drag
// layer, during a drag, draws that layer alone; anything else is left to Cytoscape. Like linkDrawing.ts it wraps a method of Cytoscape's canvas renderer (pinned to one
// version in package.json) and throws if that method is not there.

interface Moved {
  length: number;
  [i: number]: { _private: { rscratch: { inDragLayer?: boolean } } };
}
interface Renderer {
  notify(eventName: string, eles?: Moved): void;
  redrawHint(layer: 'drag' | 'eles', dirty: boolean): void;
  redraw(): void;
  destroyed?: boolean;
  hoverData: { draggingEles?: boolean };
}

/** Whether every element `eles` holds is drawn on the drag layer (and there is at least one). */
function allOnDragLayer(eles: Moved | undefined): boolean {
  if (!eles || eles.length === 0) return false;
  for (let i = 0; i < eles.length; i++) if (!eles[i]?._private.rscratch.inDragLayer) return false;
  return true;
}

/** Makes a drag's moves draw the drag layer alone on `cy`'s canvas (see above). */
export function installDragRedraw(cy: Core): void {
  const r = (cy as unknown as { renderer(): Partial<Renderer> | undefined }).renderer();
  if (typeof r?.notify !== 'function' || typeof r.redrawHint !== 'function' || typeof r.redraw !== 'function')
    throw new Error('The chart cannot draw drags: Cytoscape is not the version it was written for.');
  const renderer = r as Renderer;
  const notify = renderer.notify;
  renderer.notify = function (eventName, eles) {
    const moved = eventName === 'position' || eventName === 'bounds';
    if (moved && !this.destroyed && this.hoverData.draggingEles && allOnDragLayer(eles)) {
      this.redrawHint('drag', true);
      this.redraw();
      return;
    }
    notify.call(this, eventName, eles);
  };
}
