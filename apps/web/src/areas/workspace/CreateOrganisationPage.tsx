import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Button, ErrorSummary, TextArea, TextField, useFieldErrors } from '../../components/forms';
import { RadioGroup, Select } from '../../components/forms/choices';
import type { OrganisationType, Region } from '../../gql/graphql';
import type { MessageId } from '../../i18n/messages';
import { CountriesQuery, CreateOrganisationMutation, MyOrganisationsQuery } from './documents';
import { countryName } from './format';

const TYPES: OrganisationType[] = ['NGO', 'ACADEMIA', 'PRIVATE_SECTOR', 'TECHNICAL_COMMUNITY', 'OTHER'];
const REGIONS: Region[] = ['AG', 'APG', 'EEG', 'GRULAC', 'WEOG'];

/**
 * A new organisation: countries named in the interface language (Intl.DisplayNames) and sorted in
 * its collation; the region shown as derived from the country, or asked for where the country is
 * in no UN regional group; what PENDING means said before and after.
 */
export function CreateOrganisationPage(): ReactNode {
  usePageTitle('ws.createOrg.title');
  const intl = useIntl();
  const navigate = useNavigate();
  const countries = useQuery(CountriesQuery);
  const [create, { error, loading }] = useMutation(CreateOrganisationMutation, {
    refetchQueries: [{ query: MyOrganisationsQuery }],
  });
  const [name, setName] = useState('');
  const [country, setCountry] = useState<string | null>(null);
  const [region, setRegion] = useState<string | null>(null);
  const [type, setType] = useState<string | null>(null);
  const [website, setWebsite] = useState('');
  const [description, setDescription] = useState('');
  const fields = ['name', 'country', 'region', 'type', 'website', 'description'];
  const errors = useFieldErrors(error, fields, 'org-', (d) => intl.formatMessage({ id: d.messageId }, d.values));

  const options = useMemo(() => {
    const collator = new Intl.Collator(intl.locale);
    return (countries.data?.countries ?? [])
      .map((c) => ({ value: c.code, label: countryName(intl.locale, c.code), region: c.region }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [countries.data, intl.locale]);
  const chosen = options.find((o) => o.value === country);
  const derived = chosen?.region ?? null;

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const res = await create({
      variables: {
        input: {
          name,
          country: country ?? '',
          type: (type ?? '') as OrganisationType,
          ...(website ? { website } : {}),
          ...(description ? { description } : {}),
          ...(!derived && region ? { region: region as Region } : {}),
        },
      },
    }).catch(() => null);
    const made = res?.data?.createOrganisation;
    if (made) await navigate(`/workspace/organisations/${made.id}?created=1`);
  }

  return (
    <div className="narrow">
      <ErrorSummary items={errors.summary} />
      <h1>
        <FormattedMessage id="ws.createOrg.title" />
      </h1>
      <p>
        <FormattedMessage id="ws.createOrg.pendingExplained" />
      </p>
      {countries.error && <ErrorMessage error={countries.error} />}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          id="org-name"
          label={<FormattedMessage id="ws.createOrg.name" />}
          value={name}
          onChange={setName}
          error={errors.field('name')}
        />
        <Select
          id="org-country"
          label={<FormattedMessage id="ws.createOrg.country" />}
          hint={<FormattedMessage id="ws.createOrg.countryHint" />}
          options={options}
          value={country}
          onChange={setCountry}
          error={errors.field('country')}
        />
        {chosen &&
          (derived ? (
            <p className="field__hint" id="org-region-derived" role="status">
              <FormattedMessage
                id="ws.createOrg.regionDerived"
                values={{ region: intl.formatMessage({ id: `region.${derived}` as MessageId }) }}
              />
            </p>
          ) : (
            <RadioGroup
              id="org-region"
              label={<FormattedMessage id="ws.createOrg.region" />}
              hint={<FormattedMessage id="ws.createOrg.regionChoose" />}
              value={region}
              onChange={setRegion}
              error={errors.field('region')}
              options={REGIONS.map((r) => ({ value: r, label: <FormattedMessage id={`region.${r}` as MessageId} /> }))}
            />
          ))}
        <RadioGroup
          id="org-type"
          label={<FormattedMessage id="ws.createOrg.type" />}
          value={type}
          onChange={setType}
          error={errors.field('type')}
          options={TYPES.map((t) => ({ value: t, label: <FormattedMessage id={`ws.orgType.${t}` as MessageId} /> }))}
        />
        <TextField
          id="org-website"
          type="url"
          label={<FormattedMessage id="ws.createOrg.website" />}
          hint={<FormattedMessage id="ws.createOrg.websiteHint" />}
          value={website}
          onChange={setWebsite}
          error={errors.field('website')}
          dir="ltr"
        />
        <TextArea
          id="org-description"
          label={<FormattedMessage id="ws.createOrg.description" />}
          value={description}
          onChange={setDescription}
          error={errors.field('description')}
        />
        <Button type="submit" isDisabled={loading}>
          <FormattedMessage id="ws.createOrg.submit" />
        </Button>
      </form>
    </div>
  );
}
