import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';

export function NotFound(): ReactNode {
  return (
    <div>
      <h1>
        <FormattedMessage id="error.notFound" />
      </h1>
      <p>
        <Link to="/workspace">
          <FormattedMessage id="ws.home.title" />
        </Link>
      </p>
    </div>
  );
}
