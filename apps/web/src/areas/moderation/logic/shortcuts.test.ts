import { describe, expect, it } from 'vitest';
import { actionFor, isTyping, SHORTCUTS, shortcutsIn } from './shortcuts';

describe('the desk’s shortcut map', () => {
  it('gives each key one action, and each action one key', () => {
    expect(new Set(SHORTCUTS.map((s) => s.key)).size).toBe(SHORTCUTS.length);
    expect(new Set(SHORTCUTS.map((s) => s.action)).size).toBe(SHORTCUTS.length);
  });

  it('covers the whole loop: next, previous, claim, tag search, approve, request changes, reject, note', () => {
    const on = (key: string) => actionFor({ key, targetTag: 'BODY' }, 'item');
    expect(['j', 'k', 'c', 't', 'a', 'r', 'x', 'n'].map(on)).toEqual([
      'next',
      'previous',
      'claim',
      'tagSearch',
      'approve',
      'requestChanges',
      'reject',
      'note',
    ]);
    expect(on('?')).toBe('help');
    expect(on('m')).toBe('moderateNext');
  });

  it('keeps item keys to the item view; the queue knows only moving, moderate next and help', () => {
    expect(actionFor({ key: 'a' }, 'desk')).toBeNull();
    expect(actionFor({ key: 'j' }, 'desk')).toBe('next');
    expect(shortcutsIn('desk').map((s) => s.key)).toEqual(['j', 'k', 'm', '?', 'Escape']);
    expect(shortcutsIn('item')).toHaveLength(SHORTCUTS.length);
  });

  it('stays quiet while the person types, and Escape leaves the field', () => {
    for (const target of [
      { targetTag: 'TEXTAREA' },
      { targetTag: 'INPUT', targetType: 'search' },
      { targetTag: 'INPUT', targetType: '' },
      { targetTag: 'SELECT' },
      { targetTag: 'DIV', targetEditable: true },
      { targetTag: 'BUTTON', targetRole: 'combobox' },
    ]) {
      expect(isTyping(target)).toBe(true);
      expect(actionFor({ key: 'a', ...target }, 'item')).toBeNull();
      expect(actionFor({ key: 'Escape', ...target }, 'item')).toBe('leaveField');
    }
    // A checkbox or a button takes no letters: shortcuts work there.
    expect(actionFor({ key: 'a', targetTag: 'INPUT', targetType: 'checkbox' }, 'item')).toBe('approve');
    expect(actionFor({ key: 'a', targetTag: 'BUTTON' }, 'item')).toBe('approve');
    expect(actionFor({ key: 'Escape', targetTag: 'BUTTON' }, 'item')).toBeNull();
  });

  it('leaves keys with modifiers to the browser, and to an open dialog', () => {
    expect(actionFor({ key: 'r', ctrlKey: true }, 'item')).toBeNull();
    expect(actionFor({ key: 'c', metaKey: true }, 'item')).toBeNull();
    expect(actionFor({ key: 'n', altKey: true }, 'item')).toBeNull();
    expect(actionFor({ key: 'j', dialogOpen: true }, 'item')).toBeNull();
    expect(actionFor({ key: 'j', defaultPrevented: true }, 'item')).toBeNull();
    // Caps lock on: still the letter.
    expect(actionFor({ key: 'J' }, 'item')).toBe('next');
  });
});
