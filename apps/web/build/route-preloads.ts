import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';
import type { Plugin, Rollup } from 'vite';
import { ROUTE_PRELOADS_FILE, type RoutePreloads } from './route-preloads-file';

type OutputChunk = Rollup.OutputChunk;

interface RouteDeclaration {
  path: string;
  /** The page modules (absolute, without extension) that this route renders, outermost first. */
  pages: string[];
}

/**
 * Reads the route table as written in routes.tsx: `const X = page(() => import('…'))` and the
 * `<Route path index element={<X />}>` tree. Kept to that shape on purpose; anything else there
 * fails the build rather than silently losing hints.
 */
export function readRouteTable(routesFile: string): RouteDeclaration[] {
  const source = ts.createSourceFile(routesFile, readFileSync(routesFile, 'utf8'), ts.ScriptTarget.Latest, true);
  const pageModules = new Map<string, string>();
  let tree: ts.JsxElement | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const init = node.initializer;
      if (ts.isCallExpression(init) && init.expression.getText() === 'page') {
        const specifier = /import\(\s*'([^']+)'\s*\)/.exec(init.getText())?.[1];
        if (!specifier) throw new Error(`${routesFile}: ${node.name.text} is a page without import('…')`);
        pageModules.set(node.name.text, resolve(dirname(routesFile), specifier));
      }
      if (node.name.text === 'routes') {
        let expr: ts.Expression = init;
        while (ts.isParenthesizedExpression(expr)) expr = expr.expression;
        if (ts.isJsxElement(expr)) tree = expr;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!tree) throw new Error(`${routesFile}: no \`const routes = (<Route …>…</Route>)\``);

  const out: RouteDeclaration[] = [];
  const walk = (node: ts.JsxElement | ts.JsxSelfClosingElement, parentPath: string, parentPages: string[]): void => {
    const opening = ts.isJsxElement(node) ? node.openingElement : node;
    if (opening.tagName.getText() !== 'Route') return;
    let path: string | undefined;
    let index = false;
    let page: string | undefined;
    for (const attribute of opening.attributes.properties) {
      if (!ts.isJsxAttribute(attribute)) continue;
      const name = attribute.name.getText();
      const value = attribute.initializer;
      if (name === 'path' && value && ts.isStringLiteral(value)) path = value.text;
      if (name === 'index') index = true;
      if (name === 'element' && value && ts.isJsxExpression(value) && value.expression) {
        const element = value.expression;
        if (ts.isJsxSelfClosingElement(element)) page = pageModules.get(element.tagName.getText());
      }
    }
    const fullPath = path === undefined ? parentPath : `${parentPath.replace(/\/$/, '')}/${path}`;
    const pages = page ? [...parentPages, page] : parentPages;
    if (path !== undefined || index) out.push({ path: fullPath, pages });
    if (ts.isJsxElement(node))
      for (const child of node.children)
        if (ts.isJsxElement(child) || ts.isJsxSelfClosingElement(child)) walk(child, fullPath, pages);
  };
  walk(tree, '/', []);
  return out;
}

/**
 * Writes route-preloads.json next to index.html: per route pattern of src/app/routes.tsx, the chunks
 * of the pages that route renders; per language, its catalogue's chunk. The api puts them into
 * index.html as preload hints, so the browser fetches them beside the entry instead of after it: on
 * a slow connection that is one or two round trips less before the page can ask for its data.
 */
export function routePreloads(options: { routesFile: string; cataloguesDir: string }): Plugin {
  return {
    name: 'plenary-route-preloads',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const entry = chunks.find((chunk) => chunk.isEntry);
      if (!entry) throw new Error('route preloads: the build has no entry chunk');
      // What index.html loads anyway: the entry and its static imports.
      const loaded = new Set([entry.fileName, ...entry.imports]);
      const chunkOf = (module: string): OutputChunk => {
        const chunk = chunks.find((c) => c.facadeModuleId?.replace(/\.[jt]sx?$|\.json$/, '') === module);
        if (!chunk) throw new Error(`route preloads: no chunk for ${module}`);
        return chunk;
      };
      /** The chunk and what it imports statically, depth first, minus what the entry loads. */
      const closure = (chunk: OutputChunk, seen: Set<string>): void => {
        if (seen.has(chunk.fileName) || loaded.has(chunk.fileName)) return;
        seen.add(chunk.fileName);
        for (const name of chunk.imports) {
          const imported = byFile.get(name);
          if (imported) closure(imported, seen);
        }
      };
      const routes = readRouteTable(options.routesFile).map(({ path, pages }) => {
        const files = new Set<string>();
        for (const page of pages) closure(chunkOf(page), files);
        const styles = new Set<string>();
        for (const file of files) for (const css of byFile.get(file)?.viteMetadata?.importedCss ?? []) styles.add(css);
        return { path, scripts: [...files].map((f) => `/${f}`), styles: [...styles].map((f) => `/${f}`) };
      });
      const catalogues: Record<string, string> = {};
      for (const chunk of chunks) {
        const id = chunk.facadeModuleId ?? '';
        if (dirname(id) === options.cataloguesDir && id.endsWith('.json'))
          catalogues[id.slice(dirname(id).length + 1, -'.json'.length)] = `/${chunk.fileName}`;
      }
      const preloads: RoutePreloads = { routes, catalogues };
      this.emitFile({ type: 'asset', fileName: ROUTE_PRELOADS_FILE, source: JSON.stringify(preloads, null, 1) });
    },
  };
}
