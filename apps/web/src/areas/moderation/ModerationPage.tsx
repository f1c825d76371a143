import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { RequireSession } from '../../app/RequireSession';
import { AreaMessages } from '../../i18n/AreaMessages';
import { loadModerationMessages } from './catalogues';

/** The moderation area's entry (a lazy chunk of its own); its pages are added under areas/moderation/. */
export function Component(): ReactNode {
  return (
    <AreaMessages load={loadModerationMessages}>
      <RequireSession>
        <h1>
          <FormattedMessage id="mod.title" />
        </h1>
        <p>
          <FormattedMessage id="mod.intro" />
        </p>
      </RequireSession>
    </AreaMessages>
  );
}
