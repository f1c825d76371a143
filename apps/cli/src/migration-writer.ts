import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MIGRATIONS_DIR = join(process.cwd(), 'libs', 'platform', 'src', 'database', 'migrations');

const quote = (sql: string): string =>
  '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';

/**
 * Writes a migration from the SQL TypeORM computes (the same as `typeorm migration:generate`) and
 * registers it in migrations/index.ts. Run from the source tree, then review the file.
 */
export function writeMigration(name: string, up: string[], down: string[], sourceRoot = MIGRATIONS_DIR): string {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Migration name must be PascalCase, e.g. AddTags');
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const file = `${timestamp}-${name}`;
  const body = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up.map((q) => `    await queryRunner.query(${quote(q)});`).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${[...down]
  .reverse()
  .map((q) => `    await queryRunner.query(${quote(q)});`)
  .join('\n')}
  }
}
`;
  writeFileSync(join(sourceRoot, `${file}.ts`), body);
  const indexPath = join(sourceRoot, 'index.ts');
  const index = readFileSync(indexPath, 'utf8')
    .replace(/(\/\/ Every migration[^\n]*\n)/, `import { ${className} } from './${file}';\n$1`)
    .replace(/\];\s*$/, `  ${className},\n];\n`)
    .replace('= [\n  ', '= [\n  ')
    .replace('= [  ', '= [\n  ');
  writeFileSync(indexPath, index);
  return join(sourceRoot, `${file}.ts`);
}
