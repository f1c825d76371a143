import { Foundation1795859339542 } from './1795859339542-Foundation';
// Every migration, in order. Generated with `npm run migration:generate -- <Name>`, reviewed,
// and never edited once it has landed.
export const MIGRATIONS: (new () => object)[] = [
  Foundation1795859339542,
];
