import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useHashPath } from '../../router.ts';
import type { Me } from '../../types.ts';

// Leaflet, the boundaries and the towns load only when the map is opened.
const MapScreen = lazy(() => import('./MapScreen.tsx').then((m) => ({ default: m.MapScreen })));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The entity of `#/intel/map?entity=<id>`, or null. */
export function mapEntity(path: string): string | null {
  const q = path.split('?')[1];
  const id = q ? new URLSearchParams(q).get('entity') : null;
  return id && UUID.test(id) ? id : null;
}

/** `#/intel/map`: sites, checkpoints, routes, cells and tips on the offline map. */
export function MapPage({ me }: { me: Me }) {
  const { t } = useTranslation('network');
  const entity = mapEntity(useHashPath());
  return (
    <Suspense fallback={<p className="loading">{t('map.loading')}</p>}>
      <MapScreen key={entity ?? 'all'} me={me} entity={entity} />
    </Suspense>
  );
}
