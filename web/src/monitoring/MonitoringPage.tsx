import { TipsPanel } from '../intel/TipsPanel.tsx';
import type { Me } from '../types.ts';
import { PageHeading } from '../ui/PageHeading.tsx';

/**
 * `#/monitoring`: the tips the agency holds, for those who may read them (labour inspectors among them, who do not
 * see the intelligence section). A monitor who only passes tips on sees how they reach the agencies.
 */
export function MonitoringPage({ me }: { me: Me }) {
  const canRead = me.permissions.includes('monitoring.read');
  return (
    <>
      <PageHeading>Monitoring &amp; tips</PageHeading>
      {canRead ? (
        <TipsPanel active />
      ) : (
        <section className="panel" aria-labelledby="monitoring-h">
          <h2 id="monitoring-h">Passing tips on</h2>
          <p>
            Tips your organisation passes on reach the agencies it works with as files they import, each tip
            with the marking your organisation gives it (TLP:RED, AMBER+STRICT, AMBER, GREEN or CLEAR). They
            are not shown back here.
          </p>
        </section>
      )}
    </>
  );
}
