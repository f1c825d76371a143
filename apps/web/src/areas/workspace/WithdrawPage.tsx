import { useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { usePageTitle } from '../../app/usePageTitle';
import { Button, ErrorSummary, TextArea, useFieldErrors } from '../../components/forms';
import { WithdrawSubmissionMutation } from './documents';

/** Withdraw, with a reason (a question page that asks one thing and says what will happen). */
export function WithdrawPage(): ReactNode {
  usePageTitle('ws.withdraw.title');
  const { id = '' } = useParams();
  const intl = useIntl();
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const [withdraw, { error, loading }] = useMutation(WithdrawSubmissionMutation);
  const errors = useFieldErrors(error, ['reason'], 'withdraw-', (d) =>
    intl.formatMessage({ id: d.messageId }, d.values),
  );
  return (
    <div className="narrow">
      <ErrorSummary items={errors.summary} />
      <h1>
        <FormattedMessage id="ws.withdraw.title" />
      </h1>
      <p>
        <FormattedMessage id="ws.withdraw.explain" />
      </p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void withdraw({ variables: { input: { id, reason } } })
            .then(() => navigate(`/workspace/submissions/${id}`))
            .catch(() => null);
        }}
      >
        <TextArea
          id="withdraw-reason"
          label={<FormattedMessage id="ws.withdraw.reason" />}
          value={reason}
          onChange={setReason}
          error={errors.field('reason')}
          rows={4}
        />
        <div className="button-group">
          <Button type="submit" isDisabled={loading}>
            <FormattedMessage id="ws.withdraw.submit" />
          </Button>
          <Link to={`/workspace/submissions/${id}`}>
            <FormattedMessage id="ws.withdraw.cancel" />
          </Link>
        </div>
      </form>
    </div>
  );
}
