// Before `npm test`: builds the web client when dist/web is missing or older than its sources,
// so the browser specs and the bundle budget always test the current code (and skip the build
// when nothing changed).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const built = join(root, 'dist/web/.vite/manifest.json');
const sources = [
  'apps/web/src',
  'apps/web/public',
  'apps/web/index.html',
  'apps/web/vite.config.ts',
  'apps/web/build',
  'libs/text/src',
  'package-lock.json',
];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const stale = !existsSync(built) || Math.max(...sources.map((s) => newest(join(root, s)))) > statSync(built).mtimeMs;
if (stale) {
  process.stdout.write('building the web client (dist/web)…\n');
  execSync('npm run -s build:web', { cwd: root, stdio: 'inherit' });
}
