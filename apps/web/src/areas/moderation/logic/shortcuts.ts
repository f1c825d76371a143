/**
 * The desk's keyboard shortcuts: one table, read by the key handler and by the `?` dialog that
 * lists them (so the list can never disagree with what the keys do). Single keys without
 * modifiers, as in mail and support-desk tools; never while the person types in a field (Escape
 * leaves the field first). Framework-free.
 */

export type ShortcutAction =
  | 'help'
  | 'next'
  | 'previous'
  | 'moderateNext'
  | 'claim'
  | 'release'
  | 'tagSearch'
  | 'noGender'
  | 'noHumanRights'
  | 'saveReview'
  | 'approve'
  | 'requestChanges'
  | 'reject'
  | 'note'
  | 'queue'
  | 'leaveField';

export type ShortcutScope = 'desk' | 'item';

export interface Shortcut {
  /** KeyboardEvent.key as typed (lower case for letters). */
  key: string;
  /** How the key is written in the list. */
  label: string;
  action: ShortcutAction;
  /** 'desk': the queue and the item; 'item': only where an item is open. */
  scope: ShortcutScope;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { key: 'j', label: 'j', action: 'next', scope: 'desk' },
  { key: 'k', label: 'k', action: 'previous', scope: 'desk' },
  { key: 'm', label: 'm', action: 'moderateNext', scope: 'desk' },
  { key: 'c', label: 'c', action: 'claim', scope: 'item' },
  { key: 'u', label: 'u', action: 'release', scope: 'item' },
  { key: 't', label: 't', action: 'tagSearch', scope: 'item' },
  { key: 'g', label: 'g', action: 'noGender', scope: 'item' },
  { key: 'h', label: 'h', action: 'noHumanRights', scope: 'item' },
  { key: 's', label: 's', action: 'saveReview', scope: 'item' },
  { key: 'a', label: 'a', action: 'approve', scope: 'item' },
  { key: 'r', label: 'r', action: 'requestChanges', scope: 'item' },
  { key: 'x', label: 'x', action: 'reject', scope: 'item' },
  { key: 'n', label: 'n', action: 'note', scope: 'item' },
  { key: 'q', label: 'q', action: 'queue', scope: 'item' },
  { key: '?', label: '?', action: 'help', scope: 'desk' },
  { key: 'Escape', label: 'Esc', action: 'leaveField', scope: 'desk' },
];

/** What the handler needs to know of a keydown (a plain object, so it is testable without a DOM). */
export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** The focused element's tag name (upper case, as the DOM gives it), its type and role. */
  targetTag?: string;
  targetType?: string;
  targetRole?: string | null;
  targetEditable?: boolean;
  /** A modal dialog is open (its own keys apply). */
  dialogOpen?: boolean;
  /** Already handled by the focused control (e.g. a list box's type-ahead). */
  defaultPrevented?: boolean;
}

/** Input types where letters are text, not commands. */
const TEXT_INPUTS = new Set([
  '',
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'datetime-local',
]);
/** Roles whose own keys letters belong to (type-ahead in a list box, a combo box's text). */
const TYPING_ROLES = new Set(['textbox', 'combobox', 'listbox', 'searchbox', 'spinbutton']);

/** Whether the focused element takes typed letters (then shortcuts stay quiet). */
export function isTyping(press: Omit<KeyPress, 'key'>): boolean {
  if (press.targetEditable) return true;
  if (press.targetRole && TYPING_ROLES.has(press.targetRole)) return true;
  const tag = press.targetTag?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return TEXT_INPUTS.has((press.targetType ?? '').toLowerCase());
  return false;
}

/** The action a key press asks for in `scope`, or null (typing, a modifier held, a dialog open…). */
export function actionFor(press: KeyPress, scope: ShortcutScope): ShortcutAction | null {
  if (press.defaultPrevented || press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.key === 'Escape') return isTyping(press) && !press.dialogOpen ? 'leaveField' : null;
  if (press.dialogOpen || isTyping(press)) return null;
  // Caps lock or a shifted letter still means the letter ('?' itself is a shifted key).
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  const shortcut = SHORTCUTS.find((s) => s.key === key);
  if (!shortcut || shortcut.action === 'leaveField') return null;
  if (shortcut.scope === 'item' && scope !== 'item') return null;
  return shortcut.action;
}

/** The shortcuts that work in `scope`, in the order the `?` dialog lists them. */
export const shortcutsIn = (scope: ShortcutScope): Shortcut[] =>
  SHORTCUTS.filter((s) => s.scope === 'desk' || scope === 'item');
