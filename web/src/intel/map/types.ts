// The map features route's reply (src/intel/map/routes.ts) and the network neighbourhood the map draws.

export const LAYERS = ['sites', 'checkpoints', 'cells', 'tips'] as const;
export type Layer = (typeof LAYERS)[number];

export interface MapSite {
  id: string;
  type: string;
  label: string;
  lat: number;
  lon: number;
  kind: string | null;
}
export interface MapTip {
  id: string;
  receivedAt: string;
  channel: string;
  placeHint: string | null;
  tlp: string;
  lat: number;
  lon: number;
}
export interface MapCell {
  cellId: string;
  lat: number;
  lon: number;
  calls: number;
}
export interface MapCheckpoint {
  id: string;
  name: string;
  lat: number;
  lon: number;
  crossings: number;
  locatedBy: 'place' | 'gazetteer';
  entityId: string | null;
  informal: boolean;
}
export interface MapFeatures {
  sites: MapSite[];
  tips: MapTip[];
  cells: MapCell[];
  checkpoints: MapCheckpoint[];
  withheld: Layer[];
  truncated: Layer[];
  unlocatedCheckpoints: number;
}

export interface NetNode {
  id: string;
  type: string;
  label: string;
  entity: boolean;
  hops: number;
}
export interface NetEdge {
  id: string;
  from: string;
  to: string;
  type: string;
  label: string;
}
export interface Neighbourhood {
  nodes: NetNode[];
  edges: NetEdge[];
  truncated: boolean;
}
