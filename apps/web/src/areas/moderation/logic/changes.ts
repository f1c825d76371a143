/**
 * "What changed while you were working": when a decision or a tag review comes back CONFLICT
 * (a stale expectedVersion), the desk reloads the item and lists the differences between what the
 * moderator was looking at and what is there now. Framework-free.
 */

export interface ItemSnapshot {
  status: string;
  version: number;
  currentVersion: number;
  title: string;
  tags: readonly { id: string; label: string }[];
  tagReview: { done: boolean; noGenderConsiderations: boolean; noHumanRightsConsiderations: boolean } | null;
  claim: { mine: boolean; moderator: { displayName: string } } | null;
  decisions: readonly { decision: string; reasonCode: string }[] | null;
}

export type ItemChange =
  | { kind: 'status'; from: string; to: string }
  | { kind: 'revised'; from: number; to: number }
  | { kind: 'title'; from: string; to: string }
  | { kind: 'tagsAdded'; labels: string[] }
  | { kind: 'tagsRemoved'; labels: string[] }
  | { kind: 'review'; field: 'noGender' | 'noHumanRights' | 'done'; to: boolean }
  | { kind: 'holder'; from: Holder; to: Holder }
  | { kind: 'decided'; decision: string; reasonCode: string }
  /** The version moved but none of the above differs (e.g. a co-signer answered). */
  | { kind: 'other' };

/** Who holds the item: nobody, the moderator reading, or someone else (by name). */
export type Holder = { who: 'nobody' } | { who: 'you' } | { who: 'other'; name: string };

const holderOf = (s: ItemSnapshot): Holder =>
  !s.claim ? { who: 'nobody' } : s.claim.mine ? { who: 'you' } : { who: 'other', name: s.claim.moderator.displayName };
const sameHolder = (a: Holder, b: Holder): boolean =>
  a.who === b.who && (a.who !== 'other' || (b.who === 'other' && a.name === b.name));

export function itemChanges(before: ItemSnapshot, after: ItemSnapshot): ItemChange[] {
  const changes: ItemChange[] = [];
  if (before.status !== after.status) changes.push({ kind: 'status', from: before.status, to: after.status });
  if (before.currentVersion !== after.currentVersion)
    changes.push({ kind: 'revised', from: before.currentVersion, to: after.currentVersion });
  if (before.title !== after.title) changes.push({ kind: 'title', from: before.title, to: after.title });
  const was = new Set(before.tags.map((t) => t.id));
  const is = new Set(after.tags.map((t) => t.id));
  const added = after.tags.filter((t) => !was.has(t.id)).map((t) => t.label);
  const removed = before.tags.filter((t) => !is.has(t.id)).map((t) => t.label);
  if (added.length) changes.push({ kind: 'tagsAdded', labels: added });
  if (removed.length) changes.push({ kind: 'tagsRemoved', labels: removed });
  const r0 = before.tagReview;
  const r1 = after.tagReview;
  if ((r0?.noGenderConsiderations ?? false) !== (r1?.noGenderConsiderations ?? false))
    changes.push({ kind: 'review', field: 'noGender', to: r1?.noGenderConsiderations ?? false });
  if ((r0?.noHumanRightsConsiderations ?? false) !== (r1?.noHumanRightsConsiderations ?? false))
    changes.push({ kind: 'review', field: 'noHumanRights', to: r1?.noHumanRightsConsiderations ?? false });
  if ((r0?.done ?? false) !== (r1?.done ?? false))
    changes.push({ kind: 'review', field: 'done', to: r1?.done ?? false });
  const h0 = holderOf(before);
  const h1 = holderOf(after);
  if (!sameHolder(h0, h1)) changes.push({ kind: 'holder', from: h0, to: h1 });
  const d0 = before.decisions?.length ?? 0;
  const d1 = after.decisions ?? [];
  for (const d of d1.slice(d0)) changes.push({ kind: 'decided', decision: d.decision, reasonCode: d.reasonCode });
  if (changes.length === 0 && before.version !== after.version) changes.push({ kind: 'other' });
  return changes;
}
