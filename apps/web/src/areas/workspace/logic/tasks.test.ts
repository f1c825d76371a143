import { describe, expect, it } from 'vitest';
import { canCreate, type DraftFields, taskStates } from './tasks';

const empty: DraftFields = {
  title: '',
  summary: '',
  body: '',
  language: 'en',
  disclosure: null,
  provisionIds: [],
  suggestedTagIds: [],
};
const ctx = { wordLimit: 5, languages: ['en', 'ar'], cosigners: 0, editable: true, submitted: false };

describe('taskStates', () => {
  it('starts with nothing done and submit not yet possible', () => {
    expect(taskStates(empty, ctx)).toEqual({
      details: 'notStarted',
      text: 'notStarted',
      provisions: 'optional',
      disclosure: 'notStarted',
      cosigners: 'optional',
      check: 'cannotStart',
    });
  });

  it('is ready to check once details, text and disclosure are done', () => {
    const done = { ...empty, title: 'T', summary: 'S', body: 'one two three', disclosure: 'NAMED' };
    expect(taskStates(done, ctx)).toMatchObject({ details: 'completed', text: 'completed', check: 'notStarted' });
    expect(canCreate(done)).toBe(true);
  });

  it('keeps the text in progress while over the word limit, counted as the server counts', () => {
    const over = { ...empty, title: 'T', summary: 'S', body: 'one two three four five six', disclosure: 'NAMED' };
    expect(taskStates(over, ctx)).toMatchObject({ text: 'inProgress', check: 'cannotStart' });
  });

  it('wants a summary of at most 100 words and a language the round accepts', () => {
    const long = { ...empty, title: 'T', summary: Array.from({ length: 101 }, () => 'w').join(' ') };
    expect(taskStates(long, ctx).details).toBe('inProgress');
    expect(taskStates({ ...empty, title: 'T', summary: 'S', language: 'zh' }, ctx).details).toBe('inProgress');
  });

  it('marks optional tasks done when used, and the last one submitted', () => {
    const f = { ...empty, provisionIds: ['art-24'] };
    expect(taskStates(f, { ...ctx, cosigners: 2, submitted: true })).toMatchObject({
      provisions: 'completed',
      cosigners: 'completed',
      check: 'submitted',
    });
  });

  it('needs a disclosure choice before the first save', () => {
    expect(canCreate({ ...empty, title: 'T', summary: 'S', body: 'B' })).toBe(false);
  });
});
