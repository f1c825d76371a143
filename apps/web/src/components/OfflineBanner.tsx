import { useSyncExternalStore, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { connectivity } from '../api/connectivity';

/** "Plenary cannot be reached": shown while requests fail; goes away by itself when the api answers. */
export function OfflineBanner(): ReactNode {
  const down = useSyncExternalStore(connectivity.subscribe, connectivity.isDown);
  if (!down) return null;
  return (
    <div className="banner banner--offline" role="alert">
      <FormattedMessage id="banner.offline" />
    </div>
  );
}
