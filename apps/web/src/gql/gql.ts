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
    "\n  query MyOrganisations {\n    me {\n      id\n      memberships {\n        role\n        organisation {\n          id\n          name\n          status\n          region\n          country\n        }\n      }\n    }\n  }\n": typeof types.MyOrganisationsDocument,
    "\n  query Countries {\n    countries {\n      code\n      region\n    }\n  }\n": typeof types.CountriesDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      status\n      region\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  query WorkspaceOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      country\n      region\n      type\n      website\n      description\n      status\n      reviewNote\n      myRole\n      members {\n        userId\n        role\n        joinedAt\n        user {\n          id\n          displayName\n          email\n        }\n      }\n      invitations {\n        id\n        email\n        role\n        expiresAt\n      }\n      cosignatureInvitations {\n        id\n        status\n        disclosure\n        respondedAt\n        submission {\n          id\n          title\n          status\n        }\n      }\n      submissions(first: 100) {\n        edges {\n          node {\n            id\n            title\n            status\n            disclosure\n            language\n            updatedAt\n            currentVersion\n            appeal {\n              createdAt\n            }\n            round {\n              id\n              title\n              opensAt\n              closesAt\n              revisionsCloseAt\n              timeZone\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkspaceOrganisationDocument,
    "\n  query OpenRoundsForRegion($region: Region!) {\n    consultationRounds(first: 20, filter: { region: $region, status: OPEN }) {\n      edges {\n        node {\n          id\n          title\n          closesAt\n          timeZone\n        }\n      }\n    }\n  }\n": typeof types.OpenRoundsForRegionDocument,
    "\n  mutation WorkspaceInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n    }\n  }\n": typeof types.WorkspaceInviteMemberDocument,
    "\n  mutation WorkspaceRemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n": typeof types.WorkspaceRemoveMemberDocument,
    "\n  query EditorRound($id: ID!) {\n    consultationRound(id: $id) {\n      id\n      title\n      region\n      languages\n      wordLimit\n      opensAt\n      closesAt\n      revisionsCloseAt\n      timeZone\n      guidingQuestions\n    }\n  }\n": typeof types.EditorRoundDocument,
    "\n  query EditorVocabulary {\n    treatyProvisions {\n      id\n      title\n      kind\n      chapterNumber\n      articleNumber\n    }\n    tags {\n      id\n      label\n      category\n    }\n  }\n": typeof types.EditorVocabularyDocument,
    "\n  query SubmissionEditor($id: ID!) {\n    submission(id: $id) {\n      id\n      title\n      summary\n      body\n      language\n      disclosure\n      provisionIds\n      suggestedTagIds\n      status\n      version\n      currentVersion\n      contentHash\n      wordCount\n      updatedAt\n      withdrawalReason\n      organisation {\n        id\n        name\n        region\n        myRole\n      }\n      round {\n        id\n        title\n        region\n        languages\n        wordLimit\n        opensAt\n        closesAt\n        revisionsCloseAt\n        timeZone\n        guidingQuestions\n      }\n      cosigners {\n        id\n        status\n        disclosure\n        respondedAt\n        attribution {\n          text\n        }\n      }\n      decisions {\n        decision\n        reasonCode\n        message\n        createdAt\n        versionNumber\n      }\n      appeal {\n        reason\n        createdAt\n        resolution\n        resolutionMessage\n      }\n      versions {\n        number\n        contentHash\n        createdAt\n      }\n    }\n  }\n": typeof types.SubmissionEditorDocument,
    "\n  mutation EditorCreateSubmission($input: CreateSubmissionInput!) {\n    createSubmission(input: $input) {\n      id\n      version\n      wordCount\n    }\n  }\n": typeof types.EditorCreateSubmissionDocument,
    "\n  mutation EditorUpdateSubmission($input: UpdateSubmissionInput!) {\n    updateSubmission(input: $input) {\n      id\n      version\n      wordCount\n      updatedAt\n      cosigners {\n        id\n        status\n      }\n    }\n  }\n": typeof types.EditorUpdateSubmissionDocument,
    "\n  mutation EditorSubmitSubmission($input: SubmitSubmissionInput!) {\n    submitSubmission(input: $input) {\n      id\n      status\n      version\n      currentVersion\n      contentHash\n    }\n  }\n": typeof types.EditorSubmitSubmissionDocument,
    "\n  mutation EditorWithdrawSubmission($input: WithdrawSubmissionInput!) {\n    withdrawSubmission(input: $input) {\n      id\n      status\n      withdrawalReason\n    }\n  }\n": typeof types.EditorWithdrawSubmissionDocument,
    "\n  mutation EditorAppealDecision($input: AppealDecisionInput!) {\n    appealDecision(input: $input) {\n      id\n      status\n      appeal {\n        reason\n        createdAt\n      }\n    }\n  }\n": typeof types.EditorAppealDecisionDocument,
    "\n  query VerifiedOrganisations($search: String) {\n    organisations(first: 20, filter: { status: VERIFIED, search: $search }) {\n      edges {\n        node {\n          id\n          name\n          region\n        }\n      }\n    }\n  }\n": typeof types.VerifiedOrganisationsDocument,
    "\n  mutation EditorInviteCosigner($input: InviteCosignerInput!) {\n    inviteCosigner(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.EditorInviteCosignerDocument,
    "\n  query Cosignature($id: ID!) {\n    cosignature(id: $id) {\n      id\n      status\n      disclosure\n      respondedAt\n      organisation {\n        id\n        name\n        region\n      }\n      submission {\n        id\n        title\n        summary\n        bodyHtml\n        language\n        status\n        attribution {\n          text\n        }\n        round {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.CosignatureDocument,
    "\n  mutation RespondToCosignature($input: RespondToCosignatureInput!) {\n    respondToCosignature(input: $input) {\n      id\n      status\n      disclosure\n      respondedAt\n    }\n  }\n": typeof types.RespondToCosignatureDocument,
    "\n  query SubmissionVersions($id: ID!) {\n    submission(id: $id) {\n      id\n      title\n      summary\n      body\n      language\n      version\n      status\n      versions {\n        number\n        contentHash\n        title\n        summary\n        body\n        language\n        createdAt\n      }\n    }\n  }\n": typeof types.SubmissionVersionsDocument,
    "\n  query MyNotifications($unreadOnly: Boolean, $after: String) {\n    myNotifications(first: 30, unreadOnly: $unreadOnly, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          entityType\n          entityId\n          readAt\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  query UnreadNotifications {\n    myNotifications(first: 100, unreadOnly: true) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.UnreadNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
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
    "\n  query MyOrganisations {\n    me {\n      id\n      memberships {\n        role\n        organisation {\n          id\n          name\n          status\n          region\n          country\n        }\n      }\n    }\n  }\n": types.MyOrganisationsDocument,
    "\n  query Countries {\n    countries {\n      code\n      region\n    }\n  }\n": types.CountriesDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      status\n      region\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  query WorkspaceOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      country\n      region\n      type\n      website\n      description\n      status\n      reviewNote\n      myRole\n      members {\n        userId\n        role\n        joinedAt\n        user {\n          id\n          displayName\n          email\n        }\n      }\n      invitations {\n        id\n        email\n        role\n        expiresAt\n      }\n      cosignatureInvitations {\n        id\n        status\n        disclosure\n        respondedAt\n        submission {\n          id\n          title\n          status\n        }\n      }\n      submissions(first: 100) {\n        edges {\n          node {\n            id\n            title\n            status\n            disclosure\n            language\n            updatedAt\n            currentVersion\n            appeal {\n              createdAt\n            }\n            round {\n              id\n              title\n              opensAt\n              closesAt\n              revisionsCloseAt\n              timeZone\n            }\n          }\n        }\n      }\n    }\n  }\n": types.WorkspaceOrganisationDocument,
    "\n  query OpenRoundsForRegion($region: Region!) {\n    consultationRounds(first: 20, filter: { region: $region, status: OPEN }) {\n      edges {\n        node {\n          id\n          title\n          closesAt\n          timeZone\n        }\n      }\n    }\n  }\n": types.OpenRoundsForRegionDocument,
    "\n  mutation WorkspaceInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n    }\n  }\n": types.WorkspaceInviteMemberDocument,
    "\n  mutation WorkspaceRemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n": types.WorkspaceRemoveMemberDocument,
    "\n  query EditorRound($id: ID!) {\n    consultationRound(id: $id) {\n      id\n      title\n      region\n      languages\n      wordLimit\n      opensAt\n      closesAt\n      revisionsCloseAt\n      timeZone\n      guidingQuestions\n    }\n  }\n": types.EditorRoundDocument,
    "\n  query EditorVocabulary {\n    treatyProvisions {\n      id\n      title\n      kind\n      chapterNumber\n      articleNumber\n    }\n    tags {\n      id\n      label\n      category\n    }\n  }\n": types.EditorVocabularyDocument,
    "\n  query SubmissionEditor($id: ID!) {\n    submission(id: $id) {\n      id\n      title\n      summary\n      body\n      language\n      disclosure\n      provisionIds\n      suggestedTagIds\n      status\n      version\n      currentVersion\n      contentHash\n      wordCount\n      updatedAt\n      withdrawalReason\n      organisation {\n        id\n        name\n        region\n        myRole\n      }\n      round {\n        id\n        title\n        region\n        languages\n        wordLimit\n        opensAt\n        closesAt\n        revisionsCloseAt\n        timeZone\n        guidingQuestions\n      }\n      cosigners {\n        id\n        status\n        disclosure\n        respondedAt\n        attribution {\n          text\n        }\n      }\n      decisions {\n        decision\n        reasonCode\n        message\n        createdAt\n        versionNumber\n      }\n      appeal {\n        reason\n        createdAt\n        resolution\n        resolutionMessage\n      }\n      versions {\n        number\n        contentHash\n        createdAt\n      }\n    }\n  }\n": types.SubmissionEditorDocument,
    "\n  mutation EditorCreateSubmission($input: CreateSubmissionInput!) {\n    createSubmission(input: $input) {\n      id\n      version\n      wordCount\n    }\n  }\n": types.EditorCreateSubmissionDocument,
    "\n  mutation EditorUpdateSubmission($input: UpdateSubmissionInput!) {\n    updateSubmission(input: $input) {\n      id\n      version\n      wordCount\n      updatedAt\n      cosigners {\n        id\n        status\n      }\n    }\n  }\n": types.EditorUpdateSubmissionDocument,
    "\n  mutation EditorSubmitSubmission($input: SubmitSubmissionInput!) {\n    submitSubmission(input: $input) {\n      id\n      status\n      version\n      currentVersion\n      contentHash\n    }\n  }\n": types.EditorSubmitSubmissionDocument,
    "\n  mutation EditorWithdrawSubmission($input: WithdrawSubmissionInput!) {\n    withdrawSubmission(input: $input) {\n      id\n      status\n      withdrawalReason\n    }\n  }\n": types.EditorWithdrawSubmissionDocument,
    "\n  mutation EditorAppealDecision($input: AppealDecisionInput!) {\n    appealDecision(input: $input) {\n      id\n      status\n      appeal {\n        reason\n        createdAt\n      }\n    }\n  }\n": types.EditorAppealDecisionDocument,
    "\n  query VerifiedOrganisations($search: String) {\n    organisations(first: 20, filter: { status: VERIFIED, search: $search }) {\n      edges {\n        node {\n          id\n          name\n          region\n        }\n      }\n    }\n  }\n": types.VerifiedOrganisationsDocument,
    "\n  mutation EditorInviteCosigner($input: InviteCosignerInput!) {\n    inviteCosigner(input: $input) {\n      id\n      status\n    }\n  }\n": types.EditorInviteCosignerDocument,
    "\n  query Cosignature($id: ID!) {\n    cosignature(id: $id) {\n      id\n      status\n      disclosure\n      respondedAt\n      organisation {\n        id\n        name\n        region\n      }\n      submission {\n        id\n        title\n        summary\n        bodyHtml\n        language\n        status\n        attribution {\n          text\n        }\n        round {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.CosignatureDocument,
    "\n  mutation RespondToCosignature($input: RespondToCosignatureInput!) {\n    respondToCosignature(input: $input) {\n      id\n      status\n      disclosure\n      respondedAt\n    }\n  }\n": types.RespondToCosignatureDocument,
    "\n  query SubmissionVersions($id: ID!) {\n    submission(id: $id) {\n      id\n      title\n      summary\n      body\n      language\n      version\n      status\n      versions {\n        number\n        contentHash\n        title\n        summary\n        body\n        language\n        createdAt\n      }\n    }\n  }\n": types.SubmissionVersionsDocument,
    "\n  query MyNotifications($unreadOnly: Boolean, $after: String) {\n    myNotifications(first: 30, unreadOnly: $unreadOnly, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          entityType\n          entityId\n          readAt\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  query UnreadNotifications {\n    myNotifications(first: 100, unreadOnly: true) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.UnreadNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganisations {\n    me {\n      id\n      memberships {\n        role\n        organisation {\n          id\n          name\n          status\n          region\n          country\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOrganisations {\n    me {\n      id\n      memberships {\n        role\n        organisation {\n          id\n          name\n          status\n          region\n          country\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Countries {\n    countries {\n      code\n      region\n    }\n  }\n"): (typeof documents)["\n  query Countries {\n    countries {\n      code\n      region\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      status\n      region\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      status\n      region\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      country\n      region\n      type\n      website\n      description\n      status\n      reviewNote\n      myRole\n      members {\n        userId\n        role\n        joinedAt\n        user {\n          id\n          displayName\n          email\n        }\n      }\n      invitations {\n        id\n        email\n        role\n        expiresAt\n      }\n      cosignatureInvitations {\n        id\n        status\n        disclosure\n        respondedAt\n        submission {\n          id\n          title\n          status\n        }\n      }\n      submissions(first: 100) {\n        edges {\n          node {\n            id\n            title\n            status\n            disclosure\n            language\n            updatedAt\n            currentVersion\n            appeal {\n              createdAt\n            }\n            round {\n              id\n              title\n              opensAt\n              closesAt\n              revisionsCloseAt\n              timeZone\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      country\n      region\n      type\n      website\n      description\n      status\n      reviewNote\n      myRole\n      members {\n        userId\n        role\n        joinedAt\n        user {\n          id\n          displayName\n          email\n        }\n      }\n      invitations {\n        id\n        email\n        role\n        expiresAt\n      }\n      cosignatureInvitations {\n        id\n        status\n        disclosure\n        respondedAt\n        submission {\n          id\n          title\n          status\n        }\n      }\n      submissions(first: 100) {\n        edges {\n          node {\n            id\n            title\n            status\n            disclosure\n            language\n            updatedAt\n            currentVersion\n            appeal {\n              createdAt\n            }\n            round {\n              id\n              title\n              opensAt\n              closesAt\n              revisionsCloseAt\n              timeZone\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenRoundsForRegion($region: Region!) {\n    consultationRounds(first: 20, filter: { region: $region, status: OPEN }) {\n      edges {\n        node {\n          id\n          title\n          closesAt\n          timeZone\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenRoundsForRegion($region: Region!) {\n    consultationRounds(first: 20, filter: { region: $region, status: OPEN }) {\n      edges {\n        node {\n          id\n          title\n          closesAt\n          timeZone\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkspaceInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation WorkspaceInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkspaceRemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n"): (typeof documents)["\n  mutation WorkspaceRemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorRound($id: ID!) {\n    consultationRound(id: $id) {\n      id\n      title\n      region\n      languages\n      wordLimit\n      opensAt\n      closesAt\n      revisionsCloseAt\n      timeZone\n      guidingQuestions\n    }\n  }\n"): (typeof documents)["\n  query EditorRound($id: ID!) {\n    consultationRound(id: $id) {\n      id\n      title\n      region\n      languages\n      wordLimit\n      opensAt\n      closesAt\n      revisionsCloseAt\n      timeZone\n      guidingQuestions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorVocabulary {\n    treatyProvisions {\n      id\n      title\n      kind\n      chapterNumber\n      articleNumber\n    }\n    tags {\n      id\n      label\n      category\n    }\n  }\n"): (typeof documents)["\n  query EditorVocabulary {\n    treatyProvisions {\n      id\n      title\n      kind\n      chapterNumber\n      articleNumber\n    }\n    tags {\n      id\n      label\n      category\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubmissionEditor($id: ID!) {\n    submission(id: $id) {\n      id\n      title\n      summary\n      body\n      language\n      disclosure\n      provisionIds\n      suggestedTagIds\n      status\n      version\n      currentVersion\n      contentHash\n      wordCount\n      updatedAt\n      withdrawalReason\n      organisation {\n        id\n        name\n        region\n        myRole\n      }\n      round {\n        id\n        title\n        region\n        languages\n        wordLimit\n        opensAt\n        closesAt\n        revisionsCloseAt\n        timeZone\n        guidingQuestions\n      }\n      cosigners {\n        id\n        status\n        disclosure\n        respondedAt\n        attribution {\n          text\n        }\n      }\n      decisions {\n        decision\n        reasonCode\n        message\n        createdAt\n        versionNumber\n      }\n      appeal {\n        reason\n        createdAt\n        resolution\n        resolutionMessage\n      }\n      versions {\n        number\n        contentHash\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query SubmissionEditor($id: ID!) {\n    submission(id: $id) {\n      id\n      title\n      summary\n      body\n      language\n      disclosure\n      provisionIds\n      suggestedTagIds\n      status\n      version\n      currentVersion\n      contentHash\n      wordCount\n      updatedAt\n      withdrawalReason\n      organisation {\n        id\n        name\n        region\n        myRole\n      }\n      round {\n        id\n        title\n        region\n        languages\n        wordLimit\n        opensAt\n        closesAt\n        revisionsCloseAt\n        timeZone\n        guidingQuestions\n      }\n      cosigners {\n        id\n        status\n        disclosure\n        respondedAt\n        attribution {\n          text\n        }\n      }\n      decisions {\n        decision\n        reasonCode\n        message\n        createdAt\n        versionNumber\n      }\n      appeal {\n        reason\n        createdAt\n        resolution\n        resolutionMessage\n      }\n      versions {\n        number\n        contentHash\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorCreateSubmission($input: CreateSubmissionInput!) {\n    createSubmission(input: $input) {\n      id\n      version\n      wordCount\n    }\n  }\n"): (typeof documents)["\n  mutation EditorCreateSubmission($input: CreateSubmissionInput!) {\n    createSubmission(input: $input) {\n      id\n      version\n      wordCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorUpdateSubmission($input: UpdateSubmissionInput!) {\n    updateSubmission(input: $input) {\n      id\n      version\n      wordCount\n      updatedAt\n      cosigners {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EditorUpdateSubmission($input: UpdateSubmissionInput!) {\n    updateSubmission(input: $input) {\n      id\n      version\n      wordCount\n      updatedAt\n      cosigners {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorSubmitSubmission($input: SubmitSubmissionInput!) {\n    submitSubmission(input: $input) {\n      id\n      status\n      version\n      currentVersion\n      contentHash\n    }\n  }\n"): (typeof documents)["\n  mutation EditorSubmitSubmission($input: SubmitSubmissionInput!) {\n    submitSubmission(input: $input) {\n      id\n      status\n      version\n      currentVersion\n      contentHash\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorWithdrawSubmission($input: WithdrawSubmissionInput!) {\n    withdrawSubmission(input: $input) {\n      id\n      status\n      withdrawalReason\n    }\n  }\n"): (typeof documents)["\n  mutation EditorWithdrawSubmission($input: WithdrawSubmissionInput!) {\n    withdrawSubmission(input: $input) {\n      id\n      status\n      withdrawalReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorAppealDecision($input: AppealDecisionInput!) {\n    appealDecision(input: $input) {\n      id\n      status\n      appeal {\n        reason\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EditorAppealDecision($input: AppealDecisionInput!) {\n    appealDecision(input: $input) {\n      id\n      status\n      appeal {\n        reason\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifiedOrganisations($search: String) {\n    organisations(first: 20, filter: { status: VERIFIED, search: $search }) {\n      edges {\n        node {\n          id\n          name\n          region\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerifiedOrganisations($search: String) {\n    organisations(first: 20, filter: { status: VERIFIED, search: $search }) {\n      edges {\n        node {\n          id\n          name\n          region\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditorInviteCosigner($input: InviteCosignerInput!) {\n    inviteCosigner(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation EditorInviteCosigner($input: InviteCosignerInput!) {\n    inviteCosigner(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cosignature($id: ID!) {\n    cosignature(id: $id) {\n      id\n      status\n      disclosure\n      respondedAt\n      organisation {\n        id\n        name\n        region\n      }\n      submission {\n        id\n        title\n        summary\n        bodyHtml\n        language\n        status\n        attribution {\n          text\n        }\n        round {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cosignature($id: ID!) {\n    cosignature(id: $id) {\n      id\n      status\n      disclosure\n      respondedAt\n      organisation {\n        id\n        name\n        region\n      }\n      submission {\n        id\n        title\n        summary\n        bodyHtml\n        language\n        status\n        attribution {\n          text\n        }\n        round {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToCosignature($input: RespondToCosignatureInput!) {\n    respondToCosignature(input: $input) {\n      id\n      status\n      disclosure\n      respondedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToCosignature($input: RespondToCosignatureInput!) {\n    respondToCosignature(input: $input) {\n      id\n      status\n      disclosure\n      respondedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubmissionVersions($id: ID!) {\n    submission(id: $id) {\n      id\n      title\n      summary\n      body\n      language\n      version\n      status\n      versions {\n        number\n        contentHash\n        title\n        summary\n        body\n        language\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query SubmissionVersions($id: ID!) {\n    submission(id: $id) {\n      id\n      title\n      summary\n      body\n      language\n      version\n      status\n      versions {\n        number\n        contentHash\n        title\n        summary\n        body\n        language\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($unreadOnly: Boolean, $after: String) {\n    myNotifications(first: 30, unreadOnly: $unreadOnly, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          entityType\n          entityId\n          readAt\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($unreadOnly: Boolean, $after: String) {\n    myNotifications(first: 30, unreadOnly: $unreadOnly, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          entityType\n          entityId\n          readAt\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotifications {\n    myNotifications(first: 100, unreadOnly: true) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnreadNotifications {\n    myNotifications(first: 100, unreadOnly: true) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;