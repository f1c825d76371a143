import { describe, expect, it } from 'vitest';
import {
  autosaveReducer,
  type AutosaveEvent,
  type AutosaveState,
  hasUnsavedChanges,
  initialAutosave,
  shouldSave,
} from './autosave';

const run = (events: AutosaveEvent<string>[], start = initialAutosave('v1 text', 1)): AutosaveState<string> =>
  events.reduce(autosaveReducer<string>, start);

describe('autosave state machine', () => {
  it('goes idle → dirty → saving → saved and carries the new version', () => {
    const s = run([{ type: 'edit', value: 'changed' }, { type: 'saveStarted' }, { type: 'saved', version: 2, at: 10 }]);
    expect(s).toMatchObject({ status: 'saved', local: 'changed', version: 2, savedAt: 10 });
    expect(hasUnsavedChanges(s)).toBe(false);
  });

  it('keeps an edit made while saving, and is dirty again when the save answers', () => {
    const s = run([
      { type: 'edit', value: 'first' },
      { type: 'saveStarted' },
      { type: 'edit', value: 'second' },
      { type: 'saved', version: 2, at: 1 },
    ]);
    expect(s).toMatchObject({ status: 'dirty', local: 'second', version: 2 });
    expect(shouldSave(s, true)).toBe(true);
  });

  it('goes offline when a save cannot reach the server, keeps editing, and is ready to send when back', () => {
    const offline = run([
      { type: 'edit', value: 'a' },
      { type: 'saveStarted' },
      { type: 'offline' },
      { type: 'edit', value: 'ab' },
    ]);
    expect(offline).toMatchObject({ status: 'offline', local: 'ab', version: 1 });
    expect(hasUnsavedChanges(offline)).toBe(true);
    expect(shouldSave(offline, false)).toBe(false);
    const back = autosaveReducer(offline, { type: 'online' });
    expect(back.status).toBe('dirty');
    expect(shouldSave(back, true)).toBe(true);
  });

  it('stops on a conflict, sends nothing, and lets the person keep theirs or mine', () => {
    const conflict = run([
      { type: 'edit', value: 'mine' },
      { type: 'saveStarted' },
      { type: 'conflict', theirs: 'theirs', version: 5 },
    ]);
    expect(conflict).toMatchObject({ status: 'conflict', local: 'mine', theirs: { value: 'theirs', version: 5 } });
    expect(shouldSave(conflict, true)).toBe(false);
    expect(hasUnsavedChanges(conflict)).toBe(true);
    // Going offline does not hide a conflict.
    expect(autosaveReducer(conflict, { type: 'offline' }).status).toBe('conflict');

    const keptTheirs = autosaveReducer(conflict, { type: 'resolve', keep: 'theirs' });
    expect(keptTheirs).toMatchObject({ status: 'saved', local: 'theirs', version: 5, theirs: null });

    const keptMine = autosaveReducer(conflict, { type: 'resolve', keep: 'mine' });
    expect(keptMine).toMatchObject({ status: 'dirty', local: 'mine', version: 5, theirs: null });
    expect(shouldSave(keptMine, true)).toBe(true);
  });

  it('stops autosaving content the server refused until the next edit', () => {
    const refused = run([{ type: 'edit', value: '' }, { type: 'saveStarted' }, { type: 'rejected' }]);
    expect(refused).toMatchObject({ status: 'dirty', blocked: true });
    expect(shouldSave(refused, true)).toBe(false);
    expect(hasUnsavedChanges(refused)).toBe(true);
    const edited = autosaveReducer(refused, { type: 'edit', value: 'fixed' });
    expect(shouldSave(edited, true)).toBe(true);
  });

  it('ignores answers that do not belong to the current state', () => {
    const idle = initialAutosave('x', 3);
    expect(autosaveReducer(idle, { type: 'saved', version: 9, at: 1 })).toBe(idle);
    expect(autosaveReducer(idle, { type: 'saveStarted' })).toBe(idle);
    expect(autosaveReducer(idle, { type: 'online' })).toBe(idle);
  });

  it('starts over from a fresh server copy', () => {
    const s = run([
      { type: 'edit', value: 'y' },
      { type: 'loaded', value: 'server', version: 7 },
    ]);
    expect(s).toEqual(initialAutosave('server', 7));
  });
});
