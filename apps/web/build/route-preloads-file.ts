/**
 * route-preloads.json, written next to index.html by the build (route-preloads.ts) and read by the
 * api (apps/api/src/web-client/route-preloads.ts) to put `<link rel="modulepreload">` hints into
 * index.html for the page asked for.
 */
export interface RoutePreloads {
  /** `/rounds/:id`, `/workspace/*`, `/` … with the files (`/assets/…`) to preload, in order. */
  routes: { path: string; scripts: string[]; styles: string[] }[];
  /** Language code → its catalogue's chunk. */
  catalogues: Record<string, string>;
}

export const ROUTE_PRELOADS_FILE = 'route-preloads.json';
