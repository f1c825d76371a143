import { graphql } from '../../gql';

/**
 * Every GraphQL document of the moderator desk, typed by codegen (`npm run codegen`). None asks for
 * a submission's `organisation` or `author`: the desk names where an item comes from only through
 * `attribution`, which the api masks under ANONYMOUS disclosure.
 */

export const QueueQuery = graphql(`
  query ModerationQueue($filter: ModerationQueueFilter, $first: Int, $after: String) {
    moderationQueue(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          waitingSince
          submission {
            id
            title
            language
            region
            status
            currentVersion
            hasSimilar
            attribution {
              text
            }
            round {
              id
              title
            }
            tagReview {
              done
            }
            claim {
              mine
              expiresAt
              moderator {
                id
                displayName
              }
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

export const CountsQuery = graphql(`
  query ModerationCounts($roundId: ID, $sessionId: ID) {
    moderationCounts(roundId: $roundId, sessionId: $sessionId) {
      status
      count
    }
  }
`);

export const SessionsQuery = graphql(`
  query ModerationSessions {
    negotiationSessions(first: 50) {
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

export const RoundsQuery = graphql(`
  query ModerationRounds($sessionId: ID) {
    consultationRounds(first: 100, filter: { sessionId: $sessionId }) {
      edges {
        node {
          id
          title
          region
          sessionId
        }
      }
    }
  }
`);

export const VocabularyQuery = graphql(`
  query ModerationVocabulary {
    tags {
      id
      slug
      label
      category
      description
    }
    moderationReasons {
      decision
      reasonCodes
      messageRequired
    }
  }
`);

export const ItemQuery = graphql(`
  query ModerationItem($id: ID!) {
    submission(id: $id) {
      id
      title
      summary
      bodyHtml
      language
      status
      version
      currentVersion
      contentHash
      wordCount
      region
      disclosure
      submittedAt
      moderatable
      hasSimilar
      attribution {
        text
        masked
      }
      round {
        id
        title
        sessionId
      }
      provisions {
        id
        title
        kind
        chapterNumber
        articleNumber
      }
      suggestedTagIds
      tags {
        id
        label
        category
      }
      tagReview {
        done
        noGenderConsiderations
        noHumanRightsConsiderations
        reviewedAt
      }
      claim {
        mine
        expiresAt
        moderator {
          id
          displayName
        }
      }
      decisions {
        decision
        reasonCode
        message
        versionNumber
        createdAt
      }
      appeal {
        reason
        createdAt
        resolution
        resolutionMessage
      }
      moderationNotes {
        id
        body
        authorId
        createdAt
      }
      versions {
        number
        title
        summary
        body
        language
        contentHash
        createdAt
      }
      cosigners {
        id
        status
        attribution {
          text
        }
      }
    }
  }
`);

export const SimilarQuery = graphql(`
  query ModerationSimilar($id: ID!) {
    submission(id: $id) {
      id
      title
      summary
      body
      language
      moderatable
      status
      region
    }
    similarSubmissions(id: $id) {
      score
      submission {
        id
        title
        summary
        body
        language
        status
        region
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

/** The claim as every mutation returns it, so the page updates from the answer. */
export const ClaimMutation = graphql(`
  mutation ModerationClaim($id: ID!) {
    claimSubmission(id: $id) {
      id
      status
      version
      claim {
        mine
        expiresAt
        moderator {
          id
          displayName
        }
      }
    }
  }
`);

export const ReleaseMutation = graphql(`
  mutation ModerationRelease($id: ID!) {
    releaseSubmission(id: $id) {
      id
      status
      version
      claim {
        mine
        expiresAt
        moderator {
          id
          displayName
        }
      }
    }
  }
`);

export const SetTagsMutation = graphql(`
  mutation ModerationSetTags($input: SetSubmissionTagsInput!) {
    setSubmissionTags(input: $input) {
      id
      version
      tags {
        id
        label
        category
      }
      tagReview {
        done
        noGenderConsiderations
        noHumanRightsConsiderations
        reviewedAt
      }
    }
  }
`);

export const DecideMutation = graphql(`
  mutation ModerationDecide($input: DecideSubmissionInput!) {
    decideSubmission(input: $input) {
      id
      status
      version
      tags {
        id
        label
        category
      }
      tagReview {
        done
        noGenderConsiderations
        noHumanRightsConsiderations
        reviewedAt
      }
      claim {
        mine
        expiresAt
        moderator {
          id
          displayName
        }
      }
      decisions {
        decision
        reasonCode
        message
        versionNumber
        createdAt
      }
    }
  }
`);

export const AddNoteMutation = graphql(`
  mutation ModerationAddNote($input: AddModerationNoteInput!) {
    addModerationNote(input: $input) {
      id
      body
      authorId
      createdAt
    }
  }
`);

export const CoverageQuery = graphql(`
  query ModerationCoverage($filter: CoverageFilter) {
    coverage(filter: $filter) {
      sessionId
      roundId
      region
      counts {
        status
        count
      }
      approved
      approvedWithGenderTag
      approvedWithHumanRightsTag
      approvedTagReviewed
      genderShare
      humanRightsShare
      tagReviewedShare
    }
  }
`);
