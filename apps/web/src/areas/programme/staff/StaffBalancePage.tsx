import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { usePageTitle } from '../../../app/usePageTitle';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { BalanceChart } from '../parts/BalanceChart';

const BalanceQuery = graphql(`
  query ProgrammeStaffBalance($filter: EventBalanceFilter!) {
    eventBalance(filter: $filter) {
      exact
      registrants {
        total {
          key
          count
          withheld
          fewerThanFive
        }
        byRegion {
          key
          count
          withheld
          fewerThanFive
        }
        byOrganisationType {
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
      attendees {
        total {
          key
          count
          withheld
          fewerThanFive
        }
        byRegion {
          key
          count
          withheld
          fewerThanFive
        }
        byOrganisationType {
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

const SessionsQuery = graphql(`
  query ProgrammeBalanceSessions {
    negotiationSessions(first: 50) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

/** Staff: balance per negotiation session or per year, exact, as charts with their numbers. */
export function StaffBalancePage(): ReactNode {
  const intl = useIntl();
  usePageTitle('prog.staff.balance');
  const [params, setParams] = useSearchParams();
  const sessions = useQuery(SessionsQuery);
  const sessionId = params.get('session') ?? '';
  const year = Number(params.get('year') ?? new Date().getFullYear());
  const filter = sessionId ? { sessionId } : { year };
  const { data, error } = useQuery(BalanceQuery, { variables: { filter } });
  const choose = (key: string, value: string): void => {
    const next = new URLSearchParams();
    if (value) next.set(key, value);
    setParams(next, { replace: true });
  };
  const years = Array.from({ length: 6 }, (_, i) => new Date().getFullYear() + 1 - i);
  return (
    <>
      <h1>
        <FormattedMessage id="prog.staff.balance" />
      </h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label className="field__label" htmlFor="balance-session">
            <FormattedMessage id="prog.filter.session" />
          </label>
          <select
            id="balance-session"
            className="field__input field__select"
            value={sessionId}
            onChange={(e) => choose('session', e.target.value)}
          >
            <option value="">—</option>
            {(sessions.data?.negotiationSessions.edges ?? []).map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="balance-year">
            <FormattedMessage id="prog.staff.year" />
          </label>
          <select
            id="balance-year"
            className="field__input field__select"
            value={sessionId ? '' : String(year)}
            onChange={(e) => choose('year', e.target.value)}
          >
            {sessionId && <option value="">—</option>}
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </form>
      {error && <ErrorMessage error={error} />}
      {data && (
        <>
          <p>
            <FormattedMessage
              id="prog.staff.totals"
              values={{
                registrants: data.eventBalance.registrants.total.count ?? 0,
                attendees: data.eventBalance.attendees.total.count ?? 0,
              }}
            />
          </p>
          {(['registrants', 'attendees'] as const).map((group) => (
            <section key={group} aria-labelledby={`balance-${group}`}>
              <h2 id={`balance-${group}`}>
                <FormattedMessage id={group === 'registrants' ? 'prog.staff.registrants' : 'prog.staff.attendees'} />
              </h2>
              <div className="programme__charts">
                <BalanceChart
                  title={intl.formatMessage({ id: 'prog.balance.byRegion' })}
                  prefix="region"
                  cells={data.eventBalance[group].byRegion}
                />
                <BalanceChart
                  title={intl.formatMessage({ id: 'prog.balance.byType' })}
                  prefix="orgType"
                  cells={data.eventBalance[group].byOrganisationType}
                />
                <BalanceChart
                  title={intl.formatMessage({ id: 'prog.balance.byGender' })}
                  prefix="gender"
                  cells={data.eventBalance[group].byGender}
                />
              </div>
            </section>
          ))}
        </>
      )}
    </>
  );
}
