/**
 * The submission's task list (GOV.UK pattern): details → text → provisions → disclosure →
 * co-signers → check and submit, each with its state, derived from what is filled in.
 */
import { SUMMARY_WORD_LIMIT } from '@app/text/limits';
import { countWords } from '@app/text/word-count';

export const TASKS = ['details', 'text', 'provisions', 'disclosure', 'cosigners', 'check'] as const;
export type Task = (typeof TASKS)[number];
export type TaskState = 'notStarted' | 'inProgress' | 'completed' | 'optional' | 'cannotStart' | 'submitted';

export interface DraftFields {
  title: string;
  summary: string;
  body: string;
  language: string;
  disclosure: string | null;
  provisionIds: string[];
  suggestedTagIds: string[];
}

export interface TaskContext {
  wordLimit: number;
  languages: readonly string[];
  cosigners: number;
  /** The server has a version and the person can submit it (DRAFT or CHANGES_REQUESTED). */
  editable: boolean;
  submitted: boolean;
}

export function taskStates(f: DraftFields, ctx: TaskContext): Record<Task, TaskState> {
  const summaryWords = countWords(f.summary, f.language);
  const detailsDone =
    f.title.trim() !== '' &&
    f.summary.trim() !== '' &&
    summaryWords <= SUMMARY_WORD_LIMIT &&
    ctx.languages.includes(f.language);
  const details: TaskState = detailsDone ? 'completed' : f.title || f.summary ? 'inProgress' : 'notStarted';
  const bodyWords = countWords(f.body, f.language);
  const text: TaskState = f.body.trim() === '' ? 'notStarted' : bodyWords <= ctx.wordLimit ? 'completed' : 'inProgress';
  const provisions: TaskState = f.provisionIds.length > 0 ? 'completed' : 'optional';
  const disclosure: TaskState = f.disclosure ? 'completed' : 'notStarted';
  const cosigners: TaskState = ctx.cosigners > 0 ? 'completed' : 'optional';
  const ready = details === 'completed' && text === 'completed' && disclosure === 'completed' && ctx.editable;
  const check: TaskState = ctx.submitted ? 'submitted' : ready ? 'notStarted' : 'cannotStart';
  return { details, text, provisions, disclosure, cosigners, check };
}

/** Whether the server would take this as a new draft (createSubmission needs all of these). */
export function canCreate(f: DraftFields): boolean {
  return f.title.trim() !== '' && f.summary.trim() !== '' && f.body.trim() !== '' && f.disclosure !== null;
}
