import { useEffect, useState } from 'react';
import { api, messageOf } from '../../api.ts';
import { type Route, routesBetween } from './routesBetween.ts';
import type { MapFeatures, MapSite, Neighbourhood } from './types.ts';

export interface MapData {
  features: MapFeatures | null;
  /** With an entity: its neighbourhood's located nodes, the routes between them, the centre's label. */
  network: { centre: string; label: string; sites: MapSite[]; routes: Route[]; unlocated: number } | null;
  error: string | null;
  loading: boolean;
}

const MAX_IDS = 200;

/**
 * The features to draw: everything the actor may see; with `entity`, the sites layer is that entity's two-step
 * neighbourhood, located by the features route, with the routes between its located nodes.
 */
export function useMapData(entity: string | null): MapData {
  const [state, setState] = useState<MapData>({ features: null, network: null, error: null, loading: true });
  useEffect(() => {
    let live = true;
    setState({ features: null, network: null, error: null, loading: true });
    (async () => {
      const kinds = entity ? 'checkpoints,cells,tips' : 'sites,checkpoints,cells,tips';
      const features = await api.get<MapFeatures>(`/api/intel/map/features?kinds=${kinds}`);
      let network: MapData['network'] = null;
      if (entity) {
        const g = await api.get<Neighbourhood>(
          `/api/intel/network/neighbourhood?node=${encodeURIComponent(entity)}&hops=2`,
        );
        const ids = g.nodes.filter((n) => n.entity).map((n) => n.id);
        const sites: MapSite[] = [];
        for (let i = 0; i < ids.length; i += MAX_IDS) {
          const part = await api.get<MapFeatures>(
            `/api/intel/map/features?kinds=sites&entities=${ids.slice(i, i + MAX_IDS).join(',')}`,
          );
          sites.push(...part.sites);
        }
        const located = new Set(sites.map((s) => s.id));
        network = {
          centre: entity,
          label: g.nodes.find((n) => n.id === entity)?.label ?? '',
          sites,
          routes: routesBetween(g.nodes, g.edges, located),
          unlocated: g.nodes.filter((n) => n.entity && !located.has(n.id)).length,
        };
      }
      if (live) setState({ features, network, error: null, loading: false });
    })().catch((e: unknown) => {
      if (live) setState({ features: null, network: null, error: messageOf(e), loading: false });
    });
    return () => {
      live = false;
    };
  }, [entity]);
  return state;
}
