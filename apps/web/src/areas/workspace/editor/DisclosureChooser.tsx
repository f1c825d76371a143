import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { RadioGroup } from '../../../components/forms/choices';
import type { MessageId } from '../../../i18n/messages';
import {
  AUDIENCES,
  DISCLOSURES,
  ORGANISATION_VISIBILITY,
  PERSON_VISIBILITY,
  type DisclosureLevel,
  type Visibility,
} from '../logic/disclosure';

const VISIBILITY_TEXT: Record<Visibility, MessageId> = {
  name: 'ws.disclosure.sees.name',
  region: 'ws.disclosure.sees.region',
  regionPublicNameInternal: 'ws.disclosure.sees.regionPublicNameInternal',
  revealOnly: 'ws.disclosure.sees.revealOnly',
  internalOnly: 'ws.disclosure.sees.internalOnly',
  nothing: 'ws.disclosure.sees.nothing',
};

/** Who sees the organisation's name and the person's name under one level: a small table. */
export function DisclosureTable({ level, region }: { level: DisclosureLevel; region: string }): ReactNode {
  const intl = useIntl();
  const regionName = intl.formatMessage({ id: `region.${region}` as MessageId });
  return (
    <table className="disclosure-table">
      <caption>
        <FormattedMessage
          id="ws.disclosure.tableCaption"
          values={{ level: intl.formatMessage({ id: `ws.disclosure.${level}.label` as MessageId }) }}
        />
      </caption>
      <thead>
        <tr>
          <th scope="col">
            <FormattedMessage id="ws.disclosure.who" />
          </th>
          <th scope="col">
            <FormattedMessage id="ws.disclosure.orgName" />
          </th>
          <th scope="col">
            <FormattedMessage id="ws.disclosure.personName" />
          </th>
        </tr>
      </thead>
      <tbody>
        {AUDIENCES.map((audience) => (
          <tr key={audience}>
            <th scope="row">
              <FormattedMessage id={`ws.disclosure.audience.${audience}` as MessageId} />
            </th>
            <td data-visibility={ORGANISATION_VISIBILITY[level][audience]}>
              <FormattedMessage
                id={VISIBILITY_TEXT[ORGANISATION_VISIBILITY[level][audience]]}
                values={{ region: regionName }}
              />
            </td>
            <td data-visibility={PERSON_VISIBILITY[audience]}>
              <FormattedMessage id="ws.disclosure.sees.personNever" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The disclosure chooser: four radio options, each with its one-line consequence, and beside
 * them the table of who sees what under the option chosen (or the one being looked at).
 */
export function DisclosureChooser({
  id,
  value,
  onChange,
  region,
  error,
  legend,
}: {
  id: string;
  value: string | null;
  onChange: (level: DisclosureLevel) => void;
  region: string;
  error?: string;
  legend?: ReactNode;
}): ReactNode {
  const shown = (value ?? null) as DisclosureLevel | null;
  return (
    <div className="disclosure-chooser">
      <RadioGroup
        id={id}
        label={legend ?? <FormattedMessage id="ws.disclosure.legend" />}
        hint={<FormattedMessage id="ws.disclosure.hint" />}
        error={error}
        value={value}
        onChange={(v) => onChange(v as DisclosureLevel)}
        options={DISCLOSURES.map((level) => ({
          value: level,
          label: <FormattedMessage id={`ws.disclosure.${level}.label` as MessageId} />,
          hint: <FormattedMessage id={`ws.disclosure.${level}.consequence` as MessageId} />,
        }))}
      />
      <div className="disclosure-chooser__table" aria-live="polite">
        {shown ? (
          <>
            <DisclosureTable level={shown} region={region} />
            {shown === 'ANONYMOUS' && (
              <p className="disclosure-chooser__promise">
                <FormattedMessage id="ws.disclosure.ANONYMOUS.promise" />
              </p>
            )}
          </>
        ) : (
          <p className="field__hint">
            <FormattedMessage id="ws.disclosure.chooseToSee" />
          </p>
        )}
      </div>
    </div>
  );
}
