import { JOB_NAMES } from '@app/platform';
import { checkHandlers } from './job-worker.host';

/** One handler for every job name: the only shape the worker accepts. */
const oneEach = (): { name: string; handler: string }[] =>
  JOB_NAMES.map((name, i) => ({ name, handler: `Handler${i}` }));

describe('checkHandlers (worker start-up)', () => {
  it('accepts exactly one handler for every job name', () => {
    expect(JOB_NAMES.length).toBeGreaterThan(0);
    expect(() => checkHandlers(oneEach())).not.toThrow();
  });

  it('refuses to start when a job name has no handler, naming the job', () => {
    const [missing, ...rest] = oneEach();
    expect(() => checkHandlers(rest)).toThrow(`job "${missing.name}" has no handler`);
  });

  it('refuses to start with no handlers at all, naming every job', () => {
    let message = '';
    try {
      checkHandlers([]);
    } catch (error) {
      message = (error as Error).message;
    }
    for (const name of JOB_NAMES) expect(message).toContain(`"${name}"`);
  });

  it('refuses to start when a job name has two handlers, naming the job and both handlers', () => {
    const name = JOB_NAMES[0];
    const found = [...oneEach(), { name, handler: 'SecondMailSender' }];
    expect(() => checkHandlers(found)).toThrow(
      new RegExp(`job "${name.replace('.', '\\.')}" has 2 handlers \\(Handler0, SecondMailSender\\)`),
    );
  });

  it('refuses a handler for a job name that does not exist, naming the handler and the name', () => {
    const found = [...oneEach(), { name: 'mail.sned', handler: 'TypoProcessor' }];
    expect(() => checkHandlers(found)).toThrow('TypoProcessor handles unknown job "mail.sned"');
  });
});
