import { TagEntity } from './tag.entity';

export { TagEntity };
export { TagCategory } from './tag.entity';
export { TagObject } from './tag.object';
export * from './tag.service';
export * from './taxonomy.module';
export { TaxonomyReadViews } from './taxonomy.read-views';
export const TAXONOMY_ENTITIES = [TagEntity];
export * from './tag-review';
export { TaxonomyErrors } from './taxonomy.errors';
