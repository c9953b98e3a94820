// The map features route's reply (src/intel/map/wire.ts) and the network neighbourhood the map draws
// (src/intel/network/wire.ts), from the server's own schemas.
import type { z } from 'zod';
import type {
  mapCell,
  mapCheckpoint,
  mapFeaturesReply,
  mapSite,
  mapTip,
} from '../../../../src/intel/map/wire.ts';
import type { neighbourhoodReply } from '../../../../src/intel/network/wire.ts';
import type { Wire } from '../../wire.ts';

export const LAYERS = ['sites', 'checkpoints', 'cells', 'tips'] as const;
export type Layer = (typeof LAYERS)[number];

export type MapSite = Wire<z.output<typeof mapSite>>;
export type MapTip = Wire<z.output<typeof mapTip>>;
export type MapCell = Wire<z.output<typeof mapCell>>;
export type MapCheckpoint = Wire<z.output<typeof mapCheckpoint>>;
export type MapFeatures = Wire<z.output<typeof mapFeaturesReply>>;

export type Neighbourhood = Wire<z.output<typeof neighbourhoodReply>>;
export type NetNode = Neighbourhood['nodes'][number];
export type NetEdge = Neighbourhood['edges'][number];
