import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { RequireSession } from '../../app/RequireSession';
import { AreaMessages } from '../../i18n/AreaMessages';
import { loadStaffMessages } from './catalogues';

/** The staff area's entry (a lazy chunk of its own); its pages are added under areas/staff/. */
export function Component(): ReactNode {
  return (
    <AreaMessages load={loadStaffMessages}>
      <RequireSession>
        <h1>
          <FormattedMessage id="staff.title" />
        </h1>
        <p>
          <FormattedMessage id="staff.intro" />
        </p>
      </RequireSession>
    </AreaMessages>
  );
}
