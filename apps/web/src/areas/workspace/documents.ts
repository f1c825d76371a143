import { graphql } from '../../gql';

/** Every GraphQL document of the workspace area, typed by codegen (`npm run codegen`). */

export const MyOrganisationsQuery = graphql(`
  query MyOrganisations {
    me {
      id
      memberships {
        role
        organisation {
          id
          name
          status
          region
          country
        }
      }
    }
  }
`);

export const CountriesQuery = graphql(`
  query Countries {
    countries {
      code
      region
    }
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
      status
      region
    }
  }
`);

export const OrganisationQuery = graphql(`
  query WorkspaceOrganisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      country
      region
      type
      website
      description
      status
      reviewNote
      myRole
      members {
        userId
        role
        joinedAt
        user {
          id
          displayName
          email
        }
      }
      invitations {
        id
        email
        role
        expiresAt
      }
      cosignatureInvitations {
        id
        status
        disclosure
        respondedAt
        submission {
          id
          title
          status
        }
      }
      submissions(first: 100) {
        edges {
          node {
            id
            title
            status
            disclosure
            language
            updatedAt
            currentVersion
            appeal {
              createdAt
            }
            round {
              id
              title
              opensAt
              closesAt
              revisionsCloseAt
              timeZone
            }
          }
        }
      }
    }
  }
`);

export const OpenRoundsQuery = graphql(`
  query OpenRoundsForRegion($region: Region!) {
    consultationRounds(first: 20, filter: { region: $region, status: OPEN }) {
      edges {
        node {
          id
          title
          closesAt
          timeZone
        }
      }
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation WorkspaceInviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      role
      expiresAt
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation WorkspaceRemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input)
  }
`);

export const EditorRoundQuery = graphql(`
  query EditorRound($id: ID!) {
    consultationRound(id: $id) {
      id
      title
      region
      languages
      wordLimit
      opensAt
      closesAt
      revisionsCloseAt
      timeZone
      guidingQuestions
    }
  }
`);

export const VocabularyQuery = graphql(`
  query EditorVocabulary {
    treatyProvisions {
      id
      title
      kind
      chapterNumber
      articleNumber
    }
    tags {
      id
      label
      category
    }
  }
`);

export const SubmissionEditorQuery = graphql(`
  query SubmissionEditor($id: ID!) {
    submission(id: $id) {
      id
      title
      summary
      body
      language
      disclosure
      provisionIds
      suggestedTagIds
      status
      version
      currentVersion
      contentHash
      wordCount
      updatedAt
      withdrawalReason
      organisation {
        id
        name
        region
        myRole
      }
      round {
        id
        title
        region
        languages
        wordLimit
        opensAt
        closesAt
        revisionsCloseAt
        timeZone
        guidingQuestions
      }
      cosigners {
        id
        status
        disclosure
        respondedAt
        attribution {
          text
        }
      }
      decisions {
        decision
        reasonCode
        message
        createdAt
        versionNumber
      }
      appeal {
        reason
        createdAt
        resolution
        resolutionMessage
      }
      versions {
        number
        contentHash
        createdAt
      }
    }
  }
`);

export const CreateSubmissionMutation = graphql(`
  mutation EditorCreateSubmission($input: CreateSubmissionInput!) {
    createSubmission(input: $input) {
      id
      version
      wordCount
    }
  }
`);

export const UpdateSubmissionMutation = graphql(`
  mutation EditorUpdateSubmission($input: UpdateSubmissionInput!) {
    updateSubmission(input: $input) {
      id
      version
      wordCount
      updatedAt
      cosigners {
        id
        status
      }
      # The round's dates with every save: a round staff closed while the person writes shows as closed.
      round {
        id
        opensAt
        closesAt
        revisionsCloseAt
      }
    }
  }
`);

export const SubmitSubmissionMutation = graphql(`
  mutation EditorSubmitSubmission($input: SubmitSubmissionInput!) {
    submitSubmission(input: $input) {
      id
      status
      version
      currentVersion
      contentHash
    }
  }
`);

export const WithdrawSubmissionMutation = graphql(`
  mutation EditorWithdrawSubmission($input: WithdrawSubmissionInput!) {
    withdrawSubmission(input: $input) {
      id
      status
      withdrawalReason
    }
  }
`);

export const AppealDecisionMutation = graphql(`
  mutation EditorAppealDecision($input: AppealDecisionInput!) {
    appealDecision(input: $input) {
      id
      status
      appeal {
        reason
        createdAt
      }
    }
  }
`);

export const VerifiedOrganisationsQuery = graphql(`
  query VerifiedOrganisations($search: String) {
    organisations(first: 20, filter: { status: VERIFIED, search: $search }) {
      edges {
        node {
          id
          name
          region
        }
      }
    }
  }
`);

export const InviteCosignerMutation = graphql(`
  mutation EditorInviteCosigner($input: InviteCosignerInput!) {
    inviteCosigner(input: $input) {
      id
      status
    }
  }
`);

export const CosignatureQuery = graphql(`
  query Cosignature($id: ID!) {
    cosignature(id: $id) {
      id
      status
      disclosure
      respondedAt
      organisation {
        id
        name
        region
      }
      submission {
        id
        title
        summary
        bodyHtml
        language
        status
        attribution {
          text
        }
        round {
          id
          title
        }
      }
    }
  }
`);

export const RespondToCosignatureMutation = graphql(`
  mutation RespondToCosignature($input: RespondToCosignatureInput!) {
    respondToCosignature(input: $input) {
      id
      status
      disclosure
      respondedAt
    }
  }
`);

export const VersionsQuery = graphql(`
  query SubmissionVersions($id: ID!) {
    submission(id: $id) {
      id
      title
      summary
      body
      language
      version
      status
      versions {
        number
        contentHash
        title
        summary
        body
        language
        createdAt
      }
    }
  }
`);

export const NotificationsQuery = graphql(`
  query MyNotifications($unreadOnly: Boolean, $after: String) {
    myNotifications(first: 30, unreadOnly: $unreadOnly, after: $after) {
      edges {
        node {
          id
          kind
          title
          body
          entityType
          entityId
          readAt
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const UnreadCountQuery = graphql(`
  query UnreadNotifications {
    myNotifications(first: 100, unreadOnly: true) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const MarkReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

export const DigestSessionQuery = graphql(`
  query NotificationDigestSession($id: ID!) {
    digest(id: $id) {
      id
      sessionId
    }
  }
`);
