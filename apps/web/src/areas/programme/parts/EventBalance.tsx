import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { BalanceChart } from './BalanceChart';

const BalanceQuery = graphql(`
  query ProgrammeEventBalance($id: ID!) {
    eventBalance(filter: { eventId: $id }) {
      registrants {
        byRegion {
          key
          count
          withheld
          fewerThanFive
        }
        byGender {
          key
          count
          withheld
          fewerThanFive
        }
      }
    }
  }
`);

/** An event's public balance: registered people by region and gender, small counts withheld. */
export default function EventBalance({ eventId }: { eventId: string }): ReactNode {
  const intl = useIntl();
  const { data } = useQuery(BalanceQuery, { variables: { id: eventId }, fetchPolicy: 'cache-and-network' });
  if (!data) return null;
  const b = data.eventBalance.registrants;
  return (
    <section aria-labelledby="balance-heading">
      <h2 id="balance-heading">
        <FormattedMessage id="prog.balance.title" />
      </h2>
      <p>
        <FormattedMessage id="prog.balance.publicNote" />
      </p>
      <div className="programme__charts">
        <BalanceChart title={intl.formatMessage({ id: 'prog.balance.byRegion' })} prefix="region" cells={b.byRegion} />
        <BalanceChart title={intl.formatMessage({ id: 'prog.balance.byGender' })} prefix="gender" cells={b.byGender} />
      </div>
    </section>
  );
}
