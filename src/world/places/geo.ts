import type { Rng } from '../rng.ts';
import type { LatLon } from './types.ts';

/** Mean Earth radius in km (IUGG). */
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance between two points in km (haversine). */
export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A point drawn uniformly from the disc of radius `km` around (lat, lon), rounded to 5 decimals (about a metre).
 * Uses two draws from `rng`, so the same stream gives the same point.
 */
export function jitter(rng: Rng, lat: number, lon: number, km: number): LatLon {
  const r = km * Math.sqrt(rng.next());
  const theta = 2 * Math.PI * rng.next();
  // Destination point along a great circle: exact on the sphere, so the point is never farther than `km`.
  const d = r / EARTH_RADIUS_KM;
  const lat1 = lat * RAD;
  const lon1 = lon * RAD;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(theta));
  const lon2 =
    lon1 +
    Math.atan2(Math.sin(theta) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  return { lat: round5(lat2 / RAD), lon: round5(lon2 / RAD) };
}

function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
