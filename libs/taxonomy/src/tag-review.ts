import { TagCategory } from './tag.entity';

/**
 * The gender and human-rights review (PRODUCT.md section 3), for everything that is tagged —
 * submissions and programme outcomes alike: for each of GENDER and HUMAN_RIGHTS, at least one tag
 * of that category or an explicit "no … considerations", never both.
 */
export interface TagReview {
  noGenderConsiderations: boolean;
  noHumanRightsConsiderations: boolean;
}

/** A "no considerations" flag set beside a tag of its category: the field at fault, or null. */
export function tagReviewContradiction(
  tags: readonly { category: TagCategory }[],
  review: TagReview,
): { field: keyof TagReview; message: string } | null {
  if (review.noGenderConsiderations && tags.some((t) => t.category === TagCategory.GENDER))
    return { field: 'noGenderConsiderations', message: 'cannot be true when a GENDER tag is applied' };
  if (review.noHumanRightsConsiderations && tags.some((t) => t.category === TagCategory.HUMAN_RIGHTS))
    return { field: 'noHumanRightsConsiderations', message: 'cannot be true when a HUMAN_RIGHTS tag is applied' };
  return null;
}

/** Whether the review is complete: each category has a tag or its explicit "no considerations". */
export function tagReviewComplete(review: TagReview & { hasGenderTag: boolean; hasHumanRightsTag: boolean }): boolean {
  return (
    (review.hasGenderTag || review.noGenderConsiderations) &&
    (review.hasHumanRightsTag || review.noHumanRightsConsiderations)
  );
}
