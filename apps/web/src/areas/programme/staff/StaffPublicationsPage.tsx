import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation, useQuery } from '@apollo/client/react';
import { useLocation } from 'react-router';
import { graphql } from '../../../gql';
import type { PublicationKind } from '../../../gql/graphql';
import { usePageTitle } from '../../../app/usePageTitle';
import { session } from '../../../api/session';
import { useAnnounce } from '../../../components/Announcer';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { idOf, languageName } from '../parts/labels';
import { Refusal } from '../parts/Refusal';

const KINDS = ['REPORT', 'JOURNAL_ARTICLE', 'BRIEF'] as const;
const LANGUAGES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'];

const StaffPublicationsQuery = graphql(`
  query ProgrammeStaffPublications {
    publications(first: 100) {
      edges {
        node {
          id
          kind
          title
          authors
          language
          status
          publishedAt
          filePath
          fileName
          fileBytes
          doi
          url
        }
      }
    }
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

const CreatePublicationMutation = graphql(`
  mutation ProgrammeCreatePublication($input: CreatePublicationInput!) {
    createPublication(input: $input) {
      id
    }
  }
`);

const PublishMutation = graphql(`
  mutation ProgrammePublish($id: ID!) {
    publishPublication(id: $id) {
      id
      status
    }
  }
`);

/** Uploads an open-access file (staff) with the access token: PUT /files/publications/<id>. */
async function upload(id: string, file: File): Promise<boolean> {
  const token = session.accessToken();
  const res = await fetch(`/files/publications/${id}?name=${encodeURIComponent(file.name)}`, {
    method: 'PUT',
    headers: {
      'content-type': file.type || 'application/octet-stream',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: file,
  });
  return res.ok;
}

/** Staff: the programme's publications — new drafts, their open-access files, publishing. */
export function StaffPublicationsPage(): ReactNode {
  const intl = useIntl();
  const announce = useAnnounce();
  usePageTitle('prog.staff.publications');
  const { data, error, refetch } = useQuery(StaffPublicationsQuery, { fetchPolicy: 'cache-and-network' });
  const { hash } = useLocation();
  // A digest's change list links a publication as #publication-<id>: shown once the list is there.
  useEffect(() => {
    if (hash.startsWith('#publication-') && data) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [hash, data]);
  const [create, created] = useMutation(CreatePublicationMutation);
  const [publish, published] = useMutation(PublishMutation);
  const [uploadFailed, setUploadFailed] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [f, setF] = useState({
    kind: 'REPORT',
    title: '',
    authors: '',
    consented: false,
    abstract: '',
    language: 'en',
    doi: '',
    url: '',
    sessionId: '',
  });
  const set = (key: keyof typeof f, value: unknown): void => setF((old) => ({ ...old, [key]: value }));

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const authors = f.authors
      .split('\n')
      .map((a) => a.trim())
      .filter(Boolean);
    await create({
      variables: {
        input: {
          kind: f.kind as PublicationKind,
          title: f.title,
          language: f.language,
          authors,
          authorsConsented: f.consented,
          ...(f.abstract.trim() ? { abstract: f.abstract.trim() } : {}),
          ...(f.doi.trim() ? { doi: f.doi.trim() } : {}),
          ...(f.url.trim() ? { url: f.url.trim() } : {}),
          ...(f.sessionId ? { sessionId: f.sessionId } : {}),
        },
      },
    }).then(
      () => {
        setF((old) => ({ ...old, title: '', authors: '', consented: false, abstract: '', doi: '', url: '' }));
        announce(intl.formatMessage({ id: 'prog.staff.saved' }));
        void refetch();
      },
      () => undefined,
    );
  };

  return (
    <>
      <h1>
        <FormattedMessage id="prog.staff.publications" />
      </h1>
      {error && <ErrorMessage error={error} />}
      {published.error && <Refusal error={published.error} />}
      {uploadFailed && (
        <p className="notice notice--error" role="alert">
          <FormattedMessage id="prog.staff.uploadFailed" />
        </p>
      )}
      <ul className="card-list">
        {(data?.publications.edges ?? []).map(({ node: p }) => (
          <li key={p.id} id={`publication-${p.id}`} className="card">
            <span className="card__title" dir="auto">
              {p.title}
            </span>
            <span className="card__meta">
              <FormattedMessage id={idOf('prog.kind', p.kind)} /> · {languageName(intl, p.language)} ·{' '}
              <FormattedMessage id={idOf('prog.publicationStatus', p.status)} />
              {p.fileName && <> · {p.fileName}</>}
            </span>
            <div className="filters">
              <div className="field">
                <label className="field__label" htmlFor={`file-${p.id}`}>
                  <FormattedMessage id="prog.staff.file" />
                </label>
                <input
                  id={`file-${p.id}`}
                  className="field__input"
                  type="file"
                  accept=".pdf,.docx,.epub,.odt"
                  onChange={(e) => {
                    const file = e.target.files?.[0];
                    if (!file) return;
                    void upload(p.id, file).then((ok) => {
                      setUploadFailed(!ok);
                      if (ok) {
                        announce(intl.formatMessage({ id: 'prog.staff.saved' }));
                        void refetch();
                      }
                    });
                  }}
                />
              </div>
              {p.status === 'DRAFT' &&
                (confirming === p.id ? (
                  <p role="alert">
                    <FormattedMessage id="prog.staff.publishConfirm" />{' '}
                    <button
                      type="button"
                      className="button button--primary"
                      onClick={() =>
                        void publish({ variables: { id: p.id } })
                          .then(
                            () => void refetch(),
                            () => undefined,
                          )
                          .finally(() => setConfirming(null))
                      }
                    >
                      <FormattedMessage id="prog.staff.publishYes" />
                    </button>
                  </p>
                ) : (
                  <button type="button" className="button button--secondary" onClick={() => setConfirming(p.id)}>
                    <FormattedMessage id="prog.staff.publish" />
                  </button>
                ))}
            </div>
          </li>
        ))}
      </ul>

      <form className="programme__form" onSubmit={(e) => void submit(e)} aria-labelledby="new-publication">
        <h2 id="new-publication">
          <FormattedMessage id="prog.staff.newPublication" />
        </h2>
        {created.error && <ErrorMessage error={created.error} />}
        <div className="field">
          <label className="field__label" htmlFor="publication-kind">
            <FormattedMessage id="prog.publications.kind" />
          </label>
          <select
            id="publication-kind"
            className="field__input field__select"
            value={f.kind}
            onChange={(e) => set('kind', e.target.value)}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {intl.formatMessage({ id: idOf('prog.kind', k) })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="publication-title">
            <FormattedMessage id="prog.staff.titleField" />
          </label>
          <input
            id="publication-title"
            className="field__input"
            required
            value={f.title}
            onChange={(e) => set('title', e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="publication-authors">
            <FormattedMessage id="prog.staff.authors" /> <FormattedMessage id="field.optional" />
          </label>
          <textarea
            id="publication-authors"
            className="field__input"
            value={f.authors}
            onChange={(e) => set('authors', e.target.value)}
          />
        </div>
        <label className="programme__check">
          <input type="checkbox" checked={f.consented} onChange={(e) => set('consented', e.target.checked)} />{' '}
          <FormattedMessage id="prog.staff.authorsConsented" />
        </label>
        <div className="field">
          <label className="field__label" htmlFor="publication-abstract">
            <FormattedMessage id="prog.staff.abstract" /> <FormattedMessage id="field.optional" />
          </label>
          <textarea
            id="publication-abstract"
            className="field__input field__input--area"
            value={f.abstract}
            onChange={(e) => set('abstract', e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="publication-language">
            <FormattedMessage id="prog.staff.language" />
          </label>
          <select
            id="publication-language"
            className="field__input field__select"
            value={f.language}
            onChange={(e) => set('language', e.target.value)}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {languageName(intl, l)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="publication-doi">
            DOI <FormattedMessage id="field.optional" />
          </label>
          <input
            id="publication-doi"
            className="field__input"
            value={f.doi}
            onChange={(e) => set('doi', e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="publication-url">
            <FormattedMessage id="prog.publications.link" /> <FormattedMessage id="field.optional" />
          </label>
          <input
            id="publication-url"
            className="field__input"
            type="url"
            value={f.url}
            onChange={(e) => set('url', e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="publication-session">
            <FormattedMessage id="prog.filter.session" /> <FormattedMessage id="field.optional" />
          </label>
          <select
            id="publication-session"
            className="field__input field__select"
            value={f.sessionId}
            onChange={(e) => set('sessionId', e.target.value)}
          >
            <option value="">—</option>
            {(data?.negotiationSessions.edges ?? []).map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.title}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary" disabled={created.loading}>
          <FormattedMessage id="prog.staff.createPublication" />
        </button>
      </form>
    </>
  );
}
