import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { RequireSession } from '../../app/RequireSession';

/** The staff area's entry (a lazy chunk of its own); its pages are added under areas/staff/. */
export function Component(): ReactNode {
  return (
    <RequireSession>
      <h1>
        <FormattedMessage id="area.staff.title" />
      </h1>
      <p>
        <FormattedMessage id="area.staff.intro" />
      </p>
    </RequireSession>
  );
}
