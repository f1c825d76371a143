import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';

export function Component(): ReactNode {
  usePageTitle('deleted.title');
  return (
    <div className="narrow">
      <h1>
        <FormattedMessage id="deleted.title" />
      </h1>
      <p>
        <FormattedMessage id="delete.whatStays" />
      </p>
      <p>
        <Link to="/">
          <FormattedMessage id="notFound.home" />
        </Link>
      </p>
    </div>
  );
}
