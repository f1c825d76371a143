import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';

export function NotFound(): ReactNode {
  usePageTitle('notFound.title');
  return (
    <div>
      <h1>
        <FormattedMessage id="notFound.title" />
      </h1>
      <p>
        <Link to="/staff">
          <FormattedMessage id="staff.nav.overview" />
        </Link>
      </p>
    </div>
  );
}
