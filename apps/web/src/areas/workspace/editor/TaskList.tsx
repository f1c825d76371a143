import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import type { MessageId } from '../../../i18n/messages';
import { TASKS, type Task, type TaskState } from '../logic/tasks';

/** GOV.UK's task list: each task links to its section and says its state in words (not colour alone). */
export function TaskList({ states }: { states: Record<Task, TaskState> }): ReactNode {
  return (
    <nav aria-labelledby="task-list-title" className="task-list">
      <h2 id="task-list-title" className="task-list__title">
        <FormattedMessage id="ws.tasks.title" />
      </h2>
      <ol>
        {TASKS.map((task) => (
          <li key={task} className="task-list__item">
            <a href={`#task-${task}`} aria-describedby={`task-${task}-state`}>
              <FormattedMessage id={`ws.tasks.${task}` as MessageId} />
            </a>
            <span id={`task-${task}-state`} className={`tag tag--${states[task]}`}>
              <FormattedMessage id={`ws.taskState.${states[task]}` as MessageId} />
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
