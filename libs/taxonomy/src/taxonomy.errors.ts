import { errorCatalogue, refuse } from '@app/platform';
import { TagCategory } from './tag.entity';

/** Every way the taxonomy context (the tag vocabulary) refuses. */
export const TaxonomyErrors = errorCatalogue('taxonomy', {
  TAG_NOT_FOUND: () => refuse.notFound('Tag'),
  SLUG_TAKEN: (category: TagCategory) => refuse.badInput('slug', `is already used in ${category}`),
  /** A list of tag ids holding something that is not an id. */
  NOT_A_TAG_ID: (field: string) => refuse.badInput(field, 'contains an id that is not a tag'),
  /** A list of tag ids holding one that is unknown or deactivated. */
  TAG_UNKNOWN_OR_INACTIVE: (field: string) => refuse.badInput(field, 'contains an unknown or inactive tag'),
});
