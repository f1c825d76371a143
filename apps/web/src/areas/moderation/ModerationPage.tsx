import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { RequireSession } from '../../app/RequireSession';

/** The moderation area's entry (a lazy chunk of its own); its pages are added under areas/moderation/. */
export function Component(): ReactNode {
  return (
    <RequireSession>
      <h1>
        <FormattedMessage id="area.moderation.title" />
      </h1>
      <p>
        <FormattedMessage id="area.moderation.intro" />
      </p>
    </RequireSession>
  );
}
