import type { Me } from '../../types.ts';

/** `#/intel/map`: sites, checkpoints, routes, cells and tips on the offline map. */
export function MapPage({ me }: { me: Me }) {
  void me;
  return (
    <section className="panel">
      <h1>Map</h1>
    </section>
  );
}
