import { graphql } from '../../gql';

/** Every GraphQL document of the staff area, typed by codegen (`npm run codegen`). */

// ── Overview ────────────────────────────────────────────────────────────────

export const StaffOverviewQuery = graphql(`
  query StaffOverview {
    organisations(first: 100, filter: { status: PENDING }) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
      }
    }
    moderationQueue(first: 100, filter: { status: APPEALED }) {
      edges {
        node {
          submission {
            id
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
    negotiationSessions(first: 5) {
      edges {
        node {
          id
          title
          startsAt
        }
      }
    }
  }
`);

// ── Sessions and rounds ─────────────────────────────────────────────────────

export const StaffSessionsQuery = graphql(`
  query StaffSessions($after: String) {
    negotiationSessions(first: 20, after: $after) {
      edges {
        cursor
        node {
          id
          title
          processName
          location
          startsAt
          endsAt
          version
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateSessionMutation = graphql(`
  mutation StaffCreateSession($input: CreateNegotiationSessionInput!) {
    createNegotiationSession(input: $input) {
      id
      title
    }
  }
`);

export const UpdateSessionMutation = graphql(`
  mutation StaffUpdateSession($input: UpdateNegotiationSessionInput!) {
    updateNegotiationSession(input: $input) {
      id
      title
      processName
      location
      startsAt
      endsAt
      version
    }
  }
`);

export const StaffSessionQuery = graphql(`
  query StaffSession($id: ID!) {
    negotiationSession(id: $id) {
      id
      title
      processName
      location
      startsAt
      endsAt
      version
    }
    consultationRounds(first: 100, filter: { sessionId: $id }) {
      edges {
        node {
          id
          title
          region
          status
          opensAt
          closesAt
          revisionsCloseAt
          timeZone
          version
        }
      }
    }
  }
`);

export const StaffRoundQuery = graphql(`
  query StaffRound($id: ID!) {
    consultationRound(id: $id) {
      id
      sessionId
      session {
        id
        title
      }
      title
      description
      guidingQuestions
      region
      status
      opensAt
      closesAt
      revisionsCloseAt
      timeZone
      wordLimit
      languages
      version
    }
  }
`);

export const CreateRoundMutation = graphql(`
  mutation StaffCreateRound($input: CreateConsultationRoundInput!) {
    createConsultationRound(input: $input) {
      id
      sessionId
    }
  }
`);

export const UpdateRoundMutation = graphql(`
  mutation StaffUpdateRound($input: UpdateConsultationRoundInput!) {
    updateConsultationRound(input: $input) {
      id
      title
      description
      guidingQuestions
      status
      opensAt
      closesAt
      revisionsCloseAt
      timeZone
      wordLimit
      languages
      version
    }
  }
`);

export const ScheduleRoundMutation = graphql(`
  mutation StaffScheduleRound($id: ID!) {
    scheduleConsultationRound(id: $id) {
      id
      status
      version
    }
  }
`);

export const CloseRoundMutation = graphql(`
  mutation StaffCloseRound($id: ID!) {
    closeConsultationRound(id: $id) {
      id
      status
      closesAt
      revisionsCloseAt
      version
    }
  }
`);

// ── Organisations ───────────────────────────────────────────────────────────

export const StaffOrganisationsQuery = graphql(`
  query StaffOrganisations($filter: OrganisationFilter, $after: String) {
    organisations(first: 25, filter: $filter, after: $after) {
      edges {
        cursor
        node {
          id
          name
          country
          region
          type
          website
          description
          status
          reviewNote
          createdAt
          version
          members {
            userId
            role
            user {
              id
              displayName
              email
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ReviewOrganisationMutation = graphql(`
  mutation StaffReviewOrganisation($input: ReviewOrganisationInput!) {
    reviewOrganisation(input: $input) {
      id
      status
      reviewNote
      version
    }
  }
`);

// ── People and roles ────────────────────────────────────────────────────────

export const StaffPeopleQuery = graphql(`
  query StaffPeople($filter: UserFilter, $after: String) {
    users(first: 25, filter: $filter, after: $after) {
      edges {
        cursor
        node {
          id
          displayName
          email
          roles
          createdAt
          memberships {
            role
            organisation {
              id
              name
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const GrantRoleMutation = graphql(`
  mutation StaffGrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      id
      roles
    }
  }
`);

export const RevokeRoleMutation = graphql(`
  mutation StaffRevokeRole($input: RevokeRoleInput!) {
    revokeRole(input: $input) {
      id
      roles
    }
  }
`);

// ── Tags ────────────────────────────────────────────────────────────────────

export const StaffTagsQuery = graphql(`
  query StaffTags {
    tags(includeInactive: true) {
      id
      category
      slug
      label
      description
      active
      version
      usageCount
    }
  }
`);

export const CreateTagMutation = graphql(`
  mutation StaffCreateTag($input: CreateTagInput!) {
    createTag(input: $input) {
      id
      category
      slug
      label
      description
      active
      version
      usageCount
    }
  }
`);

export const UpdateTagMutation = graphql(`
  mutation StaffUpdateTag($input: UpdateTagInput!) {
    updateTag(input: $input) {
      id
      label
      description
      active
      version
      usageCount
    }
  }
`);

// ── Appeals, submissions, reveal ────────────────────────────────────────────

export const StaffAppealsQuery = graphql(`
  query StaffAppeals($after: String) {
    moderationQueue(first: 25, after: $after, filter: { status: APPEALED }) {
      edges {
        cursor
        node {
          waitingSince
          submission {
            id
            title
            language
            region
            round {
              id
              title
            }
            attribution {
              text
              masked
            }
            appeal {
              createdAt
              reason
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const StaffSubmissionQuery = graphql(`
  query StaffSubmission($id: ID!) {
    submission(id: $id) {
      id
      title
      summary
      bodyHtml
      language
      region
      status
      disclosure
      version
      currentVersion
      submittedAt
      attribution {
        text
        masked
      }
      organisation {
        id
        name
      }
      round {
        id
        title
        session {
          id
          title
        }
      }
      tags {
        id
        category
        label
      }
      suggestedTagIds
      tagReview {
        done
        noGenderConsiderations
        noHumanRightsConsiderations
      }
      decisions {
        createdAt
        decision
        reasonCode
        message
        versionNumber
      }
      appeal {
        createdAt
        reason
        resolution
        resolutionMessage
        resolvedAt
      }
    }
    tags {
      id
      category
      label
    }
  }
`);

export const StaffSetTagsMutation = graphql(`
  mutation StaffSetTags($input: SetSubmissionTagsInput!) {
    setSubmissionTags(input: $input) {
      id
      version
      status
      tags {
        id
        category
        label
      }
      tagReview {
        done
        noGenderConsiderations
        noHumanRightsConsiderations
      }
    }
  }
`);

export const ResolveAppealMutation = graphql(`
  mutation StaffResolveAppeal($input: ResolveAppealInput!) {
    resolveAppeal(input: $input) {
      id
      status
      version
      appeal {
        createdAt
        reason
        resolution
        resolutionMessage
        resolvedAt
      }
    }
  }
`);

export const RevealSubmitterMutation = graphql(`
  mutation StaffRevealSubmitter($input: RevealSubmitterInput!) {
    revealSubmitter(input: $input) {
      revealedAt
      organisation {
        id
        name
        country
        region
      }
    }
  }
`);

// ── Audit trail ─────────────────────────────────────────────────────────────

export const StaffAuditQuery = graphql(`
  query StaffAudit($filter: AuditEventFilter, $after: String) {
    auditEvents(first: 50, filter: $filter, after: $after) {
      edges {
        cursor
        node {
          id
          occurredAt
          action
          entityType
          entityId
          actorId
          actor {
            id
            displayName
            email
          }
          before
          after
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const StaffAuditFacetsQuery = graphql(`
  query StaffAuditFacets {
    auditFacets {
      entityTypes
      actions
    }
  }
`);

export const StaffActorLookupQuery = graphql(`
  query StaffActorLookup($search: String!) {
    users(first: 10, filter: { search: $search }) {
      edges {
        node {
          id
          displayName
          email
        }
      }
    }
  }
`);

// ── Digests ─────────────────────────────────────────────────────────────────

export const StaffDigestSessionsQuery = graphql(`
  query StaffDigestSessions {
    negotiationSessions(first: 50) {
      edges {
        node {
          id
          title
          startsAt
          endsAt
          location
        }
      }
    }
  }
`);

export const StaffDigestsQuery = graphql(`
  query StaffDigests($sessionId: ID!, $edition: DigestEdition) {
    negotiationSession(id: $sessionId) {
      id
      title
      location
      startsAt
      endsAt
    }
    digests(sessionId: $sessionId, edition: $edition) {
      id
      edition
      version
      status
      progress
      phase
      submissionCount
      contentHash
      requestedAt
      completedAt
      publishedAt
      sameAsId
      supersededByVersion
      errorId
    }
  }
`);

export const StaffDigestQuery = graphql(`
  query StaffDigest($id: ID!) {
    digest(id: $id) {
      id
      sessionId
      edition
      version
      status
      progress
      phase
      phases {
        phase
        startedAt
      }
      submissionCount
      contentHash
      stats
      changes
      error
      errorId
      sameAsId
      supersededByVersion
      requestedAt
      completedAt
      publishedAt
      files {
        format
        bytes
        sha256
        url
      }
    }
  }
`);

export const CompileDigestMutation = graphql(`
  mutation StaffCompileDigest($input: CompileDigestInput!) {
    compileDigest(input: $input) {
      id
      edition
      version
      status
      progress
      phase
      requestedAt
    }
  }
`);

export const PublishDigestMutation = graphql(`
  mutation StaffPublishDigest($id: ID!) {
    publishDigest(id: $id) {
      id
      status
      publishedAt
      supersededByVersion
    }
  }
`);
