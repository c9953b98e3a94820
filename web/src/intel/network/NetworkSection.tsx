import type { Me } from '../../types.ts';

/** `#/intel/network…`: the link chart (a new chart from an entity, or a saved chart). */
export function NetworkSection({ path, me }: { path: string; me: Me }) {
  void me;
  return (
    <section className="panel">
      <h1>Link chart</h1>
      <p className="muted">{path}</p>
    </section>
  );
}
