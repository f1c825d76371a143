import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readRouteTable } from './route-preloads';

const routesFile = fileURLToPath(new URL('../src/app/routes.tsx', import.meta.url));
const areas = fileURLToPath(new URL('../src/areas/', import.meta.url));

describe('the route table as the build reads it for preload hints', () => {
  const table = readRouteTable(routesFile);
  const pagesOf = (path: string) => table.find((r) => r.path === path)?.pages.map((p) => p.slice(areas.length));

  it('finds each route with its full path and the pages it renders, layouts first', () => {
    expect(pagesOf('/')).toEqual(['public/HomePage']);
    expect(pagesOf('/rounds/:id')).toEqual(['public/RoundPage']);
    expect(pagesOf('/login')).toEqual(['account/AccountArea', 'account/LoginPage']);
    expect(pagesOf('/programme/events/:id')).toEqual(['programme/ProgrammeArea', 'programme/EventPage']);
    expect(pagesOf('/workspace/*')).toEqual(['workspace/WorkspacePage']);
    expect(pagesOf('/*')).toEqual(['public/NotFoundPage']);
  });

  it('misses no page: every page(…) of routes.tsx is rendered by some route', () => {
    const declared = [...readFileSync(routesFile, 'utf8').matchAll(/^const (\w+) = page\(/gm)].length;
    const reached = new Set(table.flatMap((r) => r.pages));
    expect(declared).toBeGreaterThan(20);
    expect(reached.size).toBe(declared);
  });
});
