import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { RequireSession } from '../../app/RequireSession';

/** The workspace area's entry (a lazy chunk of its own); its pages are added under areas/workspace/. */
export function Component(): ReactNode {
  return (
    <RequireSession>
      <h1>
        <FormattedMessage id="area.workspace.title" />
      </h1>
      <p>
        <FormattedMessage id="area.workspace.intro" />
      </p>
    </RequireSession>
  );
}
