/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation UpdateMyLanguage($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      preferredLanguage\n    }\n  }\n": typeof types.UpdateMyLanguageDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ResendVerification($email: String!) {\n    resendVerification(email: $email)\n  }\n": typeof types.ResendVerificationDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        id\n        displayName\n        email\n        roles\n        preferredLanguage\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query MyProfile {\n    me {\n      id\n      displayName\n      email\n      preferredLanguage\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      displayName\n      preferredLanguage\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  query ExportMyData {\n    exportMyData\n  }\n": typeof types.ExportMyDataDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      message\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      accessToken\n      user {\n        id\n        displayName\n        email\n        roles\n        preferredLanguage\n      }\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  query PublicDigest($id: ID!) {\n    digest(id: $id) {\n      id\n      session {\n        id\n        title\n      }\n    }\n  }\n": typeof types.PublicDigestDocument,
    "\n  query DigestSessions {\n    negotiationSessions(first: 20) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.DigestSessionsDocument,
    "\n  query Home {\n    openRounds: consultationRounds(first: 50, filter: { status: OPEN }) {\n      edges {\n        node {\n          id\n          title\n          region\n          closesAt\n          session {\n            id\n            title\n          }\n        }\n      }\n    }\n    negotiationSessions(first: 5) {\n      edges {\n        node {\n          id\n          title\n          location\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query SessionDigests($sessionId: ID!) {\n    digests(sessionId: $sessionId, edition: PUBLIC) {\n      id\n      status\n      version\n      submissionCount\n      publishedAt\n    }\n  }\n": typeof types.SessionDigestsDocument,
    "\n  query PublicProvisions {\n    treatyProvisions {\n      id\n      kind\n      chapterNumber\n      articleNumber\n      title\n    }\n  }\n": typeof types.PublicProvisionsDocument,
    "\n  query PublicRound($id: ID!) {\n    consultationRound(id: $id) {\n      id\n      title\n      description\n      region\n      status\n      opensAt\n      closesAt\n      timeZone\n      languages\n      wordLimit\n      guidingQuestions\n      acceptingSubmissions\n      session {\n        id\n        title\n      }\n    }\n  }\n": typeof types.PublicRoundDocument,
    "\n  query PublicSession($id: ID!) {\n    negotiationSession(id: $id) {\n      id\n      title\n      processName\n      location\n      startsAt\n      endsAt\n      rounds(first: 50) {\n        edges {\n          node {\n            id\n            title\n            region\n            status\n            opensAt\n            closesAt\n            timeZone\n          }\n        }\n      }\n    }\n  }\n": typeof types.PublicSessionDocument,
    "\n  query PublicSessions($after: String) {\n    negotiationSessions(first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          location\n          startsAt\n          endsAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PublicSessionsDocument,
    "\n  query PublicSubmission($id: ID!) {\n    submission(id: $id) {\n      id\n      title\n      summary\n      bodyHtml\n      language\n      region\n      submittedAt\n      wordCount\n      attribution {\n        text\n        masked\n      }\n      provisions {\n        id\n        kind\n        chapterNumber\n        articleNumber\n        title\n      }\n      tags {\n        id\n        label\n      }\n      cosigners {\n        id\n        status\n        attribution {\n          text\n          masked\n        }\n      }\n      round {\n        id\n        title\n      }\n    }\n  }\n": typeof types.PublicSubmissionDocument,
    "\n  query PublicDigestVersions($sessionId: ID!) {\n    digests(sessionId: $sessionId, edition: PUBLIC) {\n      id\n      version\n      status\n      submissionCount\n      publishedAt\n      contentHash\n      files {\n        format\n        bytes\n        sha256\n        url\n      }\n    }\n  }\n": typeof types.PublicDigestVersionsDocument,
    "\n  query PublicSubmissions($filter: SubmissionFilterInput, $first: Int, $after: String) {\n    submissions(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          summary\n          language\n          region\n          submittedAt\n          attribution {\n            text\n            masked\n          }\n          tags {\n            id\n            label\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PublicSubmissionsDocument,
    "\n  query SubmissionFilterOptions {\n    tags {\n      id\n      label\n      category\n    }\n    treatyProvisions {\n      id\n      kind\n      chapterNumber\n      articleNumber\n      title\n    }\n  }\n": typeof types.SubmissionFilterOptionsDocument,
};
const documents: Documents = {
    "\n  mutation UpdateMyLanguage($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      preferredLanguage\n    }\n  }\n": types.UpdateMyLanguageDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ResendVerification($email: String!) {\n    resendVerification(email: $email)\n  }\n": types.ResendVerificationDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        id\n        displayName\n        email\n        roles\n        preferredLanguage\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query MyProfile {\n    me {\n      id\n      displayName\n      email\n      preferredLanguage\n    }\n  }\n": types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      displayName\n      preferredLanguage\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  query ExportMyData {\n    exportMyData\n  }\n": types.ExportMyDataDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": types.DeleteMyAccountDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      message\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      accessToken\n      user {\n        id\n        displayName\n        email\n        roles\n        preferredLanguage\n      }\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  query PublicDigest($id: ID!) {\n    digest(id: $id) {\n      id\n      session {\n        id\n        title\n      }\n    }\n  }\n": types.PublicDigestDocument,
    "\n  query DigestSessions {\n    negotiationSessions(first: 20) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.DigestSessionsDocument,
    "\n  query Home {\n    openRounds: consultationRounds(first: 50, filter: { status: OPEN }) {\n      edges {\n        node {\n          id\n          title\n          region\n          closesAt\n          session {\n            id\n            title\n          }\n        }\n      }\n    }\n    negotiationSessions(first: 5) {\n      edges {\n        node {\n          id\n          title\n          location\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  query SessionDigests($sessionId: ID!) {\n    digests(sessionId: $sessionId, edition: PUBLIC) {\n      id\n      status\n      version\n      submissionCount\n      publishedAt\n    }\n  }\n": types.SessionDigestsDocument,
    "\n  query PublicProvisions {\n    treatyProvisions {\n      id\n      kind\n      chapterNumber\n      articleNumber\n      title\n    }\n  }\n": types.PublicProvisionsDocument,
    "\n  query PublicRound($id: ID!) {\n    consultationRound(id: $id) {\n      id\n      title\n      description\n      region\n      status\n      opensAt\n      closesAt\n      timeZone\n      languages\n      wordLimit\n      guidingQuestions\n      acceptingSubmissions\n      session {\n        id\n        title\n      }\n    }\n  }\n": types.PublicRoundDocument,
    "\n  query PublicSession($id: ID!) {\n    negotiationSession(id: $id) {\n      id\n      title\n      processName\n      location\n      startsAt\n      endsAt\n      rounds(first: 50) {\n        edges {\n          node {\n            id\n            title\n            region\n            status\n            opensAt\n            closesAt\n            timeZone\n          }\n        }\n      }\n    }\n  }\n": types.PublicSessionDocument,
    "\n  query PublicSessions($after: String) {\n    negotiationSessions(first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          location\n          startsAt\n          endsAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PublicSessionsDocument,
    "\n  query PublicSubmission($id: ID!) {\n    submission(id: $id) {\n      id\n      title\n      summary\n      bodyHtml\n      language\n      region\n      submittedAt\n      wordCount\n      attribution {\n        text\n        masked\n      }\n      provisions {\n        id\n        kind\n        chapterNumber\n        articleNumber\n        title\n      }\n      tags {\n        id\n        label\n      }\n      cosigners {\n        id\n        status\n        attribution {\n          text\n          masked\n        }\n      }\n      round {\n        id\n        title\n      }\n    }\n  }\n": types.PublicSubmissionDocument,
    "\n  query PublicDigestVersions($sessionId: ID!) {\n    digests(sessionId: $sessionId, edition: PUBLIC) {\n      id\n      version\n      status\n      submissionCount\n      publishedAt\n      contentHash\n      files {\n        format\n        bytes\n        sha256\n        url\n      }\n    }\n  }\n": types.PublicDigestVersionsDocument,
    "\n  query PublicSubmissions($filter: SubmissionFilterInput, $first: Int, $after: String) {\n    submissions(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          summary\n          language\n          region\n          submittedAt\n          attribution {\n            text\n            masked\n          }\n          tags {\n            id\n            label\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PublicSubmissionsDocument,
    "\n  query SubmissionFilterOptions {\n    tags {\n      id\n      label\n      category\n    }\n    treatyProvisions {\n      id\n      kind\n      chapterNumber\n      articleNumber\n      title\n    }\n  }\n": types.SubmissionFilterOptionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyLanguage($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      preferredLanguage\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyLanguage($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      preferredLanguage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerification($email: String!) {\n    resendVerification(email: $email)\n  }\n"): (typeof documents)["\n  mutation ResendVerification($email: String!) {\n    resendVerification(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        id\n        displayName\n        email\n        roles\n        preferredLanguage\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      user {\n        id\n        displayName\n        email\n        roles\n        preferredLanguage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    me {\n      id\n      displayName\n      email\n      preferredLanguage\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    me {\n      id\n      displayName\n      email\n      preferredLanguage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      displayName\n      preferredLanguage\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      displayName\n      preferredLanguage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportMyData {\n    exportMyData\n  }\n"): (typeof documents)["\n  query ExportMyData {\n    exportMyData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      accessToken\n      user {\n        id\n        displayName\n        email\n        roles\n        preferredLanguage\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      accessToken\n      user {\n        id\n        displayName\n        email\n        roles\n        preferredLanguage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicDigest($id: ID!) {\n    digest(id: $id) {\n      id\n      session {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicDigest($id: ID!) {\n    digest(id: $id) {\n      id\n      session {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DigestSessions {\n    negotiationSessions(first: 20) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DigestSessions {\n    negotiationSessions(first: 20) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    openRounds: consultationRounds(first: 50, filter: { status: OPEN }) {\n      edges {\n        node {\n          id\n          title\n          region\n          closesAt\n          session {\n            id\n            title\n          }\n        }\n      }\n    }\n    negotiationSessions(first: 5) {\n      edges {\n        node {\n          id\n          title\n          location\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    openRounds: consultationRounds(first: 50, filter: { status: OPEN }) {\n      edges {\n        node {\n          id\n          title\n          region\n          closesAt\n          session {\n            id\n            title\n          }\n        }\n      }\n    }\n    negotiationSessions(first: 5) {\n      edges {\n        node {\n          id\n          title\n          location\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionDigests($sessionId: ID!) {\n    digests(sessionId: $sessionId, edition: PUBLIC) {\n      id\n      status\n      version\n      submissionCount\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  query SessionDigests($sessionId: ID!) {\n    digests(sessionId: $sessionId, edition: PUBLIC) {\n      id\n      status\n      version\n      submissionCount\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicProvisions {\n    treatyProvisions {\n      id\n      kind\n      chapterNumber\n      articleNumber\n      title\n    }\n  }\n"): (typeof documents)["\n  query PublicProvisions {\n    treatyProvisions {\n      id\n      kind\n      chapterNumber\n      articleNumber\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicRound($id: ID!) {\n    consultationRound(id: $id) {\n      id\n      title\n      description\n      region\n      status\n      opensAt\n      closesAt\n      timeZone\n      languages\n      wordLimit\n      guidingQuestions\n      acceptingSubmissions\n      session {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicRound($id: ID!) {\n    consultationRound(id: $id) {\n      id\n      title\n      description\n      region\n      status\n      opensAt\n      closesAt\n      timeZone\n      languages\n      wordLimit\n      guidingQuestions\n      acceptingSubmissions\n      session {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicSession($id: ID!) {\n    negotiationSession(id: $id) {\n      id\n      title\n      processName\n      location\n      startsAt\n      endsAt\n      rounds(first: 50) {\n        edges {\n          node {\n            id\n            title\n            region\n            status\n            opensAt\n            closesAt\n            timeZone\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicSession($id: ID!) {\n    negotiationSession(id: $id) {\n      id\n      title\n      processName\n      location\n      startsAt\n      endsAt\n      rounds(first: 50) {\n        edges {\n          node {\n            id\n            title\n            region\n            status\n            opensAt\n            closesAt\n            timeZone\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicSessions($after: String) {\n    negotiationSessions(first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          location\n          startsAt\n          endsAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicSessions($after: String) {\n    negotiationSessions(first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          location\n          startsAt\n          endsAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicSubmission($id: ID!) {\n    submission(id: $id) {\n      id\n      title\n      summary\n      bodyHtml\n      language\n      region\n      submittedAt\n      wordCount\n      attribution {\n        text\n        masked\n      }\n      provisions {\n        id\n        kind\n        chapterNumber\n        articleNumber\n        title\n      }\n      tags {\n        id\n        label\n      }\n      cosigners {\n        id\n        status\n        attribution {\n          text\n          masked\n        }\n      }\n      round {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicSubmission($id: ID!) {\n    submission(id: $id) {\n      id\n      title\n      summary\n      bodyHtml\n      language\n      region\n      submittedAt\n      wordCount\n      attribution {\n        text\n        masked\n      }\n      provisions {\n        id\n        kind\n        chapterNumber\n        articleNumber\n        title\n      }\n      tags {\n        id\n        label\n      }\n      cosigners {\n        id\n        status\n        attribution {\n          text\n          masked\n        }\n      }\n      round {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicDigestVersions($sessionId: ID!) {\n    digests(sessionId: $sessionId, edition: PUBLIC) {\n      id\n      version\n      status\n      submissionCount\n      publishedAt\n      contentHash\n      files {\n        format\n        bytes\n        sha256\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicDigestVersions($sessionId: ID!) {\n    digests(sessionId: $sessionId, edition: PUBLIC) {\n      id\n      version\n      status\n      submissionCount\n      publishedAt\n      contentHash\n      files {\n        format\n        bytes\n        sha256\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicSubmissions($filter: SubmissionFilterInput, $first: Int, $after: String) {\n    submissions(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          summary\n          language\n          region\n          submittedAt\n          attribution {\n            text\n            masked\n          }\n          tags {\n            id\n            label\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicSubmissions($filter: SubmissionFilterInput, $first: Int, $after: String) {\n    submissions(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          summary\n          language\n          region\n          submittedAt\n          attribution {\n            text\n            masked\n          }\n          tags {\n            id\n            label\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubmissionFilterOptions {\n    tags {\n      id\n      label\n      category\n    }\n    treatyProvisions {\n      id\n      kind\n      chapterNumber\n      articleNumber\n      title\n    }\n  }\n"): (typeof documents)["\n  query SubmissionFilterOptions {\n    tags {\n      id\n      label\n      category\n    }\n    treatyProvisions {\n      id\n      kind\n      chapterNumber\n      articleNumber\n      title\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;