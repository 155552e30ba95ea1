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
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SetMailLanguage($language: String!) {\n    setMailLanguage(language: $language)\n  }\n": typeof types.SetMailLanguageDocument,
    "\n  query MyMailPreferences {\n    myMailPreferences {\n      kind\n      mode\n    }\n  }\n": typeof types.MyMailPreferencesDocument,
    "\n  mutation SetMailPreference($input: SetMailPreferenceInput!) {\n    setMailPreference(input: $input) {\n      kind\n      mode\n    }\n  }\n": typeof types.SetMailPreferenceDocument,
    "\n  mutation ActivateAccount($input: ActivateAccountInput!) {\n    activateAccount(input: $input)\n  }\n": typeof types.ActivateAccountDocument,
    "\n  fragment ManagedUserFields on ManagedUser {\n    id\n    email\n    displayName\n    roles\n    active\n    activated\n    activationExpiresAt\n    leftAt\n    accessReviewedAt\n    accessReviewDueAt\n    accessReviewDue\n  }\n": typeof types.ManagedUserFieldsFragmentDoc,
    "\n  query AgencyUsers {\n    agencyUsers {\n      ...ManagedUserFields\n    }\n  }\n": typeof types.AgencyUsersDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      mailed\n      signsInWithSso\n      activationLink\n      user {\n        ...ManagedUserFields\n      }\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation DisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      ...ManagedUserFields\n    }\n  }\n": typeof types.DisableUserDocument,
    "\n  mutation EnableUser($userId: ID!) {\n    enableUser(userId: $userId) {\n      ...ManagedUserFields\n    }\n  }\n": typeof types.EnableUserDocument,
    "\n  query AccessReviewSummary {\n    accessReviewSummary {\n      dueCount\n      reviewMonths\n    }\n  }\n": typeof types.AccessReviewSummaryDocument,
    "\n  mutation ConfirmUserAccess($userId: ID!) {\n    confirmUserAccess(userId: $userId) {\n      ...ManagedUserFields\n    }\n  }\n": typeof types.ConfirmUserAccessDocument,
    "\n  mutation SetUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      ...ManagedUserFields\n    }\n  }\n": typeof types.SetUserRolesDocument,
    "\n  mutation MoveUserOut($input: MoveUserOutInput!) {\n    moveUserOut(input: $input) {\n      cases\n      actions\n      meetings\n      adoptedActions\n      user {\n        ...ManagedUserFields\n      }\n    }\n  }\n": typeof types.MoveUserOutDocument,
    "\n  fragment RegionAgencyFields on RegionAgency {\n    id\n    name\n    type\n    contactName\n    contactEmail\n    contactPhone\n    covenantSignedVersion\n    covenantSignedOn\n    currentCovenantVersion\n    covenantStatus\n    accessUntil\n    activeUsers\n    agencyAdmins\n    agencyAdminAccounts {\n      displayName\n      email\n      activated\n    }\n    settingsVersion\n  }\n": typeof types.RegionAgencyFieldsFragmentDoc,
    "\n  query RegionAgencies {\n    regionAgencies {\n      ...RegionAgencyFields\n    }\n  }\n": typeof types.RegionAgenciesDocument,
    "\n  query CovenantVersionChoices {\n    covenantVersions {\n      version\n      createdAt\n      approvedAt\n    }\n  }\n": typeof types.CovenantVersionChoicesDocument,
    "\n  mutation CreateRegionAgency($input: RegionAgencyInput!) {\n    createRegionAgency(input: $input) {\n      ...RegionAgencyFields\n    }\n  }\n": typeof types.CreateRegionAgencyDocument,
    "\n  mutation UpdateRegionAgency($input: UpdateRegionAgencyInput!) {\n    updateRegionAgency(input: $input) {\n      ...RegionAgencyFields\n    }\n  }\n": typeof types.UpdateRegionAgencyDocument,
    "\n  mutation RecordCovenantSignature($input: RecordCovenantSignatureInput!) {\n    recordCovenantSignature(input: $input) {\n      ...RegionAgencyFields\n    }\n  }\n": typeof types.RecordCovenantSignatureDocument,
    "\n  mutation InviteAgencyAdmin($input: InviteAgencyAdminInput!) {\n    inviteAgencyAdmin(input: $input) {\n      mailed\n      activationLink\n      user {\n        id\n        email\n      }\n    }\n  }\n": typeof types.InviteAgencyAdminDocument,
    "\n  fragment AgreedApproachContactFields on AgreedApproachContact {\n    agency {\n      id\n      name\n      type\n    }\n    name\n    role\n    phone\n    phoneUri\n    available\n  }\n": typeof types.AgreedApproachContactFieldsFragmentDoc,
    "\n  query AgreedApproachLookups($caseId: ID!) {\n    agreedApproachLookups(caseId: $caseId) {\n      id\n      at\n      userName\n      agency {\n        id\n        name\n      }\n      purposeKind\n      purpose\n      searchKind\n      validity\n    }\n  }\n": typeof types.AgreedApproachLookupsDocument,
    "\n  query CaseAgreedApproach($caseId: ID!) {\n    caseAgreedApproach(caseId: $caseId) {\n      caseId\n      access\n      canEdit\n      canSeeLookups\n      card {\n        instructions\n        validUntil\n        validity\n        revision\n        updatedAt\n        updatedByAgency {\n          id\n          name\n        }\n        contacts {\n          ...AgreedApproachContactFields\n        }\n      }\n    }\n  }\n": typeof types.CaseAgreedApproachDocument,
    "\n  mutation LookupAgreedApproach($input: LookupAgreedApproachInput!) {\n    lookupAgreedApproach(input: $input) {\n      lookedUpAt\n      cards {\n        person {\n          givenNames\n          familyName\n          dateOfBirth\n        }\n        validity\n        validUntil\n        instructions\n        contacts {\n          ...AgreedApproachContactFields\n        }\n        conditions {\n          id\n          kind\n          subject\n          endsOn\n        }\n      }\n    }\n  }\n": typeof types.LookupAgreedApproachDocument,
    "\n  mutation SaveAgreedApproach($input: SaveAgreedApproachInput!) {\n    saveAgreedApproach(input: $input) {\n      caseId\n      card {\n        revision\n      }\n    }\n  }\n": typeof types.SaveAgreedApproachDocument,
    "\n  fragment AreaTeamFields on AreaTeam {\n    id\n    name\n    active\n    version\n    agency {\n      id\n      name\n      type\n    }\n    areas {\n      id\n      name\n    }\n    members {\n      id\n      name\n    }\n  }\n": typeof types.AreaTeamFieldsFragmentDoc,
    "\n  query AreaTeams {\n    areaTeams {\n      ...AreaTeamFields\n    }\n    agencies {\n      id\n      name\n      type\n    }\n    areas(includeInactive: false) {\n      id\n      name\n    }\n  }\n": typeof types.AreaTeamsDocument,
    "\n  query AreaTeamCandidates($agencyId: ID!) {\n    areaTeamCandidates(agencyId: $agencyId) {\n      id\n      name\n    }\n  }\n": typeof types.AreaTeamCandidatesDocument,
    "\n  mutation CreateAreaTeam($input: CreateAreaTeamInput!) {\n    createAreaTeam(input: $input) {\n      ...AreaTeamFields\n    }\n  }\n": typeof types.CreateAreaTeamDocument,
    "\n  mutation UpdateAreaTeam($input: UpdateAreaTeamInput!) {\n    updateAreaTeam(input: $input) {\n      ...AreaTeamFields\n    }\n  }\n": typeof types.UpdateAreaTeamDocument,
    "\n  query AreaPartners($postcode: String!) {\n    areaPartners(postcode: $postcode) {\n      area {\n        id\n        name\n      }\n      teams {\n        id\n        name\n        agency {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n": typeof types.AreaPartnersDocument,
    "\n  query MyAreaTeams {\n    myAreaTeams {\n      id\n      name\n    }\n  }\n": typeof types.MyAreaTeamsDocument,
    "\n  query AreaWorkload($teamId: ID!) {\n    areaWorkload(teamId: $teamId) {\n      minimumCell\n      team {\n        id\n        name\n        areas {\n          id\n          name\n        }\n      }\n      rows {\n        areaId\n        areaName\n        participating\n        inTriage\n        active\n        notParticipating\n      }\n    }\n  }\n": typeof types.AreaWorkloadDocument,
    "\n  query Areas($includeInactive: Boolean!) {\n    areas(includeInactive: $includeInactive) {\n      id\n      name\n      active\n      version\n      ranges {\n        from\n        to\n      }\n    }\n  }\n": typeof types.AreasDocument,
    "\n  query AreaForPostcode($postcode: String!) {\n    areaForPostcode(postcode: $postcode) {\n      id\n      name\n    }\n  }\n": typeof types.AreaForPostcodeDocument,
    "\n  mutation CreateArea($input: CreateAreaInput!) {\n    createArea(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateAreaDocument,
    "\n  mutation UpdateArea($input: UpdateAreaInput!) {\n    updateArea(input: $input) {\n      id\n      name\n      active\n      version\n      ranges {\n        from\n        to\n      }\n    }\n  }\n": typeof types.UpdateAreaDocument,
    "\n  query AreaImportPreview($csv: String!) {\n    areaImportPreview(csv: $csv) {\n      lines {\n        line\n        wijk\n        range\n        status\n        problems {\n          column\n          code\n          otherArea\n        }\n      }\n      fileProblems {\n        code\n      }\n      newAreas\n      changedAreas\n      unchangedAreas\n      errorLines\n      personsReassigned\n    }\n  }\n": typeof types.AreaImportPreviewDocument,
    "\n  mutation ImportAreas($csv: String!) {\n    importAreas(csv: $csv) {\n      lines {\n        line\n        wijk\n        range\n        status\n        problems {\n          column\n          code\n          otherArea\n        }\n      }\n      fileProblems {\n        code\n      }\n      newAreas\n      changedAreas\n      unchangedAreas\n      errorLines\n      personsReassigned\n    }\n  }\n": typeof types.ImportAreasDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logoutSso {\n      endSessionUrl\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...SessionFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  fragment SessionFields on Me {\n    user {\n      id\n      email\n      displayName\n    }\n    agency {\n      id\n      name\n      type\n    }\n    region {\n      id\n      name\n    }\n    roles\n    csrfToken\n    sessionExpiresAt\n    sessionIdleExpiresAt\n    covenantAccessEndsAt\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  query CasusregisseurCandidates($caseId: ID!) {\n    casusregisseurCandidates(caseId: $caseId) {\n      id\n      displayName\n      agency {\n        id\n        name\n        type\n      }\n    }\n  }\n": typeof types.CasusregisseurCandidatesDocument,
    "\n  mutation AppointCasusregisseur($input: AppointCasusregisseurInput!) {\n    appointCasusregisseur(input: $input)\n  }\n": typeof types.AppointCasusregisseurDocument,
    "\n  mutation EndCaseParticipation($input: EndCaseParticipationInput!) {\n    endCaseParticipation(input: $input) {\n      id\n      active\n      endedAt\n      endReason\n    }\n  }\n": typeof types.EndCaseParticipationDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      active\n    }\n  }\n": typeof types.RecordConsentDocument,
    "\n  mutation WithdrawConsent($consentId: ID!) {\n    withdrawConsent(consentId: $consentId) {\n      id\n      active\n      withdrawnAt\n    }\n  }\n": typeof types.WithdrawConsentDocument,
    "\n  mutation RecordConflictOfDutiesDecision($input: RecordConflictOfDutiesDecisionInput!) {\n    recordConflictOfDutiesDecision(input: $input) {\n      id\n      active\n    }\n  }\n": typeof types.RecordConflictOfDutiesDecisionDocument,
    "\n  mutation WithdrawConflictOfDutiesDecision($decisionId: ID!) {\n    withdrawConflictOfDutiesDecision(decisionId: $decisionId) {\n      id\n      active\n      withdrawnAt\n    }\n  }\n": typeof types.WithdrawConflictOfDutiesDecisionDocument,
    "\n  mutation BreakGlass($input: BreakGlassInput!) {\n    breakGlass(input: $input) {\n      id\n      caseId\n      expiresAt\n    }\n  }\n": typeof types.BreakGlassDocument,
    "\n  mutation AddCaseParticipant($input: AddCaseParticipantInput!) {\n    addCaseParticipant(input: $input) {\n      id\n      caseId\n      reasonAccess\n    }\n  }\n": typeof types.AddCaseParticipantDocument,
    "\n  mutation AddInformationItem($input: AddInformationItemInput!) {\n    addInformationItem(input: $input) {\n      id\n      caseId\n      category\n    }\n  }\n": typeof types.AddInformationItemDocument,
    "\n  fragment AddressProposalFields on ReferralAddressProposal {\n    id\n    caseId\n    status\n    proposedByAgency\n    proposedAt\n    decidedByName\n    decidedAt\n    proposed {\n      street\n      houseNumber\n      postcode\n      city\n    }\n    current {\n      street\n      houseNumber\n      postcode\n      city\n    }\n  }\n": typeof types.AddressProposalFieldsFragmentDoc,
    "\n  query ReferralAddressProposals($caseId: ID!) {\n    referralAddressProposals(caseId: $caseId) {\n      ...AddressProposalFields\n    }\n  }\n": typeof types.ReferralAddressProposalsDocument,
    "\n  mutation DecideReferralAddressProposal($input: DecideAddressProposalInput!) {\n    decideReferralAddressProposal(input: $input) {\n      ...AddressProposalFields\n    }\n  }\n": typeof types.DecideReferralAddressProposalDocument,
    "\n  query Agencies {\n    agencies {\n      id\n      name\n      type\n    }\n  }\n": typeof types.AgenciesDocument,
    "\n  query CaseAsAgency($caseId: ID!, $agencyId: ID!) {\n    caseAsAgency(caseId: $caseId, agencyId: $agencyId) {\n      agency {\n        id\n        name\n        type\n      }\n      caseId\n      reference\n      canReadCase\n      targetBasis\n      withheldBecause\n      viewerCanReadCase\n      subject {\n        field\n        category\n        targetAccess\n        targetBasis\n        withheldBecause\n        access\n        value\n      }\n      categories {\n        category\n        targetAccess\n        targetBasis\n        withheldBecause\n        access\n        itemCount\n      }\n      items {\n        id\n        category\n        createdAt\n        sourceAgency {\n          id\n          name\n        }\n        targetAccess\n        targetBasis\n        withheldBecause\n        access\n        text\n        summary\n      }\n    }\n  }\n": typeof types.CaseAsAgencyDocument,
    "\n  query CaseConsents($caseId: ID!) {\n    consents(caseId: $caseId) {\n      id\n      category\n      active\n      caseId\n      givenAt\n      validUntil\n      evidence\n      withdrawnAt\n      recipientAgency {\n        id\n        name\n        type\n      }\n      recordedByAgency {\n        id\n        name\n        type\n      }\n    }\n    conflictOfDutiesDecisions(caseId: $caseId) {\n      id\n      category\n      active\n      decidedAt\n      decidedBy\n      withdrawnAt\n      reasoning\n      decidedByAgency {\n        id\n        name\n        type\n      }\n      recipientAgency {\n        id\n        name\n        type\n      }\n    }\n  }\n": typeof types.CaseConsentsDocument,
    "\n  fragment CaseDetailFields on Case {\n    id\n    reference\n    theme\n    status\n    createdAt\n    updatedAt\n    accessBasis\n    readOnly\n    viewedAs {\n      id\n      name\n      type\n    }\n    referringAgency {\n      id\n      name\n      type\n    }\n    casusregisseurAgency {\n      id\n      name\n      type\n    }\n    casusregisseur {\n      id\n      displayName\n    }\n    subject {\n      id\n      givenNames {\n        ...ProtectedStringFields\n      }\n      familyName {\n        ...ProtectedStringFields\n      }\n      dateOfBirth {\n        ...ProtectedStringFields\n      }\n      bsn {\n        ...ProtectedStringFields\n      }\n      address {\n        access\n        category\n        value {\n          street\n          houseNumber\n          postcode\n          city\n          wijk\n        }\n      }\n    }\n    categoryAccess {\n      category\n      access\n      accessBasis\n      canWrite\n    }\n    informationItems {\n      ...InformationItemFields\n    }\n    informationItemCounts {\n      category\n      count\n    }\n    participants(includeEnded: true) {\n      id\n      active\n      role\n      reason\n      reasonAccess\n      reasonCategories\n      legalBasis\n      startedAt\n      endedAt\n      endReason\n      agency {\n        id\n        name\n        type\n      }\n    }\n  }\n": typeof types.CaseDetailFieldsFragmentDoc,
    "\n  fragment CaseListItemFields on Case {\n    id\n    reference\n    theme\n    status\n    updatedAt\n    subject {\n      id\n      givenNames {\n        ...ProtectedStringFields\n      }\n      familyName {\n        ...ProtectedStringFields\n      }\n    }\n    casusregisseurAgency {\n      id\n      name\n      type\n    }\n  }\n": typeof types.CaseListItemFieldsFragmentDoc,
    "\n  query CaseMeetings($from: DateTime!, $to: DateTime!) {\n    myMeetings(from: $from, to: $to) {\n      id\n      startsAt\n      endsAt\n      status\n      location\n      agenda {\n        startsAt\n        endsAt\n        hidden\n        item {\n          id\n          caseId\n          status\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n": typeof types.CaseMeetingsDocument,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseDetailFields\n    }\n  }\n": typeof types.CaseDocument,
    "\n  query Cases($first: Int!, $after: String, $filter: CasesFilterInput) {\n    cases(first: $first, after: $after, filter: $filter) {\n      nodes {\n        ...CaseListItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.CasesDocument,
    "\n  mutation RectifyInformationItem($input: RectifyInformationItemInput!) {\n    rectifyInformationItem(input: $input) {\n      id\n      kind\n      changedAt\n      item {\n        ...InformationItemFields\n      }\n    }\n  }\n": typeof types.RectifyInformationItemDocument,
    "\n  mutation EraseInformationItem($input: EraseInformationItemInput!) {\n    eraseInformationItem(input: $input) {\n      id\n      kind\n      changedAt\n    }\n  }\n": typeof types.EraseInformationItemDocument,
    "\n  fragment InformationItemFields on InformationItem {\n    id\n    caseId\n    category\n    access\n    accessBasis\n    legalBasis\n    createdAt\n    summary\n    text\n    cursor\n    revision\n    rectifiedAt\n    mayChange\n    sourceAgency {\n      id\n      name\n      type\n    }\n  }\n": typeof types.InformationItemFieldsFragmentDoc,
    "\n  query OlderInformationItems(\n    $caseId: ID!\n    $category: InformationCategory!\n    $after: String!\n    $first: Int!\n  ) {\n    informationItems(caseId: $caseId, category: $category, after: $after, first: $first) {\n      ...InformationItemFields\n    }\n  }\n": typeof types.OlderInformationItemsDocument,
    "\n  fragment ProtectedStringFields on ProtectedString {\n    access\n    category\n    value\n  }\n": typeof types.ProtectedStringFieldsFragmentDoc,
    "\n  fragment CovenantFields on Covenant {\n    version\n    createdAt\n    createdBy\n    note\n    current\n    entries {\n      agencyType\n      agency {\n        id\n        name\n        type\n      }\n      category\n      read\n      readSummary\n      write\n    }\n  }\n": typeof types.CovenantFieldsFragmentDoc,
    "\n  mutation ProposeCovenantChange($input: UpdateCovenantInput!) {\n    proposeCovenantChange(input: $input) {\n      ...CovenantProposalFields\n    }\n  }\n": typeof types.ProposeCovenantChangeDocument,
    "\n  mutation ApproveCovenantProposal($input: DecideCovenantProposalInput!) {\n    approveCovenantProposal(input: $input) {\n      ...CovenantProposalFields\n    }\n  }\n": typeof types.ApproveCovenantProposalDocument,
    "\n  mutation RejectCovenantProposal($input: DecideCovenantProposalInput!) {\n    rejectCovenantProposal(input: $input) {\n      ...CovenantProposalFields\n    }\n  }\n": typeof types.RejectCovenantProposalDocument,
    "\n  fragment CovenantProposalFields on CovenantProposal {\n    id\n    status\n    baseVersion\n    resultingVersion\n    note\n    proposedBy\n    proposedAt\n    decidedBy\n    decidedAt\n    decisionReason\n    canDecide\n    changes {\n      agencyType\n      agency {\n        id\n        name\n      }\n      category\n      before {\n        read\n        readSummary\n        write\n      }\n      after {\n        read\n        readSummary\n        write\n      }\n    }\n  }\n": typeof types.CovenantProposalFieldsFragmentDoc,
    "\n  query CovenantProposals {\n    covenantProposals {\n      ...CovenantProposalFields\n    }\n  }\n": typeof types.CovenantProposalsDocument,
    "\n  query Covenant($version: Int) {\n    covenant(version: $version) {\n      ...CovenantFields\n    }\n    covenantVersions {\n      version\n      createdAt\n      createdBy\n      approvedBy\n      approvedAt\n      note\n    }\n    covenantLegalCeiling {\n      category\n      regime\n      read\n      readSummary\n      write\n    }\n  }\n": typeof types.CovenantDocument,
    "\n  fragment DataSubjectRequestPartTaskFields on DataSubjectRequestPartTask {\n    id\n    requestId\n    requestType\n    requestStatus\n    agencyName\n    givenNames\n    familyName\n    dateOfBirth\n    receivedOn\n    deadline\n    daysLeft\n    reviewStatus\n    reviewStartedAt\n    releasedAt\n    releasedByName\n    releaseNote\n    revision\n  }\n": typeof types.DataSubjectRequestPartTaskFieldsFragmentDoc,
    "\n  query DataSubjectRequestPartTasks {\n    dataSubjectRequestPartTasks {\n      ...DataSubjectRequestPartTaskFields\n    }\n  }\n": typeof types.DataSubjectRequestPartTasksDocument,
    "\n  query DataSubjectRequestPartReview($id: ID!) {\n    dataSubjectRequestPartReview(id: $id) {\n      part {\n        ...DataSubjectRequestPartTaskFields\n      }\n      participations {\n        caseReference\n        role\n        from\n        until\n        legalBasis\n      }\n      items {\n        date\n        category\n        caseReference\n        legalBasis\n        text\n      }\n      planActions {\n        caseReference\n        description\n        dueDate\n        status\n      }\n    }\n  }\n": typeof types.DataSubjectRequestPartReviewDocument,
    "\n  mutation StartDataSubjectRequestPartReview($input: StartDataSubjectRequestPartReviewInput!) {\n    startDataSubjectRequestPartReview(input: $input) {\n      ...DataSubjectRequestPartTaskFields\n    }\n  }\n": typeof types.StartDataSubjectRequestPartReviewDocument,
    "\n  mutation ReleaseDataSubjectRequestPart($input: ReleaseDataSubjectRequestPartInput!) {\n    releaseDataSubjectRequestPart(input: $input) {\n      ...DataSubjectRequestPartTaskFields\n    }\n  }\n": typeof types.ReleaseDataSubjectRequestPartDocument,
    "\n  fragment DataSubjectRequestSummary on DataSubjectRequest {\n    id\n    type\n    status\n    personId\n    givenNames\n    familyName\n    receivedOn\n    deadline\n    overdue\n    daysLeft\n    partsTotal\n    partsDone\n    revision\n  }\n": typeof types.DataSubjectRequestSummaryFragmentDoc,
    "\n  fragment DataSubjectRequestDetail on DataSubjectRequest {\n    ...DataSubjectRequestSummary\n    dateOfBirth\n    bsn\n    identityVerification\n    originalDeadline\n    extendedDeadline\n    extensionReason\n    includeEmployeeNames\n    outcome\n    closedAt\n    parts {\n      id\n      agencyId\n      agencyName\n      agencyType\n      status\n      note\n      revision\n      updatedAt\n      updatedByName\n      reviewStatus\n      releasedAt\n      releasedByName\n      releaseNote\n    }\n  }\n": typeof types.DataSubjectRequestDetailFragmentDoc,
    "\n  query DataSubjectRequests {\n    dataSubjectRequests {\n      ...DataSubjectRequestSummary\n    }\n  }\n": typeof types.DataSubjectRequestsDocument,
    "\n  query DataSubjectRequest($id: ID!) {\n    dataSubjectRequest(id: $id) {\n      ...DataSubjectRequestDetail\n    }\n  }\n": typeof types.DataSubjectRequestDocument,
    "\n  query DataSubjectPersonCandidates($input: SearchPersonsInput!) {\n    dataSubjectPersonCandidates(input: $input) {\n      id\n      givenNames\n      familyName\n      dateOfBirth\n      bsn\n      city\n      agenciesHoldingData\n    }\n  }\n": typeof types.DataSubjectPersonCandidatesDocument,
    "\n  mutation RegisterDataSubjectRequest($input: RegisterDataSubjectRequestInput!) {\n    registerDataSubjectRequest(input: $input) {\n      ...DataSubjectRequestDetail\n    }\n  }\n": typeof types.RegisterDataSubjectRequestDocument,
    "\n  mutation ChangeDataSubjectRequestStatus($input: ChangeDataSubjectRequestStatusInput!) {\n    changeDataSubjectRequestStatus(input: $input) {\n      ...DataSubjectRequestDetail\n    }\n  }\n": typeof types.ChangeDataSubjectRequestStatusDocument,
    "\n  mutation ExtendDataSubjectRequest($input: ExtendDataSubjectRequestInput!) {\n    extendDataSubjectRequest(input: $input) {\n      ...DataSubjectRequestDetail\n    }\n  }\n": typeof types.ExtendDataSubjectRequestDocument,
    "\n  mutation UpdateDataSubjectRequestPart($input: UpdateDataSubjectRequestPartInput!) {\n    updateDataSubjectRequestPart(input: $input) {\n      ...DataSubjectRequestDetail\n    }\n  }\n": typeof types.UpdateDataSubjectRequestPartDocument,
    "\n  fragment LifeDomainMomentFields on LifeDomainScoreMoment {\n    moment\n    planVersionId\n    planVersionNumber\n    planAdoptedOn\n    assessment {\n      id\n      revision\n      recordedAt\n      updatedAt\n      recordedByAgency {\n        id\n        name\n      }\n      scores {\n        domain\n        category\n        access\n        score\n      }\n    }\n  }\n": typeof types.LifeDomainMomentFieldsFragmentDoc,
    "\n  query CaseLifeDomainScores($caseId: ID!) {\n    caseLifeDomainScores(caseId: $caseId) {\n      caseId\n      scorableDomains\n      moments {\n        ...LifeDomainMomentFields\n      }\n    }\n    casePlan(caseId: $caseId) {\n      caseId\n      adopted {\n        id\n        number\n        goals {\n          id\n          lifeDomain\n          description\n        }\n      }\n      draft {\n        id\n        number\n        goals {\n          id\n          lifeDomain\n          description\n        }\n      }\n    }\n  }\n": typeof types.CaseLifeDomainScoresDocument,
    "\n  mutation ScoreLifeDomains($input: ScoreLifeDomainsInput!) {\n    scoreLifeDomains(input: $input) {\n      ...LifeDomainMomentFields\n    }\n  }\n": typeof types.ScoreLifeDomainsDocument,
    "\n  query MyMeetings($from: DateTime!, $to: DateTime!) {\n    myMeetings(from: $from, to: $to) {\n      ...MeetingSummaryFields\n    }\n  }\n": typeof types.MyMeetingsDocument,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n": typeof types.MeetingDocument,
    "\n  subscription MeetingUpdates($meetingId: ID!, $afterEventId: ID) {\n    meetingUpdates(meetingId: $meetingId, afterEventId: $afterEventId) {\n      eventId\n      kind\n      itemId\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": typeof types.MeetingUpdatesDocument,
    "\n  query PlannerCases($first: Int!) {\n    cases(first: $first, filter: { statuses: [IN_TRIAGE, ACCEPTED, ACTIVE] }) {\n      nodes {\n        id\n        reference\n        status\n        subject {\n          id\n          givenNames {\n            ...ProtectedStringFields\n          }\n          familyName {\n            ...ProtectedStringFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlannerCasesDocument,
    "\n  query CaseParticipantAgencies($id: ID!) {\n    case(id: $id) {\n      id\n      participants {\n        id\n        active\n        agency {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n": typeof types.CaseParticipantAgenciesDocument,
    "\n  mutation PlanMeeting($input: PlanMeetingInput!) {\n    planMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.PlanMeetingDocument,
    "\n  mutation AddMeetingItem($input: AddMeetingItemInput!) {\n    addMeetingItem(input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.AddMeetingItemDocument,
    "\n  mutation RemoveMeetingItem($itemId: ID!) {\n    removeMeetingItem(itemId: $itemId) {\n      ...MeetingFields\n    }\n  }\n": typeof types.RemoveMeetingItemDocument,
    "\n  mutation StartMeeting($meetingId: ID!) {\n    startMeeting(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n": typeof types.StartMeetingDocument,
    "\n  mutation SetCurrentMeetingItem($input: SetCurrentMeetingItemInput!) {\n    setCurrentMeetingItem(input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.SetCurrentMeetingItemDocument,
    "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  mutation SaveMeetingItemMinutes($input: SaveMeetingItemMinutesInput!) {\n    saveMeetingItemMinutes(input: $input) {\n      ...MeetingFields\n    }\n  }\n": typeof types.SaveMeetingItemMinutesDocument,
    "\n  mutation CloseMeeting($meetingId: ID!) {\n    closeMeeting(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n": typeof types.CloseMeetingDocument,
    "\n  fragment MeetingFields on Meeting {\n    id\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    status\n    startedAt\n    closedAt\n    isChair\n    lastEventId\n    chair {\n      id\n      displayName\n    }\n    agenda {\n      startsAt\n      endsAt\n      hidden\n      current\n      item {\n        id\n        caseId\n        caseReference\n        personName\n        personNameAccess\n        startsAt\n        endsAt\n        status\n        minutes\n        decisions\n        minutesAccess\n        minutesUpdatedAt\n        revision\n        invitees {\n          id\n          name\n          type\n        }\n        attendance {\n          agency {\n            id\n            name\n          }\n          present\n        }\n      }\n    }\n  }\n": typeof types.MeetingFieldsFragmentDoc,
    "\n  fragment MeetingSummaryFields on Meeting {\n    id\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    status\n    chair {\n      id\n      displayName\n    }\n    agenda {\n      startsAt\n      endsAt\n      hidden\n      item {\n        id\n        caseReference\n        personName\n      }\n    }\n  }\n": typeof types.MeetingSummaryFieldsFragmentDoc,
    "\n  mutation CompleteLoginWithCode($input: SecondFactorCodeInput!) {\n    completeLoginWithCode(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.CompleteLoginWithCodeDocument,
    "\n  mutation LoginPasskeyOptions {\n    loginPasskeyOptions\n  }\n": typeof types.LoginPasskeyOptionsDocument,
    "\n  mutation CompleteLoginWithPasskey($response: String!) {\n    completeLoginWithPasskey(response: $response) {\n      ...SessionFields\n    }\n  }\n": typeof types.CompleteLoginWithPasskeyDocument,
    "\n  mutation StartLoginTotpEnrolment {\n    startLoginTotpEnrolment {\n      secret\n      otpauthUri\n      qrCode\n    }\n  }\n": typeof types.StartLoginTotpEnrolmentDocument,
    "\n  mutation ConfirmLoginTotpEnrolment($input: SecondFactorCodeInput!) {\n    confirmLoginTotpEnrolment(input: $input) {\n      me {\n        ...SessionFields\n      }\n      recoveryCodes\n    }\n  }\n": typeof types.ConfirmLoginTotpEnrolmentDocument,
    "\n  query MySecondFactors {\n    mySecondFactors {\n      required\n      totp\n      recoveryCodesLeft\n      stepUpFresh\n      passkeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n": typeof types.MySecondFactorsDocument,
    "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n      qrCode\n    }\n  }\n": typeof types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($input: SecondFactorCodeInput!) {\n    confirmTotpEnrolment(input: $input)\n  }\n": typeof types.ConfirmTotpEnrolmentDocument,
    "\n  mutation RemoveTotp {\n    removeTotp {\n      totp\n    }\n  }\n": typeof types.RemoveTotpDocument,
    "\n  mutation RegenerateRecoveryCodes {\n    regenerateRecoveryCodes\n  }\n": typeof types.RegenerateRecoveryCodesDocument,
    "\n  mutation PasskeyRegistrationOptions {\n    passkeyRegistrationOptions\n  }\n": typeof types.PasskeyRegistrationOptionsDocument,
    "\n  mutation RegisterPasskey($input: PasskeyResponseInput!) {\n    registerPasskey(input: $input)\n  }\n": typeof types.RegisterPasskeyDocument,
    "\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id) {\n      totp\n    }\n  }\n": typeof types.RemovePasskeyDocument,
    "\n  mutation StepUp($input: SecondFactorCodeInput!) {\n    stepUp(input: $input) {\n      stepUpFresh\n    }\n  }\n": typeof types.StepUpDocument,
    "\n  mutation StepUpPasskeyOptions {\n    stepUpPasskeyOptions\n  }\n": typeof types.StepUpPasskeyOptionsDocument,
    "\n  mutation StepUpWithPasskey($response: String!) {\n    stepUpWithPasskey(response: $response) {\n      stepUpFresh\n    }\n  }\n": typeof types.StepUpWithPasskeyDocument,
    "\n  mutation LoginPasskeyRegistrationOptions {\n    loginPasskeyRegistrationOptions\n  }\n": typeof types.LoginPasskeyRegistrationOptionsDocument,
    "\n  mutation ConfirmLoginPasskeyEnrolment($input: PasskeyResponseInput!) {\n    confirmLoginPasskeyEnrolment(input: $input) {\n      me {\n        ...SessionFields\n      }\n      recoveryCodes\n    }\n  }\n": typeof types.ConfirmLoginPasskeyEnrolmentDocument,
    "\n  query StepUpRoute {\n    mySecondFactors {\n      stepUpFresh\n      stepUpAtProvider\n    }\n  }\n": typeof types.StepUpRouteDocument,
    "\n  query StepUpNeeded {\n    mySecondFactors {\n      required\n      totp\n      stepUpFresh\n      passkeys {\n        id\n      }\n    }\n  }\n": typeof types.StepUpNeededDocument,
    "\n  query CaseClosure($caseId: ID!) {\n    caseClosure(caseId: $caseId) {\n      ...CaseClosureFields\n    }\n  }\n": typeof types.CaseClosureDocument,
    "\n  fragment CaseClosureFields on CaseClosure {\n    caseId\n    outcome\n    reason\n    closedAt\n    graceDays\n    accessEndsAt\n    closedByAgency {\n      id\n      name\n    }\n  }\n": typeof types.CaseClosureFieldsFragmentDoc,
    "\n  query CaseTimeline($caseId: ID!) {\n    caseTimeline(caseId: $caseId) {\n      id\n      kind\n      at\n      actorAgency {\n        id\n        name\n      }\n      params {\n        key\n        value\n      }\n    }\n  }\n": typeof types.CaseTimelineDocument,
    "\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) {\n      ...CaseClosureFields\n    }\n  }\n": typeof types.CloseCaseDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query MonitoringDashboard {\n    monitoringDashboard {\n      openReferrals\n      oldestReferral {\n        caseId\n        reference\n        since\n        waitingDays\n      }\n      byStatus {\n        status\n        count\n      }\n      byWijk {\n        wijk\n        withheld\n        openCount\n        totalCount\n      }\n    }\n  }\n": typeof types.MonitoringDashboardDocument,
    "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      unreadCount\n      items {\n        id\n        kind\n        caseId\n        personName\n        personNameAccess\n        params {\n          key\n          value\n        }\n        createdAt\n        readAt\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query DashboardOverdueActions($first: Int!) {\n    overdueActions(first: $first) {\n      totalCount\n      totalCountCapped\n      nodes {\n        id\n        caseId\n        caseReference\n        personName\n        personNameAccess\n        description\n        dueDate\n        ownerAgency {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.DashboardOverdueActionsDocument,
    "\n  query RegionSettings {\n    regionSettings {\n      closingGraceDays\n    }\n  }\n": typeof types.RegionSettingsDocument,
    "\n  mutation UpdateRegionSettings($input: UpdateRegionSettingsInput!) {\n    updateRegionSettings(input: $input) {\n      closingGraceDays\n    }\n  }\n": typeof types.UpdateRegionSettingsDocument,
    "\n  query UnreadNotifications {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationsDocument,
    "\n  query OutcomeReport($filter: OutcomeReportFilter) {\n    outcomeReport(filter: $filter) {\n      from\n      to\n      minCellSize\n      withheldCells\n      areas {\n        id\n        name\n      }\n      cells {\n        ...OutcomeFigureFields\n      }\n      quarters {\n        ...OutcomeFigureFields\n      }\n      total {\n        ...OutcomeFigureFields\n      }\n    }\n  }\n\n  fragment OutcomeFigureFields on OutcomeFigures {\n    quarter\n    areaId\n    areaName\n    theme\n    referred\n    triaged\n    averageDaysToTriage\n    planned\n    averageDaysToPlan\n    actionCases\n    actionsDue\n    actionsOnTime\n    closed\n    outcomes {\n      outcome\n      cases\n    }\n    lifeDomains {\n      domain\n      cases\n      averageChange\n    }\n    signalCases\n    signals\n    couplingCases\n    couplings\n  }\n": typeof types.OutcomeReportDocument,
    "\n  query CasePlan($caseId: ID!) {\n    casePlan(caseId: $caseId) {\n      caseId\n      canEdit\n      canAdopt\n      readOnly\n      ownerAgencies {\n        id\n        name\n      }\n      notes {\n        id\n        actionKey\n        text\n        createdAt\n        author {\n          id\n          displayName\n        }\n        authorAgency {\n          id\n          name\n        }\n      }\n      draft {\n        ...PlanVersionFields\n      }\n      adopted {\n        ...PlanVersionFields\n      }\n    }\n  }\n": typeof types.CasePlanDocument,
    "\n  query MyActions($first: Int, $after: String, $filter: MyActionsFilterInput) {\n    myActions(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        key\n        caseId\n        caseReference\n        personName\n        personNameAccess\n        versionNumber\n        versionStatus\n        lifeDomain\n        goal\n        description\n        dueDate\n        status\n        statusRevision\n        overdue\n        ownerUser {\n          id\n          displayName\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MyActionsDocument,
    "\n  query PlanVersions($caseId: ID!) {\n    planVersions(caseId: $caseId) {\n      id\n      number\n      status\n      adoptedOn\n      basedOnNumber\n      goalCount\n      actionCount\n      adoptedByAgency {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PlanVersionsDocument,
    "\n  query PlanVersionDiff($caseId: ID!, $from: Int!, $to: Int!) {\n    planVersionDiff(caseId: $caseId, from: $from, to: $to) {\n      kind\n      field\n      lifeDomain\n      goal\n      action\n      from\n      to\n    }\n  }\n": typeof types.PlanVersionDiffDocument,
    "\n  mutation StartPlanRevision($input: StartPlanRevisionInput!) {\n    startPlanRevision(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n": typeof types.StartPlanRevisionDocument,
    "\n  mutation AddPlanGoal($input: AddPlanGoalInput!) {\n    addPlanGoal(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n": typeof types.AddPlanGoalDocument,
    "\n  mutation AddPlanAction($input: AddPlanActionInput!) {\n    addPlanAction(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n": typeof types.AddPlanActionDocument,
    "\n  mutation RemovePlanAction($input: RemovePlanActionInput!) {\n    removePlanAction(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n": typeof types.RemovePlanActionDocument,
    "\n  mutation AdoptPlanVersion($input: AdoptPlanVersionInput!) {\n    adoptPlanVersion(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n": typeof types.AdoptPlanVersionDocument,
    "\n  mutation UpdatePlanActionStatus($input: UpdatePlanActionStatusInput!) {\n    updatePlanActionStatus(input: $input) {\n      id\n      status\n      statusRevision\n      overdue\n    }\n  }\n": typeof types.UpdatePlanActionStatusDocument,
    "\n  mutation AddPlanActionNote($input: AddPlanActionNoteInput!) {\n    addPlanActionNote(input: $input) {\n      id\n      actionKey\n    }\n  }\n": typeof types.AddPlanActionNoteDocument,
    "\n  query PlanPrintCase($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      status\n      subject {\n        id\n        givenNames {\n          ...ProtectedStringFields\n        }\n        familyName {\n          ...ProtectedStringFields\n        }\n        dateOfBirth {\n          ...ProtectedStringFields\n        }\n      }\n      casusregisseurAgency {\n        id\n        name\n        type\n      }\n      casusregisseur {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.PlanPrintCaseDocument,
    "\n  fragment PlanVersionFields on PlanVersion {\n    id\n    caseId\n    number\n    status\n    revision\n    basedOnNumber\n    adoptedOn\n    adoptedByAgency {\n      id\n      name\n    }\n    goals {\n      id\n      key\n      lifeDomain\n      description\n      actions {\n        id\n        key\n        description\n        dueDate\n        status\n        statusRevision\n        overdue\n        ownerActive\n        noteCount\n        ownerAgency {\n          id\n          name\n        }\n        ownerUser {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.PlanVersionFieldsFragmentDoc,
    "\n  query AuditEvents($filter: AuditEventFilterInput, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      hasMore\n      endCursor\n      items {\n        id\n        seq\n        occurredAt\n        actor {\n          id\n          name\n          email\n        }\n        agency {\n          id\n          name\n          type\n        }\n        roles\n        onBehalfOf {\n          id\n          name\n          email\n        }\n        action\n        result\n        operation\n        caseId\n        caseReference\n        personCount\n        personIds\n        persons {\n          id\n          name\n        }\n        recordType\n        recordName\n        categories\n        accessBasis\n        purpose\n        reasonCode\n        detail\n        originAddress\n        requestId\n        review {\n          id\n          verdict\n          note\n          reviewedAt\n          reviewer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditPersonLookup($bsn: String!) {\n    auditPersonLookup(bsn: $bsn) {\n      id\n      displayName\n      dateOfBirth\n    }\n  }\n": typeof types.AuditPersonLookupDocument,
    "\n  query AuditChainStatus {\n    auditChainStatus {\n      intact\n      checked\n      firstBrokenId\n      firstBrokenSeq\n      reason\n      verifiedAt\n    }\n  }\n": typeof types.AuditChainStatusDocument,
    "\n  query OpenBreakGlassReviewCount {\n    openBreakGlassReviewCount\n  }\n": typeof types.OpenBreakGlassReviewCountDocument,
    "\n  query BreakGlassReviewQueue {\n    breakGlassReviewQueue {\n      openCount\n      items {\n        eventId\n        occurredAt\n        actor {\n          id\n          name\n          email\n        }\n        agency {\n          id\n          name\n          type\n        }\n        caseReference\n        reason\n        expiresAt\n        personIds\n      }\n    }\n  }\n": typeof types.BreakGlassReviewQueueDocument,
    "\n  mutation ReviewBreakGlass($input: ReviewBreakGlassInput!) {\n    reviewBreakGlass(input: $input) {\n      id\n      eventId\n      verdict\n      note\n      reviewedAt\n    }\n  }\n": typeof types.ReviewBreakGlassDocument,
    "\n  query AuditAnomalies($from: String!, $to: String!) {\n    auditAnomalies(from: $from, to: $to) {\n      from\n      to\n      outsideParticipation {\n        day\n        user {\n          id\n          name\n          email\n        }\n        agency {\n          id\n          name\n        }\n        personId\n        personName\n        eventCount\n        actions\n        operations\n        purposes\n        accessBases\n        lookupOnly\n        firstAt\n        lastAt\n      }\n      outsideParticipationTruncated\n      volume {\n        day\n        user {\n          id\n          name\n          email\n        }\n        agency {\n          id\n          name\n        }\n        eventCount\n        medianDaily\n        roles\n        roleMedianDaily\n        roleDays\n        threshold\n      }\n      volumeMinimum\n      volumeFactor\n      volumeBaselineDays\n    }\n  }\n": typeof types.AuditAnomaliesDocument,
    "\n  query PrivacyOfficeAgencies {\n    agencies {\n      id\n      name\n      type\n    }\n  }\n": typeof types.PrivacyOfficeAgenciesDocument,
    "\n  query ReferralPersonLookup($input: ReferralPersonLookupInput!) {\n    referralPersonLookup(input: $input) {\n      caseIds\n      person {\n        id\n        givenNames {\n          access\n          value\n        }\n        familyName {\n          access\n          value\n        }\n        dateOfBirth {\n          access\n          value\n        }\n        address {\n          access\n          value {\n            wijk\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReferralPersonLookupDocument,
    "\n  query ReferralReasonCategories {\n    referralReasonCategories\n  }\n": typeof types.ReferralReasonCategoriesDocument,
    "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      caseId\n      reference\n      status\n    }\n  }\n": typeof types.CreateReferralDocument,
    "\n  query TriageQueue {\n    triageQueue {\n      ...TriageReferralFields\n    }\n  }\n": typeof types.TriageQueueDocument,
    "\n  fragment TriageReferralFields on Referral {\n    caseId\n    reference\n    theme\n    status\n    referredAt\n    waitingDays\n    referringAgency {\n      id\n      name\n      type\n    }\n    referredByName\n    person {\n      id\n      givenNames {\n        access\n        value\n      }\n      familyName {\n        access\n        value\n      }\n      dateOfBirth {\n        access\n        value\n      }\n    }\n    reason\n    goal\n    reasonAccess\n    reasonCategories\n    proposedAgencies {\n      id\n      name\n      type\n    }\n    personInformed\n    notInformedReason\n    possibleMatches {\n      personId\n      givenNames\n      familyName\n      dateOfBirth\n      wijk\n      caseCount\n      bsnMatches\n    }\n    areaTeams {\n      id\n      name\n      agency {\n        id\n        name\n      }\n      areas {\n        id\n        name\n      }\n    }\n    bsnConflict\n    matchDecision\n    canDecide\n  }\n": typeof types.TriageReferralFieldsFragmentDoc,
    "\n  mutation DecideReferral($input: DecideReferralInput!) {\n    decideReferral(input: $input) {\n      caseId\n      reference\n      status\n      decision\n    }\n  }\n": typeof types.DecideReferralDocument,
    "\n  query RegionalSettings {\n    regionalSettings {\n      name\n      contactEmail\n      contactPhone\n      accessReviewMonths\n      covenantGraceDays\n      closingGraceDays\n      wgsContactEmail\n      wgsContactPhone\n      wgsContactAddress\n      volunteerGoalMin\n      volunteerGoalMax\n      version\n    }\n  }\n": typeof types.RegionalSettingsDocument,
    "\n  mutation UpdateRegionalSettings($input: UpdateRegionalSettingsInput!) {\n    updateRegionalSettings(input: $input) {\n      name\n      contactEmail\n      contactPhone\n      accessReviewMonths\n      covenantGraceDays\n      closingGraceDays\n      wgsContactEmail\n      wgsContactPhone\n      wgsContactAddress\n      volunteerGoalMin\n      volunteerGoalMax\n      version\n    }\n  }\n": typeof types.UpdateRegionalSettingsDocument,
    "\n  query Retention {\n    retentionPeriods {\n      category\n      months\n      source\n      revision\n      updatedAt\n      updatedByName\n    }\n    deletionRecords(first: 20) {\n      id\n      scope\n      caseStatus\n      closedOn\n      deletedAt\n      categories\n      rowCount\n      personDeleted\n    }\n  }\n": typeof types.RetentionDocument,
    "\n  query LegalHolds {\n    legalHolds {\n      ...LegalHoldFields\n    }\n  }\n": typeof types.LegalHoldsDocument,
    "\n  fragment LegalHoldFields on LegalHold {\n    id\n    caseReference\n    caseStatus\n    closedAt\n    reason\n    setAt\n    setByName\n    releasedAt\n  }\n": typeof types.LegalHoldFieldsFragmentDoc,
    "\n  mutation UpdateRetentionPeriod($input: UpdateRetentionPeriodInput!) {\n    updateRetentionPeriod(input: $input) {\n      category\n      months\n      source\n      revision\n      updatedAt\n      updatedByName\n    }\n  }\n": typeof types.UpdateRetentionPeriodDocument,
    "\n  mutation SetLegalHold($input: SetLegalHoldInput!) {\n    setLegalHold(input: $input) {\n      ...LegalHoldFields\n    }\n  }\n": typeof types.SetLegalHoldDocument,
    "\n  mutation ReleaseLegalHold($input: ReleaseLegalHoldInput!) {\n    releaseLegalHold(input: $input) {\n      ...LegalHoldFields\n    }\n  }\n": typeof types.ReleaseLegalHoldDocument,
    "\n  query SearchCases($text: String!, $first: Int!) {\n    searchCases(text: $text, first: $first) {\n      nodes {\n        ...CaseListItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.SearchCasesDocument,
    "\n  mutation ExtendSession {\n    extendSession\n  }\n": typeof types.ExtendSessionDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      current\n      method\n      userAgent\n      originAddress\n      startedAt\n      lastSeenAt\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": typeof types.EndSessionDocument,
    "\n  mutation LogOutEverywhere {\n    logOutEverywhere\n  }\n": typeof types.LogOutEverywhereDocument,
    "\n  query LoginMethod($email: String!) {\n    loginMethod(email: $email) {\n      method\n      startPath\n    }\n  }\n": typeof types.LoginMethodDocument,
    "\n  query AgencySso($agencyId: ID!) {\n    agencySso(agencyId: $agencyId) {\n      agencyId\n      issuer\n      clientId\n      clientAuth\n      hasClientSecret\n      emailDomains\n      jitProvisioning\n      redirectUri\n    }\n  }\n": typeof types.AgencySsoDocument,
    "\n  query OwnAgencySso {\n    ownAgencySso {\n      agencyId\n      issuer\n      emailDomains\n      jitProvisioning\n    }\n  }\n": typeof types.OwnAgencySsoDocument,
    "\n  mutation ConfigureAgencySso($input: ConfigureAgencySsoInput!) {\n    configureAgencySso(input: $input) {\n      agencyId\n      issuer\n      clientId\n      clientAuth\n      hasClientSecret\n      emailDomains\n      jitProvisioning\n      redirectUri\n    }\n  }\n": typeof types.ConfigureAgencySsoDocument,
    "\n  mutation SetAgencyJitProvisioning($enabled: Boolean!) {\n    setAgencyJitProvisioning(enabled: $enabled) {\n      agencyId\n      jitProvisioning\n    }\n  }\n": typeof types.SetAgencyJitProvisioningDocument,
    "\n  fragment SupervisionConditionFields on SupervisionCondition {\n    id\n    kind\n    subject\n    frequency\n    alcoholMonitor\n    notes\n    legalSourceKind\n    legalSourceDate\n    parketNumber\n    startsOn\n    endsOn\n    status\n    revision\n    sourceAgency {\n      id\n      name\n    }\n  }\n": typeof types.SupervisionConditionFieldsFragmentDoc,
    "\n  query SupervisionConditions($caseId: ID!) {\n    supervisionConditions(caseId: $caseId) {\n      caseId\n      access\n      mayRecord\n      conditions {\n        ...SupervisionConditionFields\n      }\n    }\n  }\n": typeof types.SupervisionConditionsDocument,
    "\n  mutation RecordSupervisionCondition($input: RecordSupervisionConditionInput!) {\n    recordSupervisionCondition(input: $input) {\n      ...SupervisionConditionFields\n    }\n  }\n": typeof types.RecordSupervisionConditionDocument,
    "\n  mutation UpdateSupervisionCondition($input: UpdateSupervisionConditionInput!) {\n    updateSupervisionCondition(input: $input) {\n      ...SupervisionConditionFields\n    }\n  }\n": typeof types.UpdateSupervisionConditionDocument,
    "\n  fragment ViolationSignalFields on ViolationSignal {\n    id\n    conditionKind\n    conditionSubject\n    what\n    occurredAt\n    location\n    seenBy\n    reportedAt\n    dueAt\n    status\n    reporterAgency {\n      id\n      name\n    }\n    assessmentAccess\n    assessment\n    followUp\n    assessedAt\n    revision\n    mayAssess\n  }\n": typeof types.ViolationSignalFieldsFragmentDoc,
    "\n  query ViolationSignals($caseId: ID!) {\n    violationSignals(caseId: $caseId) {\n      ...ViolationSignalFields\n    }\n  }\n": typeof types.ViolationSignalsDocument,
    "\n  query MyViolationSignals {\n    myViolationSignals {\n      ...ViolationSignalFields\n    }\n  }\n": typeof types.MyViolationSignalsDocument,
    "\n  query ViolationSignalsToAssess {\n    violationSignalsToAssess {\n      signal {\n        ...ViolationSignalFields\n      }\n      caseId\n      caseReference\n      overdue\n    }\n  }\n": typeof types.ViolationSignalsToAssessDocument,
    "\n  mutation ReportViolation($input: ReportViolationInput!) {\n    reportViolation(input: $input) {\n      ...ViolationSignalFields\n    }\n  }\n": typeof types.ReportViolationDocument,
    "\n  mutation AssessViolation($input: AssessViolationInput!) {\n    assessViolation(input: $input) {\n      ...ViolationSignalFields\n    }\n  }\n": typeof types.AssessViolationDocument,
    "\n  fragment CasePersonInformedFields on CasePersonInformed {\n    caseId\n    access\n    mayRecord\n    mayGenerateLetter\n    record {\n      id\n      informed\n      informedOn\n      informedBy {\n        id\n        name\n      }\n      notInformedReason\n      explanation\n      recordedBy {\n        id\n        name\n      }\n      recordedAt\n      revision\n    }\n    referralAnswer {\n      informed\n      referredOn\n      referrer {\n        id\n        name\n      }\n    }\n    agencies {\n      id\n      name\n    }\n  }\n": typeof types.CasePersonInformedFieldsFragmentDoc,
    "\n  query CasePersonInformed($caseId: ID!) {\n    casePersonInformed(caseId: $caseId) {\n      ...CasePersonInformedFields\n    }\n  }\n": typeof types.CasePersonInformedDocument,
    "\n  mutation RecordPersonInformed($input: RecordPersonInformedInput!) {\n    recordPersonInformed(input: $input) {\n      ...CasePersonInformedFields\n    }\n  }\n": typeof types.RecordPersonInformedDocument,
    "\n  fragment VolunteerCouplingFields on VolunteerCoupling {\n    id\n    status\n    revision\n    requestedAt\n    access\n    firstName\n    ageBand\n    wijk\n    helpAsked\n    helpOther\n    availability\n    safetyNote\n    offenceSummary\n    decidedAt\n    declineReason\n    volunteerName\n    volunteerPhone\n    coupledAt\n    endedAt\n    endReason\n    endText\n    volunteerAgency {\n      id\n      name\n    }\n    requestedByAgency {\n      id\n      name\n    }\n    progress {\n      id\n      notedOn\n      note\n    }\n  }\n": typeof types.VolunteerCouplingFieldsFragmentDoc,
    "\n  query CaseVolunteerCouplings($caseId: ID!) {\n    caseVolunteerCouplings(caseId: $caseId) {\n      caseId\n      access\n      mayRequest\n      organisations {\n        id\n        name\n        consented\n        justiceConsented\n      }\n      couplings {\n        ...VolunteerCouplingFields\n      }\n    }\n  }\n": typeof types.CaseVolunteerCouplingsDocument,
    "\n  mutation RequestVolunteerMatch($input: RequestVolunteerMatchInput!) {\n    requestVolunteerMatch(input: $input) {\n      ...VolunteerCouplingFields\n    }\n  }\n": typeof types.RequestVolunteerMatchDocument,
    "\n  query VolunteerMatchRequests {\n    volunteerMatchRequests {\n      ...VolunteerCouplingFields\n    }\n  }\n": typeof types.VolunteerMatchRequestsDocument,
    "\n  query VolunteerMatchRequest($id: ID!) {\n    volunteerMatchRequest(id: $id) {\n      ...VolunteerCouplingFields\n    }\n  }\n": typeof types.VolunteerMatchRequestDocument,
    "\n  mutation DecideVolunteerMatch($input: DecideVolunteerMatchInput!) {\n    decideVolunteerMatch(input: $input) {\n      ...VolunteerCouplingFields\n    }\n  }\n": typeof types.DecideVolunteerMatchDocument,
    "\n  mutation CoupleVolunteer($input: CoupleVolunteerInput!) {\n    coupleVolunteer(input: $input) {\n      ...VolunteerCouplingFields\n    }\n  }\n": typeof types.CoupleVolunteerDocument,
    "\n  mutation ReportCouplingProgress($input: CouplingProgressInput!) {\n    reportCouplingProgress(input: $input) {\n      ...VolunteerCouplingFields\n    }\n  }\n": typeof types.ReportCouplingProgressDocument,
    "\n  mutation EndVolunteerCoupling($input: EndCouplingInput!) {\n    endVolunteerCoupling(input: $input) {\n      ...VolunteerCouplingFields\n    }\n  }\n": typeof types.EndVolunteerCouplingDocument,
    "\n  query VolunteerCouplingFigures($year: Int!) {\n    volunteerCouplingFigures(year: $year) {\n      year\n      goalMin\n      goalMax\n      organisations {\n        agencyId\n        agencyName\n        requests\n        couplings\n        active\n        averageDays\n      }\n    }\n  }\n": typeof types.VolunteerCouplingFiguresDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SetMailLanguage($language: String!) {\n    setMailLanguage(language: $language)\n  }\n": types.SetMailLanguageDocument,
    "\n  query MyMailPreferences {\n    myMailPreferences {\n      kind\n      mode\n    }\n  }\n": types.MyMailPreferencesDocument,
    "\n  mutation SetMailPreference($input: SetMailPreferenceInput!) {\n    setMailPreference(input: $input) {\n      kind\n      mode\n    }\n  }\n": types.SetMailPreferenceDocument,
    "\n  mutation ActivateAccount($input: ActivateAccountInput!) {\n    activateAccount(input: $input)\n  }\n": types.ActivateAccountDocument,
    "\n  fragment ManagedUserFields on ManagedUser {\n    id\n    email\n    displayName\n    roles\n    active\n    activated\n    activationExpiresAt\n    leftAt\n    accessReviewedAt\n    accessReviewDueAt\n    accessReviewDue\n  }\n": types.ManagedUserFieldsFragmentDoc,
    "\n  query AgencyUsers {\n    agencyUsers {\n      ...ManagedUserFields\n    }\n  }\n": types.AgencyUsersDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      mailed\n      signsInWithSso\n      activationLink\n      user {\n        ...ManagedUserFields\n      }\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation DisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      ...ManagedUserFields\n    }\n  }\n": types.DisableUserDocument,
    "\n  mutation EnableUser($userId: ID!) {\n    enableUser(userId: $userId) {\n      ...ManagedUserFields\n    }\n  }\n": types.EnableUserDocument,
    "\n  query AccessReviewSummary {\n    accessReviewSummary {\n      dueCount\n      reviewMonths\n    }\n  }\n": types.AccessReviewSummaryDocument,
    "\n  mutation ConfirmUserAccess($userId: ID!) {\n    confirmUserAccess(userId: $userId) {\n      ...ManagedUserFields\n    }\n  }\n": types.ConfirmUserAccessDocument,
    "\n  mutation SetUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      ...ManagedUserFields\n    }\n  }\n": types.SetUserRolesDocument,
    "\n  mutation MoveUserOut($input: MoveUserOutInput!) {\n    moveUserOut(input: $input) {\n      cases\n      actions\n      meetings\n      adoptedActions\n      user {\n        ...ManagedUserFields\n      }\n    }\n  }\n": types.MoveUserOutDocument,
    "\n  fragment RegionAgencyFields on RegionAgency {\n    id\n    name\n    type\n    contactName\n    contactEmail\n    contactPhone\n    covenantSignedVersion\n    covenantSignedOn\n    currentCovenantVersion\n    covenantStatus\n    accessUntil\n    activeUsers\n    agencyAdmins\n    agencyAdminAccounts {\n      displayName\n      email\n      activated\n    }\n    settingsVersion\n  }\n": types.RegionAgencyFieldsFragmentDoc,
    "\n  query RegionAgencies {\n    regionAgencies {\n      ...RegionAgencyFields\n    }\n  }\n": types.RegionAgenciesDocument,
    "\n  query CovenantVersionChoices {\n    covenantVersions {\n      version\n      createdAt\n      approvedAt\n    }\n  }\n": types.CovenantVersionChoicesDocument,
    "\n  mutation CreateRegionAgency($input: RegionAgencyInput!) {\n    createRegionAgency(input: $input) {\n      ...RegionAgencyFields\n    }\n  }\n": types.CreateRegionAgencyDocument,
    "\n  mutation UpdateRegionAgency($input: UpdateRegionAgencyInput!) {\n    updateRegionAgency(input: $input) {\n      ...RegionAgencyFields\n    }\n  }\n": types.UpdateRegionAgencyDocument,
    "\n  mutation RecordCovenantSignature($input: RecordCovenantSignatureInput!) {\n    recordCovenantSignature(input: $input) {\n      ...RegionAgencyFields\n    }\n  }\n": types.RecordCovenantSignatureDocument,
    "\n  mutation InviteAgencyAdmin($input: InviteAgencyAdminInput!) {\n    inviteAgencyAdmin(input: $input) {\n      mailed\n      activationLink\n      user {\n        id\n        email\n      }\n    }\n  }\n": types.InviteAgencyAdminDocument,
    "\n  fragment AgreedApproachContactFields on AgreedApproachContact {\n    agency {\n      id\n      name\n      type\n    }\n    name\n    role\n    phone\n    phoneUri\n    available\n  }\n": types.AgreedApproachContactFieldsFragmentDoc,
    "\n  query AgreedApproachLookups($caseId: ID!) {\n    agreedApproachLookups(caseId: $caseId) {\n      id\n      at\n      userName\n      agency {\n        id\n        name\n      }\n      purposeKind\n      purpose\n      searchKind\n      validity\n    }\n  }\n": types.AgreedApproachLookupsDocument,
    "\n  query CaseAgreedApproach($caseId: ID!) {\n    caseAgreedApproach(caseId: $caseId) {\n      caseId\n      access\n      canEdit\n      canSeeLookups\n      card {\n        instructions\n        validUntil\n        validity\n        revision\n        updatedAt\n        updatedByAgency {\n          id\n          name\n        }\n        contacts {\n          ...AgreedApproachContactFields\n        }\n      }\n    }\n  }\n": types.CaseAgreedApproachDocument,
    "\n  mutation LookupAgreedApproach($input: LookupAgreedApproachInput!) {\n    lookupAgreedApproach(input: $input) {\n      lookedUpAt\n      cards {\n        person {\n          givenNames\n          familyName\n          dateOfBirth\n        }\n        validity\n        validUntil\n        instructions\n        contacts {\n          ...AgreedApproachContactFields\n        }\n        conditions {\n          id\n          kind\n          subject\n          endsOn\n        }\n      }\n    }\n  }\n": types.LookupAgreedApproachDocument,
    "\n  mutation SaveAgreedApproach($input: SaveAgreedApproachInput!) {\n    saveAgreedApproach(input: $input) {\n      caseId\n      card {\n        revision\n      }\n    }\n  }\n": types.SaveAgreedApproachDocument,
    "\n  fragment AreaTeamFields on AreaTeam {\n    id\n    name\n    active\n    version\n    agency {\n      id\n      name\n      type\n    }\n    areas {\n      id\n      name\n    }\n    members {\n      id\n      name\n    }\n  }\n": types.AreaTeamFieldsFragmentDoc,
    "\n  query AreaTeams {\n    areaTeams {\n      ...AreaTeamFields\n    }\n    agencies {\n      id\n      name\n      type\n    }\n    areas(includeInactive: false) {\n      id\n      name\n    }\n  }\n": types.AreaTeamsDocument,
    "\n  query AreaTeamCandidates($agencyId: ID!) {\n    areaTeamCandidates(agencyId: $agencyId) {\n      id\n      name\n    }\n  }\n": types.AreaTeamCandidatesDocument,
    "\n  mutation CreateAreaTeam($input: CreateAreaTeamInput!) {\n    createAreaTeam(input: $input) {\n      ...AreaTeamFields\n    }\n  }\n": types.CreateAreaTeamDocument,
    "\n  mutation UpdateAreaTeam($input: UpdateAreaTeamInput!) {\n    updateAreaTeam(input: $input) {\n      ...AreaTeamFields\n    }\n  }\n": types.UpdateAreaTeamDocument,
    "\n  query AreaPartners($postcode: String!) {\n    areaPartners(postcode: $postcode) {\n      area {\n        id\n        name\n      }\n      teams {\n        id\n        name\n        agency {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n": types.AreaPartnersDocument,
    "\n  query MyAreaTeams {\n    myAreaTeams {\n      id\n      name\n    }\n  }\n": types.MyAreaTeamsDocument,
    "\n  query AreaWorkload($teamId: ID!) {\n    areaWorkload(teamId: $teamId) {\n      minimumCell\n      team {\n        id\n        name\n        areas {\n          id\n          name\n        }\n      }\n      rows {\n        areaId\n        areaName\n        participating\n        inTriage\n        active\n        notParticipating\n      }\n    }\n  }\n": types.AreaWorkloadDocument,
    "\n  query Areas($includeInactive: Boolean!) {\n    areas(includeInactive: $includeInactive) {\n      id\n      name\n      active\n      version\n      ranges {\n        from\n        to\n      }\n    }\n  }\n": types.AreasDocument,
    "\n  query AreaForPostcode($postcode: String!) {\n    areaForPostcode(postcode: $postcode) {\n      id\n      name\n    }\n  }\n": types.AreaForPostcodeDocument,
    "\n  mutation CreateArea($input: CreateAreaInput!) {\n    createArea(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateAreaDocument,
    "\n  mutation UpdateArea($input: UpdateAreaInput!) {\n    updateArea(input: $input) {\n      id\n      name\n      active\n      version\n      ranges {\n        from\n        to\n      }\n    }\n  }\n": types.UpdateAreaDocument,
    "\n  query AreaImportPreview($csv: String!) {\n    areaImportPreview(csv: $csv) {\n      lines {\n        line\n        wijk\n        range\n        status\n        problems {\n          column\n          code\n          otherArea\n        }\n      }\n      fileProblems {\n        code\n      }\n      newAreas\n      changedAreas\n      unchangedAreas\n      errorLines\n      personsReassigned\n    }\n  }\n": types.AreaImportPreviewDocument,
    "\n  mutation ImportAreas($csv: String!) {\n    importAreas(csv: $csv) {\n      lines {\n        line\n        wijk\n        range\n        status\n        problems {\n          column\n          code\n          otherArea\n        }\n      }\n      fileProblems {\n        code\n      }\n      newAreas\n      changedAreas\n      unchangedAreas\n      errorLines\n      personsReassigned\n    }\n  }\n": types.ImportAreasDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logoutSso {\n      endSessionUrl\n    }\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...SessionFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  fragment SessionFields on Me {\n    user {\n      id\n      email\n      displayName\n    }\n    agency {\n      id\n      name\n      type\n    }\n    region {\n      id\n      name\n    }\n    roles\n    csrfToken\n    sessionExpiresAt\n    sessionIdleExpiresAt\n    covenantAccessEndsAt\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  query CasusregisseurCandidates($caseId: ID!) {\n    casusregisseurCandidates(caseId: $caseId) {\n      id\n      displayName\n      agency {\n        id\n        name\n        type\n      }\n    }\n  }\n": types.CasusregisseurCandidatesDocument,
    "\n  mutation AppointCasusregisseur($input: AppointCasusregisseurInput!) {\n    appointCasusregisseur(input: $input)\n  }\n": types.AppointCasusregisseurDocument,
    "\n  mutation EndCaseParticipation($input: EndCaseParticipationInput!) {\n    endCaseParticipation(input: $input) {\n      id\n      active\n      endedAt\n      endReason\n    }\n  }\n": types.EndCaseParticipationDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      active\n    }\n  }\n": types.RecordConsentDocument,
    "\n  mutation WithdrawConsent($consentId: ID!) {\n    withdrawConsent(consentId: $consentId) {\n      id\n      active\n      withdrawnAt\n    }\n  }\n": types.WithdrawConsentDocument,
    "\n  mutation RecordConflictOfDutiesDecision($input: RecordConflictOfDutiesDecisionInput!) {\n    recordConflictOfDutiesDecision(input: $input) {\n      id\n      active\n    }\n  }\n": types.RecordConflictOfDutiesDecisionDocument,
    "\n  mutation WithdrawConflictOfDutiesDecision($decisionId: ID!) {\n    withdrawConflictOfDutiesDecision(decisionId: $decisionId) {\n      id\n      active\n      withdrawnAt\n    }\n  }\n": types.WithdrawConflictOfDutiesDecisionDocument,
    "\n  mutation BreakGlass($input: BreakGlassInput!) {\n    breakGlass(input: $input) {\n      id\n      caseId\n      expiresAt\n    }\n  }\n": types.BreakGlassDocument,
    "\n  mutation AddCaseParticipant($input: AddCaseParticipantInput!) {\n    addCaseParticipant(input: $input) {\n      id\n      caseId\n      reasonAccess\n    }\n  }\n": types.AddCaseParticipantDocument,
    "\n  mutation AddInformationItem($input: AddInformationItemInput!) {\n    addInformationItem(input: $input) {\n      id\n      caseId\n      category\n    }\n  }\n": types.AddInformationItemDocument,
    "\n  fragment AddressProposalFields on ReferralAddressProposal {\n    id\n    caseId\n    status\n    proposedByAgency\n    proposedAt\n    decidedByName\n    decidedAt\n    proposed {\n      street\n      houseNumber\n      postcode\n      city\n    }\n    current {\n      street\n      houseNumber\n      postcode\n      city\n    }\n  }\n": types.AddressProposalFieldsFragmentDoc,
    "\n  query ReferralAddressProposals($caseId: ID!) {\n    referralAddressProposals(caseId: $caseId) {\n      ...AddressProposalFields\n    }\n  }\n": types.ReferralAddressProposalsDocument,
    "\n  mutation DecideReferralAddressProposal($input: DecideAddressProposalInput!) {\n    decideReferralAddressProposal(input: $input) {\n      ...AddressProposalFields\n    }\n  }\n": types.DecideReferralAddressProposalDocument,
    "\n  query Agencies {\n    agencies {\n      id\n      name\n      type\n    }\n  }\n": types.AgenciesDocument,
    "\n  query CaseAsAgency($caseId: ID!, $agencyId: ID!) {\n    caseAsAgency(caseId: $caseId, agencyId: $agencyId) {\n      agency {\n        id\n        name\n        type\n      }\n      caseId\n      reference\n      canReadCase\n      targetBasis\n      withheldBecause\n      viewerCanReadCase\n      subject {\n        field\n        category\n        targetAccess\n        targetBasis\n        withheldBecause\n        access\n        value\n      }\n      categories {\n        category\n        targetAccess\n        targetBasis\n        withheldBecause\n        access\n        itemCount\n      }\n      items {\n        id\n        category\n        createdAt\n        sourceAgency {\n          id\n          name\n        }\n        targetAccess\n        targetBasis\n        withheldBecause\n        access\n        text\n        summary\n      }\n    }\n  }\n": types.CaseAsAgencyDocument,
    "\n  query CaseConsents($caseId: ID!) {\n    consents(caseId: $caseId) {\n      id\n      category\n      active\n      caseId\n      givenAt\n      validUntil\n      evidence\n      withdrawnAt\n      recipientAgency {\n        id\n        name\n        type\n      }\n      recordedByAgency {\n        id\n        name\n        type\n      }\n    }\n    conflictOfDutiesDecisions(caseId: $caseId) {\n      id\n      category\n      active\n      decidedAt\n      decidedBy\n      withdrawnAt\n      reasoning\n      decidedByAgency {\n        id\n        name\n        type\n      }\n      recipientAgency {\n        id\n        name\n        type\n      }\n    }\n  }\n": types.CaseConsentsDocument,
    "\n  fragment CaseDetailFields on Case {\n    id\n    reference\n    theme\n    status\n    createdAt\n    updatedAt\n    accessBasis\n    readOnly\n    viewedAs {\n      id\n      name\n      type\n    }\n    referringAgency {\n      id\n      name\n      type\n    }\n    casusregisseurAgency {\n      id\n      name\n      type\n    }\n    casusregisseur {\n      id\n      displayName\n    }\n    subject {\n      id\n      givenNames {\n        ...ProtectedStringFields\n      }\n      familyName {\n        ...ProtectedStringFields\n      }\n      dateOfBirth {\n        ...ProtectedStringFields\n      }\n      bsn {\n        ...ProtectedStringFields\n      }\n      address {\n        access\n        category\n        value {\n          street\n          houseNumber\n          postcode\n          city\n          wijk\n        }\n      }\n    }\n    categoryAccess {\n      category\n      access\n      accessBasis\n      canWrite\n    }\n    informationItems {\n      ...InformationItemFields\n    }\n    informationItemCounts {\n      category\n      count\n    }\n    participants(includeEnded: true) {\n      id\n      active\n      role\n      reason\n      reasonAccess\n      reasonCategories\n      legalBasis\n      startedAt\n      endedAt\n      endReason\n      agency {\n        id\n        name\n        type\n      }\n    }\n  }\n": types.CaseDetailFieldsFragmentDoc,
    "\n  fragment CaseListItemFields on Case {\n    id\n    reference\n    theme\n    status\n    updatedAt\n    subject {\n      id\n      givenNames {\n        ...ProtectedStringFields\n      }\n      familyName {\n        ...ProtectedStringFields\n      }\n    }\n    casusregisseurAgency {\n      id\n      name\n      type\n    }\n  }\n": types.CaseListItemFieldsFragmentDoc,
    "\n  query CaseMeetings($from: DateTime!, $to: DateTime!) {\n    myMeetings(from: $from, to: $to) {\n      id\n      startsAt\n      endsAt\n      status\n      location\n      agenda {\n        startsAt\n        endsAt\n        hidden\n        item {\n          id\n          caseId\n          status\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n": types.CaseMeetingsDocument,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseDetailFields\n    }\n  }\n": types.CaseDocument,
    "\n  query Cases($first: Int!, $after: String, $filter: CasesFilterInput) {\n    cases(first: $first, after: $after, filter: $filter) {\n      nodes {\n        ...CaseListItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.CasesDocument,
    "\n  mutation RectifyInformationItem($input: RectifyInformationItemInput!) {\n    rectifyInformationItem(input: $input) {\n      id\n      kind\n      changedAt\n      item {\n        ...InformationItemFields\n      }\n    }\n  }\n": types.RectifyInformationItemDocument,
    "\n  mutation EraseInformationItem($input: EraseInformationItemInput!) {\n    eraseInformationItem(input: $input) {\n      id\n      kind\n      changedAt\n    }\n  }\n": types.EraseInformationItemDocument,
    "\n  fragment InformationItemFields on InformationItem {\n    id\n    caseId\n    category\n    access\n    accessBasis\n    legalBasis\n    createdAt\n    summary\n    text\n    cursor\n    revision\n    rectifiedAt\n    mayChange\n    sourceAgency {\n      id\n      name\n      type\n    }\n  }\n": types.InformationItemFieldsFragmentDoc,
    "\n  query OlderInformationItems(\n    $caseId: ID!\n    $category: InformationCategory!\n    $after: String!\n    $first: Int!\n  ) {\n    informationItems(caseId: $caseId, category: $category, after: $after, first: $first) {\n      ...InformationItemFields\n    }\n  }\n": types.OlderInformationItemsDocument,
    "\n  fragment ProtectedStringFields on ProtectedString {\n    access\n    category\n    value\n  }\n": types.ProtectedStringFieldsFragmentDoc,
    "\n  fragment CovenantFields on Covenant {\n    version\n    createdAt\n    createdBy\n    note\n    current\n    entries {\n      agencyType\n      agency {\n        id\n        name\n        type\n      }\n      category\n      read\n      readSummary\n      write\n    }\n  }\n": types.CovenantFieldsFragmentDoc,
    "\n  mutation ProposeCovenantChange($input: UpdateCovenantInput!) {\n    proposeCovenantChange(input: $input) {\n      ...CovenantProposalFields\n    }\n  }\n": types.ProposeCovenantChangeDocument,
    "\n  mutation ApproveCovenantProposal($input: DecideCovenantProposalInput!) {\n    approveCovenantProposal(input: $input) {\n      ...CovenantProposalFields\n    }\n  }\n": types.ApproveCovenantProposalDocument,
    "\n  mutation RejectCovenantProposal($input: DecideCovenantProposalInput!) {\n    rejectCovenantProposal(input: $input) {\n      ...CovenantProposalFields\n    }\n  }\n": types.RejectCovenantProposalDocument,
    "\n  fragment CovenantProposalFields on CovenantProposal {\n    id\n    status\n    baseVersion\n    resultingVersion\n    note\n    proposedBy\n    proposedAt\n    decidedBy\n    decidedAt\n    decisionReason\n    canDecide\n    changes {\n      agencyType\n      agency {\n        id\n        name\n      }\n      category\n      before {\n        read\n        readSummary\n        write\n      }\n      after {\n        read\n        readSummary\n        write\n      }\n    }\n  }\n": types.CovenantProposalFieldsFragmentDoc,
    "\n  query CovenantProposals {\n    covenantProposals {\n      ...CovenantProposalFields\n    }\n  }\n": types.CovenantProposalsDocument,
    "\n  query Covenant($version: Int) {\n    covenant(version: $version) {\n      ...CovenantFields\n    }\n    covenantVersions {\n      version\n      createdAt\n      createdBy\n      approvedBy\n      approvedAt\n      note\n    }\n    covenantLegalCeiling {\n      category\n      regime\n      read\n      readSummary\n      write\n    }\n  }\n": types.CovenantDocument,
    "\n  fragment DataSubjectRequestPartTaskFields on DataSubjectRequestPartTask {\n    id\n    requestId\n    requestType\n    requestStatus\n    agencyName\n    givenNames\n    familyName\n    dateOfBirth\n    receivedOn\n    deadline\n    daysLeft\n    reviewStatus\n    reviewStartedAt\n    releasedAt\n    releasedByName\n    releaseNote\n    revision\n  }\n": types.DataSubjectRequestPartTaskFieldsFragmentDoc,
    "\n  query DataSubjectRequestPartTasks {\n    dataSubjectRequestPartTasks {\n      ...DataSubjectRequestPartTaskFields\n    }\n  }\n": types.DataSubjectRequestPartTasksDocument,
    "\n  query DataSubjectRequestPartReview($id: ID!) {\n    dataSubjectRequestPartReview(id: $id) {\n      part {\n        ...DataSubjectRequestPartTaskFields\n      }\n      participations {\n        caseReference\n        role\n        from\n        until\n        legalBasis\n      }\n      items {\n        date\n        category\n        caseReference\n        legalBasis\n        text\n      }\n      planActions {\n        caseReference\n        description\n        dueDate\n        status\n      }\n    }\n  }\n": types.DataSubjectRequestPartReviewDocument,
    "\n  mutation StartDataSubjectRequestPartReview($input: StartDataSubjectRequestPartReviewInput!) {\n    startDataSubjectRequestPartReview(input: $input) {\n      ...DataSubjectRequestPartTaskFields\n    }\n  }\n": types.StartDataSubjectRequestPartReviewDocument,
    "\n  mutation ReleaseDataSubjectRequestPart($input: ReleaseDataSubjectRequestPartInput!) {\n    releaseDataSubjectRequestPart(input: $input) {\n      ...DataSubjectRequestPartTaskFields\n    }\n  }\n": types.ReleaseDataSubjectRequestPartDocument,
    "\n  fragment DataSubjectRequestSummary on DataSubjectRequest {\n    id\n    type\n    status\n    personId\n    givenNames\n    familyName\n    receivedOn\n    deadline\n    overdue\n    daysLeft\n    partsTotal\n    partsDone\n    revision\n  }\n": types.DataSubjectRequestSummaryFragmentDoc,
    "\n  fragment DataSubjectRequestDetail on DataSubjectRequest {\n    ...DataSubjectRequestSummary\n    dateOfBirth\n    bsn\n    identityVerification\n    originalDeadline\n    extendedDeadline\n    extensionReason\n    includeEmployeeNames\n    outcome\n    closedAt\n    parts {\n      id\n      agencyId\n      agencyName\n      agencyType\n      status\n      note\n      revision\n      updatedAt\n      updatedByName\n      reviewStatus\n      releasedAt\n      releasedByName\n      releaseNote\n    }\n  }\n": types.DataSubjectRequestDetailFragmentDoc,
    "\n  query DataSubjectRequests {\n    dataSubjectRequests {\n      ...DataSubjectRequestSummary\n    }\n  }\n": types.DataSubjectRequestsDocument,
    "\n  query DataSubjectRequest($id: ID!) {\n    dataSubjectRequest(id: $id) {\n      ...DataSubjectRequestDetail\n    }\n  }\n": types.DataSubjectRequestDocument,
    "\n  query DataSubjectPersonCandidates($input: SearchPersonsInput!) {\n    dataSubjectPersonCandidates(input: $input) {\n      id\n      givenNames\n      familyName\n      dateOfBirth\n      bsn\n      city\n      agenciesHoldingData\n    }\n  }\n": types.DataSubjectPersonCandidatesDocument,
    "\n  mutation RegisterDataSubjectRequest($input: RegisterDataSubjectRequestInput!) {\n    registerDataSubjectRequest(input: $input) {\n      ...DataSubjectRequestDetail\n    }\n  }\n": types.RegisterDataSubjectRequestDocument,
    "\n  mutation ChangeDataSubjectRequestStatus($input: ChangeDataSubjectRequestStatusInput!) {\n    changeDataSubjectRequestStatus(input: $input) {\n      ...DataSubjectRequestDetail\n    }\n  }\n": types.ChangeDataSubjectRequestStatusDocument,
    "\n  mutation ExtendDataSubjectRequest($input: ExtendDataSubjectRequestInput!) {\n    extendDataSubjectRequest(input: $input) {\n      ...DataSubjectRequestDetail\n    }\n  }\n": types.ExtendDataSubjectRequestDocument,
    "\n  mutation UpdateDataSubjectRequestPart($input: UpdateDataSubjectRequestPartInput!) {\n    updateDataSubjectRequestPart(input: $input) {\n      ...DataSubjectRequestDetail\n    }\n  }\n": types.UpdateDataSubjectRequestPartDocument,
    "\n  fragment LifeDomainMomentFields on LifeDomainScoreMoment {\n    moment\n    planVersionId\n    planVersionNumber\n    planAdoptedOn\n    assessment {\n      id\n      revision\n      recordedAt\n      updatedAt\n      recordedByAgency {\n        id\n        name\n      }\n      scores {\n        domain\n        category\n        access\n        score\n      }\n    }\n  }\n": types.LifeDomainMomentFieldsFragmentDoc,
    "\n  query CaseLifeDomainScores($caseId: ID!) {\n    caseLifeDomainScores(caseId: $caseId) {\n      caseId\n      scorableDomains\n      moments {\n        ...LifeDomainMomentFields\n      }\n    }\n    casePlan(caseId: $caseId) {\n      caseId\n      adopted {\n        id\n        number\n        goals {\n          id\n          lifeDomain\n          description\n        }\n      }\n      draft {\n        id\n        number\n        goals {\n          id\n          lifeDomain\n          description\n        }\n      }\n    }\n  }\n": types.CaseLifeDomainScoresDocument,
    "\n  mutation ScoreLifeDomains($input: ScoreLifeDomainsInput!) {\n    scoreLifeDomains(input: $input) {\n      ...LifeDomainMomentFields\n    }\n  }\n": types.ScoreLifeDomainsDocument,
    "\n  query MyMeetings($from: DateTime!, $to: DateTime!) {\n    myMeetings(from: $from, to: $to) {\n      ...MeetingSummaryFields\n    }\n  }\n": types.MyMeetingsDocument,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n": types.MeetingDocument,
    "\n  subscription MeetingUpdates($meetingId: ID!, $afterEventId: ID) {\n    meetingUpdates(meetingId: $meetingId, afterEventId: $afterEventId) {\n      eventId\n      kind\n      itemId\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": types.MeetingUpdatesDocument,
    "\n  query PlannerCases($first: Int!) {\n    cases(first: $first, filter: { statuses: [IN_TRIAGE, ACCEPTED, ACTIVE] }) {\n      nodes {\n        id\n        reference\n        status\n        subject {\n          id\n          givenNames {\n            ...ProtectedStringFields\n          }\n          familyName {\n            ...ProtectedStringFields\n          }\n        }\n      }\n    }\n  }\n": types.PlannerCasesDocument,
    "\n  query CaseParticipantAgencies($id: ID!) {\n    case(id: $id) {\n      id\n      participants {\n        id\n        active\n        agency {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n": types.CaseParticipantAgenciesDocument,
    "\n  mutation PlanMeeting($input: PlanMeetingInput!) {\n    planMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.PlanMeetingDocument,
    "\n  mutation AddMeetingItem($input: AddMeetingItemInput!) {\n    addMeetingItem(input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.AddMeetingItemDocument,
    "\n  mutation RemoveMeetingItem($itemId: ID!) {\n    removeMeetingItem(itemId: $itemId) {\n      ...MeetingFields\n    }\n  }\n": types.RemoveMeetingItemDocument,
    "\n  mutation StartMeeting($meetingId: ID!) {\n    startMeeting(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n": types.StartMeetingDocument,
    "\n  mutation SetCurrentMeetingItem($input: SetCurrentMeetingItemInput!) {\n    setCurrentMeetingItem(input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.SetCurrentMeetingItemDocument,
    "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  mutation SaveMeetingItemMinutes($input: SaveMeetingItemMinutesInput!) {\n    saveMeetingItemMinutes(input: $input) {\n      ...MeetingFields\n    }\n  }\n": types.SaveMeetingItemMinutesDocument,
    "\n  mutation CloseMeeting($meetingId: ID!) {\n    closeMeeting(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n": types.CloseMeetingDocument,
    "\n  fragment MeetingFields on Meeting {\n    id\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    status\n    startedAt\n    closedAt\n    isChair\n    lastEventId\n    chair {\n      id\n      displayName\n    }\n    agenda {\n      startsAt\n      endsAt\n      hidden\n      current\n      item {\n        id\n        caseId\n        caseReference\n        personName\n        personNameAccess\n        startsAt\n        endsAt\n        status\n        minutes\n        decisions\n        minutesAccess\n        minutesUpdatedAt\n        revision\n        invitees {\n          id\n          name\n          type\n        }\n        attendance {\n          agency {\n            id\n            name\n          }\n          present\n        }\n      }\n    }\n  }\n": types.MeetingFieldsFragmentDoc,
    "\n  fragment MeetingSummaryFields on Meeting {\n    id\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    status\n    chair {\n      id\n      displayName\n    }\n    agenda {\n      startsAt\n      endsAt\n      hidden\n      item {\n        id\n        caseReference\n        personName\n      }\n    }\n  }\n": types.MeetingSummaryFieldsFragmentDoc,
    "\n  mutation CompleteLoginWithCode($input: SecondFactorCodeInput!) {\n    completeLoginWithCode(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.CompleteLoginWithCodeDocument,
    "\n  mutation LoginPasskeyOptions {\n    loginPasskeyOptions\n  }\n": types.LoginPasskeyOptionsDocument,
    "\n  mutation CompleteLoginWithPasskey($response: String!) {\n    completeLoginWithPasskey(response: $response) {\n      ...SessionFields\n    }\n  }\n": types.CompleteLoginWithPasskeyDocument,
    "\n  mutation StartLoginTotpEnrolment {\n    startLoginTotpEnrolment {\n      secret\n      otpauthUri\n      qrCode\n    }\n  }\n": types.StartLoginTotpEnrolmentDocument,
    "\n  mutation ConfirmLoginTotpEnrolment($input: SecondFactorCodeInput!) {\n    confirmLoginTotpEnrolment(input: $input) {\n      me {\n        ...SessionFields\n      }\n      recoveryCodes\n    }\n  }\n": types.ConfirmLoginTotpEnrolmentDocument,
    "\n  query MySecondFactors {\n    mySecondFactors {\n      required\n      totp\n      recoveryCodesLeft\n      stepUpFresh\n      passkeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n": types.MySecondFactorsDocument,
    "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n      qrCode\n    }\n  }\n": types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($input: SecondFactorCodeInput!) {\n    confirmTotpEnrolment(input: $input)\n  }\n": types.ConfirmTotpEnrolmentDocument,
    "\n  mutation RemoveTotp {\n    removeTotp {\n      totp\n    }\n  }\n": types.RemoveTotpDocument,
    "\n  mutation RegenerateRecoveryCodes {\n    regenerateRecoveryCodes\n  }\n": types.RegenerateRecoveryCodesDocument,
    "\n  mutation PasskeyRegistrationOptions {\n    passkeyRegistrationOptions\n  }\n": types.PasskeyRegistrationOptionsDocument,
    "\n  mutation RegisterPasskey($input: PasskeyResponseInput!) {\n    registerPasskey(input: $input)\n  }\n": types.RegisterPasskeyDocument,
    "\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id) {\n      totp\n    }\n  }\n": types.RemovePasskeyDocument,
    "\n  mutation StepUp($input: SecondFactorCodeInput!) {\n    stepUp(input: $input) {\n      stepUpFresh\n    }\n  }\n": types.StepUpDocument,
    "\n  mutation StepUpPasskeyOptions {\n    stepUpPasskeyOptions\n  }\n": types.StepUpPasskeyOptionsDocument,
    "\n  mutation StepUpWithPasskey($response: String!) {\n    stepUpWithPasskey(response: $response) {\n      stepUpFresh\n    }\n  }\n": types.StepUpWithPasskeyDocument,
    "\n  mutation LoginPasskeyRegistrationOptions {\n    loginPasskeyRegistrationOptions\n  }\n": types.LoginPasskeyRegistrationOptionsDocument,
    "\n  mutation ConfirmLoginPasskeyEnrolment($input: PasskeyResponseInput!) {\n    confirmLoginPasskeyEnrolment(input: $input) {\n      me {\n        ...SessionFields\n      }\n      recoveryCodes\n    }\n  }\n": types.ConfirmLoginPasskeyEnrolmentDocument,
    "\n  query StepUpRoute {\n    mySecondFactors {\n      stepUpFresh\n      stepUpAtProvider\n    }\n  }\n": types.StepUpRouteDocument,
    "\n  query StepUpNeeded {\n    mySecondFactors {\n      required\n      totp\n      stepUpFresh\n      passkeys {\n        id\n      }\n    }\n  }\n": types.StepUpNeededDocument,
    "\n  query CaseClosure($caseId: ID!) {\n    caseClosure(caseId: $caseId) {\n      ...CaseClosureFields\n    }\n  }\n": types.CaseClosureDocument,
    "\n  fragment CaseClosureFields on CaseClosure {\n    caseId\n    outcome\n    reason\n    closedAt\n    graceDays\n    accessEndsAt\n    closedByAgency {\n      id\n      name\n    }\n  }\n": types.CaseClosureFieldsFragmentDoc,
    "\n  query CaseTimeline($caseId: ID!) {\n    caseTimeline(caseId: $caseId) {\n      id\n      kind\n      at\n      actorAgency {\n        id\n        name\n      }\n      params {\n        key\n        value\n      }\n    }\n  }\n": types.CaseTimelineDocument,
    "\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) {\n      ...CaseClosureFields\n    }\n  }\n": types.CloseCaseDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query MonitoringDashboard {\n    monitoringDashboard {\n      openReferrals\n      oldestReferral {\n        caseId\n        reference\n        since\n        waitingDays\n      }\n      byStatus {\n        status\n        count\n      }\n      byWijk {\n        wijk\n        withheld\n        openCount\n        totalCount\n      }\n    }\n  }\n": types.MonitoringDashboardDocument,
    "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      unreadCount\n      items {\n        id\n        kind\n        caseId\n        personName\n        personNameAccess\n        params {\n          key\n          value\n        }\n        createdAt\n        readAt\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  query DashboardOverdueActions($first: Int!) {\n    overdueActions(first: $first) {\n      totalCount\n      totalCountCapped\n      nodes {\n        id\n        caseId\n        caseReference\n        personName\n        personNameAccess\n        description\n        dueDate\n        ownerAgency {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DashboardOverdueActionsDocument,
    "\n  query RegionSettings {\n    regionSettings {\n      closingGraceDays\n    }\n  }\n": types.RegionSettingsDocument,
    "\n  mutation UpdateRegionSettings($input: UpdateRegionSettingsInput!) {\n    updateRegionSettings(input: $input) {\n      closingGraceDays\n    }\n  }\n": types.UpdateRegionSettingsDocument,
    "\n  query UnreadNotifications {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationsDocument,
    "\n  query OutcomeReport($filter: OutcomeReportFilter) {\n    outcomeReport(filter: $filter) {\n      from\n      to\n      minCellSize\n      withheldCells\n      areas {\n        id\n        name\n      }\n      cells {\n        ...OutcomeFigureFields\n      }\n      quarters {\n        ...OutcomeFigureFields\n      }\n      total {\n        ...OutcomeFigureFields\n      }\n    }\n  }\n\n  fragment OutcomeFigureFields on OutcomeFigures {\n    quarter\n    areaId\n    areaName\n    theme\n    referred\n    triaged\n    averageDaysToTriage\n    planned\n    averageDaysToPlan\n    actionCases\n    actionsDue\n    actionsOnTime\n    closed\n    outcomes {\n      outcome\n      cases\n    }\n    lifeDomains {\n      domain\n      cases\n      averageChange\n    }\n    signalCases\n    signals\n    couplingCases\n    couplings\n  }\n": types.OutcomeReportDocument,
    "\n  query CasePlan($caseId: ID!) {\n    casePlan(caseId: $caseId) {\n      caseId\n      canEdit\n      canAdopt\n      readOnly\n      ownerAgencies {\n        id\n        name\n      }\n      notes {\n        id\n        actionKey\n        text\n        createdAt\n        author {\n          id\n          displayName\n        }\n        authorAgency {\n          id\n          name\n        }\n      }\n      draft {\n        ...PlanVersionFields\n      }\n      adopted {\n        ...PlanVersionFields\n      }\n    }\n  }\n": types.CasePlanDocument,
    "\n  query MyActions($first: Int, $after: String, $filter: MyActionsFilterInput) {\n    myActions(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        key\n        caseId\n        caseReference\n        personName\n        personNameAccess\n        versionNumber\n        versionStatus\n        lifeDomain\n        goal\n        description\n        dueDate\n        status\n        statusRevision\n        overdue\n        ownerUser {\n          id\n          displayName\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.MyActionsDocument,
    "\n  query PlanVersions($caseId: ID!) {\n    planVersions(caseId: $caseId) {\n      id\n      number\n      status\n      adoptedOn\n      basedOnNumber\n      goalCount\n      actionCount\n      adoptedByAgency {\n        id\n        name\n      }\n    }\n  }\n": types.PlanVersionsDocument,
    "\n  query PlanVersionDiff($caseId: ID!, $from: Int!, $to: Int!) {\n    planVersionDiff(caseId: $caseId, from: $from, to: $to) {\n      kind\n      field\n      lifeDomain\n      goal\n      action\n      from\n      to\n    }\n  }\n": types.PlanVersionDiffDocument,
    "\n  mutation StartPlanRevision($input: StartPlanRevisionInput!) {\n    startPlanRevision(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n": types.StartPlanRevisionDocument,
    "\n  mutation AddPlanGoal($input: AddPlanGoalInput!) {\n    addPlanGoal(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n": types.AddPlanGoalDocument,
    "\n  mutation AddPlanAction($input: AddPlanActionInput!) {\n    addPlanAction(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n": types.AddPlanActionDocument,
    "\n  mutation RemovePlanAction($input: RemovePlanActionInput!) {\n    removePlanAction(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n": types.RemovePlanActionDocument,
    "\n  mutation AdoptPlanVersion($input: AdoptPlanVersionInput!) {\n    adoptPlanVersion(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n": types.AdoptPlanVersionDocument,
    "\n  mutation UpdatePlanActionStatus($input: UpdatePlanActionStatusInput!) {\n    updatePlanActionStatus(input: $input) {\n      id\n      status\n      statusRevision\n      overdue\n    }\n  }\n": types.UpdatePlanActionStatusDocument,
    "\n  mutation AddPlanActionNote($input: AddPlanActionNoteInput!) {\n    addPlanActionNote(input: $input) {\n      id\n      actionKey\n    }\n  }\n": types.AddPlanActionNoteDocument,
    "\n  query PlanPrintCase($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      status\n      subject {\n        id\n        givenNames {\n          ...ProtectedStringFields\n        }\n        familyName {\n          ...ProtectedStringFields\n        }\n        dateOfBirth {\n          ...ProtectedStringFields\n        }\n      }\n      casusregisseurAgency {\n        id\n        name\n        type\n      }\n      casusregisseur {\n        id\n        displayName\n      }\n    }\n  }\n": types.PlanPrintCaseDocument,
    "\n  fragment PlanVersionFields on PlanVersion {\n    id\n    caseId\n    number\n    status\n    revision\n    basedOnNumber\n    adoptedOn\n    adoptedByAgency {\n      id\n      name\n    }\n    goals {\n      id\n      key\n      lifeDomain\n      description\n      actions {\n        id\n        key\n        description\n        dueDate\n        status\n        statusRevision\n        overdue\n        ownerActive\n        noteCount\n        ownerAgency {\n          id\n          name\n        }\n        ownerUser {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.PlanVersionFieldsFragmentDoc,
    "\n  query AuditEvents($filter: AuditEventFilterInput, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      hasMore\n      endCursor\n      items {\n        id\n        seq\n        occurredAt\n        actor {\n          id\n          name\n          email\n        }\n        agency {\n          id\n          name\n          type\n        }\n        roles\n        onBehalfOf {\n          id\n          name\n          email\n        }\n        action\n        result\n        operation\n        caseId\n        caseReference\n        personCount\n        personIds\n        persons {\n          id\n          name\n        }\n        recordType\n        recordName\n        categories\n        accessBasis\n        purpose\n        reasonCode\n        detail\n        originAddress\n        requestId\n        review {\n          id\n          verdict\n          note\n          reviewedAt\n          reviewer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditPersonLookup($bsn: String!) {\n    auditPersonLookup(bsn: $bsn) {\n      id\n      displayName\n      dateOfBirth\n    }\n  }\n": types.AuditPersonLookupDocument,
    "\n  query AuditChainStatus {\n    auditChainStatus {\n      intact\n      checked\n      firstBrokenId\n      firstBrokenSeq\n      reason\n      verifiedAt\n    }\n  }\n": types.AuditChainStatusDocument,
    "\n  query OpenBreakGlassReviewCount {\n    openBreakGlassReviewCount\n  }\n": types.OpenBreakGlassReviewCountDocument,
    "\n  query BreakGlassReviewQueue {\n    breakGlassReviewQueue {\n      openCount\n      items {\n        eventId\n        occurredAt\n        actor {\n          id\n          name\n          email\n        }\n        agency {\n          id\n          name\n          type\n        }\n        caseReference\n        reason\n        expiresAt\n        personIds\n      }\n    }\n  }\n": types.BreakGlassReviewQueueDocument,
    "\n  mutation ReviewBreakGlass($input: ReviewBreakGlassInput!) {\n    reviewBreakGlass(input: $input) {\n      id\n      eventId\n      verdict\n      note\n      reviewedAt\n    }\n  }\n": types.ReviewBreakGlassDocument,
    "\n  query AuditAnomalies($from: String!, $to: String!) {\n    auditAnomalies(from: $from, to: $to) {\n      from\n      to\n      outsideParticipation {\n        day\n        user {\n          id\n          name\n          email\n        }\n        agency {\n          id\n          name\n        }\n        personId\n        personName\n        eventCount\n        actions\n        operations\n        purposes\n        accessBases\n        lookupOnly\n        firstAt\n        lastAt\n      }\n      outsideParticipationTruncated\n      volume {\n        day\n        user {\n          id\n          name\n          email\n        }\n        agency {\n          id\n          name\n        }\n        eventCount\n        medianDaily\n        roles\n        roleMedianDaily\n        roleDays\n        threshold\n      }\n      volumeMinimum\n      volumeFactor\n      volumeBaselineDays\n    }\n  }\n": types.AuditAnomaliesDocument,
    "\n  query PrivacyOfficeAgencies {\n    agencies {\n      id\n      name\n      type\n    }\n  }\n": types.PrivacyOfficeAgenciesDocument,
    "\n  query ReferralPersonLookup($input: ReferralPersonLookupInput!) {\n    referralPersonLookup(input: $input) {\n      caseIds\n      person {\n        id\n        givenNames {\n          access\n          value\n        }\n        familyName {\n          access\n          value\n        }\n        dateOfBirth {\n          access\n          value\n        }\n        address {\n          access\n          value {\n            wijk\n          }\n        }\n      }\n    }\n  }\n": types.ReferralPersonLookupDocument,
    "\n  query ReferralReasonCategories {\n    referralReasonCategories\n  }\n": types.ReferralReasonCategoriesDocument,
    "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      caseId\n      reference\n      status\n    }\n  }\n": types.CreateReferralDocument,
    "\n  query TriageQueue {\n    triageQueue {\n      ...TriageReferralFields\n    }\n  }\n": types.TriageQueueDocument,
    "\n  fragment TriageReferralFields on Referral {\n    caseId\n    reference\n    theme\n    status\n    referredAt\n    waitingDays\n    referringAgency {\n      id\n      name\n      type\n    }\n    referredByName\n    person {\n      id\n      givenNames {\n        access\n        value\n      }\n      familyName {\n        access\n        value\n      }\n      dateOfBirth {\n        access\n        value\n      }\n    }\n    reason\n    goal\n    reasonAccess\n    reasonCategories\n    proposedAgencies {\n      id\n      name\n      type\n    }\n    personInformed\n    notInformedReason\n    possibleMatches {\n      personId\n      givenNames\n      familyName\n      dateOfBirth\n      wijk\n      caseCount\n      bsnMatches\n    }\n    areaTeams {\n      id\n      name\n      agency {\n        id\n        name\n      }\n      areas {\n        id\n        name\n      }\n    }\n    bsnConflict\n    matchDecision\n    canDecide\n  }\n": types.TriageReferralFieldsFragmentDoc,
    "\n  mutation DecideReferral($input: DecideReferralInput!) {\n    decideReferral(input: $input) {\n      caseId\n      reference\n      status\n      decision\n    }\n  }\n": types.DecideReferralDocument,
    "\n  query RegionalSettings {\n    regionalSettings {\n      name\n      contactEmail\n      contactPhone\n      accessReviewMonths\n      covenantGraceDays\n      closingGraceDays\n      wgsContactEmail\n      wgsContactPhone\n      wgsContactAddress\n      volunteerGoalMin\n      volunteerGoalMax\n      version\n    }\n  }\n": types.RegionalSettingsDocument,
    "\n  mutation UpdateRegionalSettings($input: UpdateRegionalSettingsInput!) {\n    updateRegionalSettings(input: $input) {\n      name\n      contactEmail\n      contactPhone\n      accessReviewMonths\n      covenantGraceDays\n      closingGraceDays\n      wgsContactEmail\n      wgsContactPhone\n      wgsContactAddress\n      volunteerGoalMin\n      volunteerGoalMax\n      version\n    }\n  }\n": types.UpdateRegionalSettingsDocument,
    "\n  query Retention {\n    retentionPeriods {\n      category\n      months\n      source\n      revision\n      updatedAt\n      updatedByName\n    }\n    deletionRecords(first: 20) {\n      id\n      scope\n      caseStatus\n      closedOn\n      deletedAt\n      categories\n      rowCount\n      personDeleted\n    }\n  }\n": types.RetentionDocument,
    "\n  query LegalHolds {\n    legalHolds {\n      ...LegalHoldFields\n    }\n  }\n": types.LegalHoldsDocument,
    "\n  fragment LegalHoldFields on LegalHold {\n    id\n    caseReference\n    caseStatus\n    closedAt\n    reason\n    setAt\n    setByName\n    releasedAt\n  }\n": types.LegalHoldFieldsFragmentDoc,
    "\n  mutation UpdateRetentionPeriod($input: UpdateRetentionPeriodInput!) {\n    updateRetentionPeriod(input: $input) {\n      category\n      months\n      source\n      revision\n      updatedAt\n      updatedByName\n    }\n  }\n": types.UpdateRetentionPeriodDocument,
    "\n  mutation SetLegalHold($input: SetLegalHoldInput!) {\n    setLegalHold(input: $input) {\n      ...LegalHoldFields\n    }\n  }\n": types.SetLegalHoldDocument,
    "\n  mutation ReleaseLegalHold($input: ReleaseLegalHoldInput!) {\n    releaseLegalHold(input: $input) {\n      ...LegalHoldFields\n    }\n  }\n": types.ReleaseLegalHoldDocument,
    "\n  query SearchCases($text: String!, $first: Int!) {\n    searchCases(text: $text, first: $first) {\n      nodes {\n        ...CaseListItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.SearchCasesDocument,
    "\n  mutation ExtendSession {\n    extendSession\n  }\n": types.ExtendSessionDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      current\n      method\n      userAgent\n      originAddress\n      startedAt\n      lastSeenAt\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n": types.EndSessionDocument,
    "\n  mutation LogOutEverywhere {\n    logOutEverywhere\n  }\n": types.LogOutEverywhereDocument,
    "\n  query LoginMethod($email: String!) {\n    loginMethod(email: $email) {\n      method\n      startPath\n    }\n  }\n": types.LoginMethodDocument,
    "\n  query AgencySso($agencyId: ID!) {\n    agencySso(agencyId: $agencyId) {\n      agencyId\n      issuer\n      clientId\n      clientAuth\n      hasClientSecret\n      emailDomains\n      jitProvisioning\n      redirectUri\n    }\n  }\n": types.AgencySsoDocument,
    "\n  query OwnAgencySso {\n    ownAgencySso {\n      agencyId\n      issuer\n      emailDomains\n      jitProvisioning\n    }\n  }\n": types.OwnAgencySsoDocument,
    "\n  mutation ConfigureAgencySso($input: ConfigureAgencySsoInput!) {\n    configureAgencySso(input: $input) {\n      agencyId\n      issuer\n      clientId\n      clientAuth\n      hasClientSecret\n      emailDomains\n      jitProvisioning\n      redirectUri\n    }\n  }\n": types.ConfigureAgencySsoDocument,
    "\n  mutation SetAgencyJitProvisioning($enabled: Boolean!) {\n    setAgencyJitProvisioning(enabled: $enabled) {\n      agencyId\n      jitProvisioning\n    }\n  }\n": types.SetAgencyJitProvisioningDocument,
    "\n  fragment SupervisionConditionFields on SupervisionCondition {\n    id\n    kind\n    subject\n    frequency\n    alcoholMonitor\n    notes\n    legalSourceKind\n    legalSourceDate\n    parketNumber\n    startsOn\n    endsOn\n    status\n    revision\n    sourceAgency {\n      id\n      name\n    }\n  }\n": types.SupervisionConditionFieldsFragmentDoc,
    "\n  query SupervisionConditions($caseId: ID!) {\n    supervisionConditions(caseId: $caseId) {\n      caseId\n      access\n      mayRecord\n      conditions {\n        ...SupervisionConditionFields\n      }\n    }\n  }\n": types.SupervisionConditionsDocument,
    "\n  mutation RecordSupervisionCondition($input: RecordSupervisionConditionInput!) {\n    recordSupervisionCondition(input: $input) {\n      ...SupervisionConditionFields\n    }\n  }\n": types.RecordSupervisionConditionDocument,
    "\n  mutation UpdateSupervisionCondition($input: UpdateSupervisionConditionInput!) {\n    updateSupervisionCondition(input: $input) {\n      ...SupervisionConditionFields\n    }\n  }\n": types.UpdateSupervisionConditionDocument,
    "\n  fragment ViolationSignalFields on ViolationSignal {\n    id\n    conditionKind\n    conditionSubject\n    what\n    occurredAt\n    location\n    seenBy\n    reportedAt\n    dueAt\n    status\n    reporterAgency {\n      id\n      name\n    }\n    assessmentAccess\n    assessment\n    followUp\n    assessedAt\n    revision\n    mayAssess\n  }\n": types.ViolationSignalFieldsFragmentDoc,
    "\n  query ViolationSignals($caseId: ID!) {\n    violationSignals(caseId: $caseId) {\n      ...ViolationSignalFields\n    }\n  }\n": types.ViolationSignalsDocument,
    "\n  query MyViolationSignals {\n    myViolationSignals {\n      ...ViolationSignalFields\n    }\n  }\n": types.MyViolationSignalsDocument,
    "\n  query ViolationSignalsToAssess {\n    violationSignalsToAssess {\n      signal {\n        ...ViolationSignalFields\n      }\n      caseId\n      caseReference\n      overdue\n    }\n  }\n": types.ViolationSignalsToAssessDocument,
    "\n  mutation ReportViolation($input: ReportViolationInput!) {\n    reportViolation(input: $input) {\n      ...ViolationSignalFields\n    }\n  }\n": types.ReportViolationDocument,
    "\n  mutation AssessViolation($input: AssessViolationInput!) {\n    assessViolation(input: $input) {\n      ...ViolationSignalFields\n    }\n  }\n": types.AssessViolationDocument,
    "\n  fragment CasePersonInformedFields on CasePersonInformed {\n    caseId\n    access\n    mayRecord\n    mayGenerateLetter\n    record {\n      id\n      informed\n      informedOn\n      informedBy {\n        id\n        name\n      }\n      notInformedReason\n      explanation\n      recordedBy {\n        id\n        name\n      }\n      recordedAt\n      revision\n    }\n    referralAnswer {\n      informed\n      referredOn\n      referrer {\n        id\n        name\n      }\n    }\n    agencies {\n      id\n      name\n    }\n  }\n": types.CasePersonInformedFieldsFragmentDoc,
    "\n  query CasePersonInformed($caseId: ID!) {\n    casePersonInformed(caseId: $caseId) {\n      ...CasePersonInformedFields\n    }\n  }\n": types.CasePersonInformedDocument,
    "\n  mutation RecordPersonInformed($input: RecordPersonInformedInput!) {\n    recordPersonInformed(input: $input) {\n      ...CasePersonInformedFields\n    }\n  }\n": types.RecordPersonInformedDocument,
    "\n  fragment VolunteerCouplingFields on VolunteerCoupling {\n    id\n    status\n    revision\n    requestedAt\n    access\n    firstName\n    ageBand\n    wijk\n    helpAsked\n    helpOther\n    availability\n    safetyNote\n    offenceSummary\n    decidedAt\n    declineReason\n    volunteerName\n    volunteerPhone\n    coupledAt\n    endedAt\n    endReason\n    endText\n    volunteerAgency {\n      id\n      name\n    }\n    requestedByAgency {\n      id\n      name\n    }\n    progress {\n      id\n      notedOn\n      note\n    }\n  }\n": types.VolunteerCouplingFieldsFragmentDoc,
    "\n  query CaseVolunteerCouplings($caseId: ID!) {\n    caseVolunteerCouplings(caseId: $caseId) {\n      caseId\n      access\n      mayRequest\n      organisations {\n        id\n        name\n        consented\n        justiceConsented\n      }\n      couplings {\n        ...VolunteerCouplingFields\n      }\n    }\n  }\n": types.CaseVolunteerCouplingsDocument,
    "\n  mutation RequestVolunteerMatch($input: RequestVolunteerMatchInput!) {\n    requestVolunteerMatch(input: $input) {\n      ...VolunteerCouplingFields\n    }\n  }\n": types.RequestVolunteerMatchDocument,
    "\n  query VolunteerMatchRequests {\n    volunteerMatchRequests {\n      ...VolunteerCouplingFields\n    }\n  }\n": types.VolunteerMatchRequestsDocument,
    "\n  query VolunteerMatchRequest($id: ID!) {\n    volunteerMatchRequest(id: $id) {\n      ...VolunteerCouplingFields\n    }\n  }\n": types.VolunteerMatchRequestDocument,
    "\n  mutation DecideVolunteerMatch($input: DecideVolunteerMatchInput!) {\n    decideVolunteerMatch(input: $input) {\n      ...VolunteerCouplingFields\n    }\n  }\n": types.DecideVolunteerMatchDocument,
    "\n  mutation CoupleVolunteer($input: CoupleVolunteerInput!) {\n    coupleVolunteer(input: $input) {\n      ...VolunteerCouplingFields\n    }\n  }\n": types.CoupleVolunteerDocument,
    "\n  mutation ReportCouplingProgress($input: CouplingProgressInput!) {\n    reportCouplingProgress(input: $input) {\n      ...VolunteerCouplingFields\n    }\n  }\n": types.ReportCouplingProgressDocument,
    "\n  mutation EndVolunteerCoupling($input: EndCouplingInput!) {\n    endVolunteerCoupling(input: $input) {\n      ...VolunteerCouplingFields\n    }\n  }\n": types.EndVolunteerCouplingDocument,
    "\n  query VolunteerCouplingFigures($year: Int!) {\n    volunteerCouplingFigures(year: $year) {\n      year\n      goalMin\n      goalMax\n      organisations {\n        agencyId\n        agencyName\n        requests\n        couplings\n        active\n        averageDays\n      }\n    }\n  }\n": types.VolunteerCouplingFiguresDocument,
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
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMailLanguage($language: String!) {\n    setMailLanguage(language: $language)\n  }\n"): (typeof documents)["\n  mutation SetMailLanguage($language: String!) {\n    setMailLanguage(language: $language)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMailPreferences {\n    myMailPreferences {\n      kind\n      mode\n    }\n  }\n"): (typeof documents)["\n  query MyMailPreferences {\n    myMailPreferences {\n      kind\n      mode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMailPreference($input: SetMailPreferenceInput!) {\n    setMailPreference(input: $input) {\n      kind\n      mode\n    }\n  }\n"): (typeof documents)["\n  mutation SetMailPreference($input: SetMailPreferenceInput!) {\n    setMailPreference(input: $input) {\n      kind\n      mode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateAccount($input: ActivateAccountInput!) {\n    activateAccount(input: $input)\n  }\n"): (typeof documents)["\n  mutation ActivateAccount($input: ActivateAccountInput!) {\n    activateAccount(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ManagedUserFields on ManagedUser {\n    id\n    email\n    displayName\n    roles\n    active\n    activated\n    activationExpiresAt\n    leftAt\n    accessReviewedAt\n    accessReviewDueAt\n    accessReviewDue\n  }\n"): (typeof documents)["\n  fragment ManagedUserFields on ManagedUser {\n    id\n    email\n    displayName\n    roles\n    active\n    activated\n    activationExpiresAt\n    leftAt\n    accessReviewedAt\n    accessReviewDueAt\n    accessReviewDue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyUsers {\n    agencyUsers {\n      ...ManagedUserFields\n    }\n  }\n"): (typeof documents)["\n  query AgencyUsers {\n    agencyUsers {\n      ...ManagedUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      mailed\n      signsInWithSso\n      activationLink\n      user {\n        ...ManagedUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      mailed\n      signsInWithSso\n      activationLink\n      user {\n        ...ManagedUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      ...ManagedUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation DisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      ...ManagedUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableUser($userId: ID!) {\n    enableUser(userId: $userId) {\n      ...ManagedUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation EnableUser($userId: ID!) {\n    enableUser(userId: $userId) {\n      ...ManagedUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessReviewSummary {\n    accessReviewSummary {\n      dueCount\n      reviewMonths\n    }\n  }\n"): (typeof documents)["\n  query AccessReviewSummary {\n    accessReviewSummary {\n      dueCount\n      reviewMonths\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmUserAccess($userId: ID!) {\n    confirmUserAccess(userId: $userId) {\n      ...ManagedUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmUserAccess($userId: ID!) {\n    confirmUserAccess(userId: $userId) {\n      ...ManagedUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      ...ManagedUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRoles($input: SetUserRolesInput!) {\n    setUserRoles(input: $input) {\n      ...ManagedUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveUserOut($input: MoveUserOutInput!) {\n    moveUserOut(input: $input) {\n      cases\n      actions\n      meetings\n      adoptedActions\n      user {\n        ...ManagedUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveUserOut($input: MoveUserOutInput!) {\n    moveUserOut(input: $input) {\n      cases\n      actions\n      meetings\n      adoptedActions\n      user {\n        ...ManagedUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionAgencyFields on RegionAgency {\n    id\n    name\n    type\n    contactName\n    contactEmail\n    contactPhone\n    covenantSignedVersion\n    covenantSignedOn\n    currentCovenantVersion\n    covenantStatus\n    accessUntil\n    activeUsers\n    agencyAdmins\n    agencyAdminAccounts {\n      displayName\n      email\n      activated\n    }\n    settingsVersion\n  }\n"): (typeof documents)["\n  fragment RegionAgencyFields on RegionAgency {\n    id\n    name\n    type\n    contactName\n    contactEmail\n    contactPhone\n    covenantSignedVersion\n    covenantSignedOn\n    currentCovenantVersion\n    covenantStatus\n    accessUntil\n    activeUsers\n    agencyAdmins\n    agencyAdminAccounts {\n      displayName\n      email\n      activated\n    }\n    settingsVersion\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionAgencies {\n    regionAgencies {\n      ...RegionAgencyFields\n    }\n  }\n"): (typeof documents)["\n  query RegionAgencies {\n    regionAgencies {\n      ...RegionAgencyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CovenantVersionChoices {\n    covenantVersions {\n      version\n      createdAt\n      approvedAt\n    }\n  }\n"): (typeof documents)["\n  query CovenantVersionChoices {\n    covenantVersions {\n      version\n      createdAt\n      approvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRegionAgency($input: RegionAgencyInput!) {\n    createRegionAgency(input: $input) {\n      ...RegionAgencyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRegionAgency($input: RegionAgencyInput!) {\n    createRegionAgency(input: $input) {\n      ...RegionAgencyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRegionAgency($input: UpdateRegionAgencyInput!) {\n    updateRegionAgency(input: $input) {\n      ...RegionAgencyFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRegionAgency($input: UpdateRegionAgencyInput!) {\n    updateRegionAgency(input: $input) {\n      ...RegionAgencyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCovenantSignature($input: RecordCovenantSignatureInput!) {\n    recordCovenantSignature(input: $input) {\n      ...RegionAgencyFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCovenantSignature($input: RecordCovenantSignatureInput!) {\n    recordCovenantSignature(input: $input) {\n      ...RegionAgencyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteAgencyAdmin($input: InviteAgencyAdminInput!) {\n    inviteAgencyAdmin(input: $input) {\n      mailed\n      activationLink\n      user {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteAgencyAdmin($input: InviteAgencyAdminInput!) {\n    inviteAgencyAdmin(input: $input) {\n      mailed\n      activationLink\n      user {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreedApproachContactFields on AgreedApproachContact {\n    agency {\n      id\n      name\n      type\n    }\n    name\n    role\n    phone\n    phoneUri\n    available\n  }\n"): (typeof documents)["\n  fragment AgreedApproachContactFields on AgreedApproachContact {\n    agency {\n      id\n      name\n      type\n    }\n    name\n    role\n    phone\n    phoneUri\n    available\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreedApproachLookups($caseId: ID!) {\n    agreedApproachLookups(caseId: $caseId) {\n      id\n      at\n      userName\n      agency {\n        id\n        name\n      }\n      purposeKind\n      purpose\n      searchKind\n      validity\n    }\n  }\n"): (typeof documents)["\n  query AgreedApproachLookups($caseId: ID!) {\n    agreedApproachLookups(caseId: $caseId) {\n      id\n      at\n      userName\n      agency {\n        id\n        name\n      }\n      purposeKind\n      purpose\n      searchKind\n      validity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseAgreedApproach($caseId: ID!) {\n    caseAgreedApproach(caseId: $caseId) {\n      caseId\n      access\n      canEdit\n      canSeeLookups\n      card {\n        instructions\n        validUntil\n        validity\n        revision\n        updatedAt\n        updatedByAgency {\n          id\n          name\n        }\n        contacts {\n          ...AgreedApproachContactFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseAgreedApproach($caseId: ID!) {\n    caseAgreedApproach(caseId: $caseId) {\n      caseId\n      access\n      canEdit\n      canSeeLookups\n      card {\n        instructions\n        validUntil\n        validity\n        revision\n        updatedAt\n        updatedByAgency {\n          id\n          name\n        }\n        contacts {\n          ...AgreedApproachContactFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LookupAgreedApproach($input: LookupAgreedApproachInput!) {\n    lookupAgreedApproach(input: $input) {\n      lookedUpAt\n      cards {\n        person {\n          givenNames\n          familyName\n          dateOfBirth\n        }\n        validity\n        validUntil\n        instructions\n        contacts {\n          ...AgreedApproachContactFields\n        }\n        conditions {\n          id\n          kind\n          subject\n          endsOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LookupAgreedApproach($input: LookupAgreedApproachInput!) {\n    lookupAgreedApproach(input: $input) {\n      lookedUpAt\n      cards {\n        person {\n          givenNames\n          familyName\n          dateOfBirth\n        }\n        validity\n        validUntil\n        instructions\n        contacts {\n          ...AgreedApproachContactFields\n        }\n        conditions {\n          id\n          kind\n          subject\n          endsOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAgreedApproach($input: SaveAgreedApproachInput!) {\n    saveAgreedApproach(input: $input) {\n      caseId\n      card {\n        revision\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAgreedApproach($input: SaveAgreedApproachInput!) {\n    saveAgreedApproach(input: $input) {\n      caseId\n      card {\n        revision\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AreaTeamFields on AreaTeam {\n    id\n    name\n    active\n    version\n    agency {\n      id\n      name\n      type\n    }\n    areas {\n      id\n      name\n    }\n    members {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AreaTeamFields on AreaTeam {\n    id\n    name\n    active\n    version\n    agency {\n      id\n      name\n      type\n    }\n    areas {\n      id\n      name\n    }\n    members {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaTeams {\n    areaTeams {\n      ...AreaTeamFields\n    }\n    agencies {\n      id\n      name\n      type\n    }\n    areas(includeInactive: false) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AreaTeams {\n    areaTeams {\n      ...AreaTeamFields\n    }\n    agencies {\n      id\n      name\n      type\n    }\n    areas(includeInactive: false) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaTeamCandidates($agencyId: ID!) {\n    areaTeamCandidates(agencyId: $agencyId) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AreaTeamCandidates($agencyId: ID!) {\n    areaTeamCandidates(agencyId: $agencyId) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAreaTeam($input: CreateAreaTeamInput!) {\n    createAreaTeam(input: $input) {\n      ...AreaTeamFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAreaTeam($input: CreateAreaTeamInput!) {\n    createAreaTeam(input: $input) {\n      ...AreaTeamFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAreaTeam($input: UpdateAreaTeamInput!) {\n    updateAreaTeam(input: $input) {\n      ...AreaTeamFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAreaTeam($input: UpdateAreaTeamInput!) {\n    updateAreaTeam(input: $input) {\n      ...AreaTeamFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaPartners($postcode: String!) {\n    areaPartners(postcode: $postcode) {\n      area {\n        id\n        name\n      }\n      teams {\n        id\n        name\n        agency {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AreaPartners($postcode: String!) {\n    areaPartners(postcode: $postcode) {\n      area {\n        id\n        name\n      }\n      teams {\n        id\n        name\n        agency {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAreaTeams {\n    myAreaTeams {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query MyAreaTeams {\n    myAreaTeams {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaWorkload($teamId: ID!) {\n    areaWorkload(teamId: $teamId) {\n      minimumCell\n      team {\n        id\n        name\n        areas {\n          id\n          name\n        }\n      }\n      rows {\n        areaId\n        areaName\n        participating\n        inTriage\n        active\n        notParticipating\n      }\n    }\n  }\n"): (typeof documents)["\n  query AreaWorkload($teamId: ID!) {\n    areaWorkload(teamId: $teamId) {\n      minimumCell\n      team {\n        id\n        name\n        areas {\n          id\n          name\n        }\n      }\n      rows {\n        areaId\n        areaName\n        participating\n        inTriage\n        active\n        notParticipating\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Areas($includeInactive: Boolean!) {\n    areas(includeInactive: $includeInactive) {\n      id\n      name\n      active\n      version\n      ranges {\n        from\n        to\n      }\n    }\n  }\n"): (typeof documents)["\n  query Areas($includeInactive: Boolean!) {\n    areas(includeInactive: $includeInactive) {\n      id\n      name\n      active\n      version\n      ranges {\n        from\n        to\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaForPostcode($postcode: String!) {\n    areaForPostcode(postcode: $postcode) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AreaForPostcode($postcode: String!) {\n    areaForPostcode(postcode: $postcode) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateArea($input: CreateAreaInput!) {\n    createArea(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateArea($input: CreateAreaInput!) {\n    createArea(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateArea($input: UpdateAreaInput!) {\n    updateArea(input: $input) {\n      id\n      name\n      active\n      version\n      ranges {\n        from\n        to\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateArea($input: UpdateAreaInput!) {\n    updateArea(input: $input) {\n      id\n      name\n      active\n      version\n      ranges {\n        from\n        to\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaImportPreview($csv: String!) {\n    areaImportPreview(csv: $csv) {\n      lines {\n        line\n        wijk\n        range\n        status\n        problems {\n          column\n          code\n          otherArea\n        }\n      }\n      fileProblems {\n        code\n      }\n      newAreas\n      changedAreas\n      unchangedAreas\n      errorLines\n      personsReassigned\n    }\n  }\n"): (typeof documents)["\n  query AreaImportPreview($csv: String!) {\n    areaImportPreview(csv: $csv) {\n      lines {\n        line\n        wijk\n        range\n        status\n        problems {\n          column\n          code\n          otherArea\n        }\n      }\n      fileProblems {\n        code\n      }\n      newAreas\n      changedAreas\n      unchangedAreas\n      errorLines\n      personsReassigned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportAreas($csv: String!) {\n    importAreas(csv: $csv) {\n      lines {\n        line\n        wijk\n        range\n        status\n        problems {\n          column\n          code\n          otherArea\n        }\n      }\n      fileProblems {\n        code\n      }\n      newAreas\n      changedAreas\n      unchangedAreas\n      errorLines\n      personsReassigned\n    }\n  }\n"): (typeof documents)["\n  mutation ImportAreas($csv: String!) {\n    importAreas(csv: $csv) {\n      lines {\n        line\n        wijk\n        range\n        status\n        problems {\n          column\n          code\n          otherArea\n        }\n      }\n      fileProblems {\n        code\n      }\n      newAreas\n      changedAreas\n      unchangedAreas\n      errorLines\n      personsReassigned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logoutSso {\n      endSessionUrl\n    }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logoutSso {\n      endSessionUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on Me {\n    user {\n      id\n      email\n      displayName\n    }\n    agency {\n      id\n      name\n      type\n    }\n    region {\n      id\n      name\n    }\n    roles\n    csrfToken\n    sessionExpiresAt\n    sessionIdleExpiresAt\n    covenantAccessEndsAt\n  }\n"): (typeof documents)["\n  fragment SessionFields on Me {\n    user {\n      id\n      email\n      displayName\n    }\n    agency {\n      id\n      name\n      type\n    }\n    region {\n      id\n      name\n    }\n    roles\n    csrfToken\n    sessionExpiresAt\n    sessionIdleExpiresAt\n    covenantAccessEndsAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasusregisseurCandidates($caseId: ID!) {\n    casusregisseurCandidates(caseId: $caseId) {\n      id\n      displayName\n      agency {\n        id\n        name\n        type\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasusregisseurCandidates($caseId: ID!) {\n    casusregisseurCandidates(caseId: $caseId) {\n      id\n      displayName\n      agency {\n        id\n        name\n        type\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointCasusregisseur($input: AppointCasusregisseurInput!) {\n    appointCasusregisseur(input: $input)\n  }\n"): (typeof documents)["\n  mutation AppointCasusregisseur($input: AppointCasusregisseurInput!) {\n    appointCasusregisseur(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndCaseParticipation($input: EndCaseParticipationInput!) {\n    endCaseParticipation(input: $input) {\n      id\n      active\n      endedAt\n      endReason\n    }\n  }\n"): (typeof documents)["\n  mutation EndCaseParticipation($input: EndCaseParticipationInput!) {\n    endCaseParticipation(input: $input) {\n      id\n      active\n      endedAt\n      endReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConsent($consentId: ID!) {\n    withdrawConsent(consentId: $consentId) {\n      id\n      active\n      withdrawnAt\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawConsent($consentId: ID!) {\n    withdrawConsent(consentId: $consentId) {\n      id\n      active\n      withdrawnAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConflictOfDutiesDecision($input: RecordConflictOfDutiesDecisionInput!) {\n    recordConflictOfDutiesDecision(input: $input) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation RecordConflictOfDutiesDecision($input: RecordConflictOfDutiesDecisionInput!) {\n    recordConflictOfDutiesDecision(input: $input) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConflictOfDutiesDecision($decisionId: ID!) {\n    withdrawConflictOfDutiesDecision(decisionId: $decisionId) {\n      id\n      active\n      withdrawnAt\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawConflictOfDutiesDecision($decisionId: ID!) {\n    withdrawConflictOfDutiesDecision(decisionId: $decisionId) {\n      id\n      active\n      withdrawnAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BreakGlass($input: BreakGlassInput!) {\n    breakGlass(input: $input) {\n      id\n      caseId\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation BreakGlass($input: BreakGlassInput!) {\n    breakGlass(input: $input) {\n      id\n      caseId\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCaseParticipant($input: AddCaseParticipantInput!) {\n    addCaseParticipant(input: $input) {\n      id\n      caseId\n      reasonAccess\n    }\n  }\n"): (typeof documents)["\n  mutation AddCaseParticipant($input: AddCaseParticipantInput!) {\n    addCaseParticipant(input: $input) {\n      id\n      caseId\n      reasonAccess\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddInformationItem($input: AddInformationItemInput!) {\n    addInformationItem(input: $input) {\n      id\n      caseId\n      category\n    }\n  }\n"): (typeof documents)["\n  mutation AddInformationItem($input: AddInformationItemInput!) {\n    addInformationItem(input: $input) {\n      id\n      caseId\n      category\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AddressProposalFields on ReferralAddressProposal {\n    id\n    caseId\n    status\n    proposedByAgency\n    proposedAt\n    decidedByName\n    decidedAt\n    proposed {\n      street\n      houseNumber\n      postcode\n      city\n    }\n    current {\n      street\n      houseNumber\n      postcode\n      city\n    }\n  }\n"): (typeof documents)["\n  fragment AddressProposalFields on ReferralAddressProposal {\n    id\n    caseId\n    status\n    proposedByAgency\n    proposedAt\n    decidedByName\n    decidedAt\n    proposed {\n      street\n      houseNumber\n      postcode\n      city\n    }\n    current {\n      street\n      houseNumber\n      postcode\n      city\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralAddressProposals($caseId: ID!) {\n    referralAddressProposals(caseId: $caseId) {\n      ...AddressProposalFields\n    }\n  }\n"): (typeof documents)["\n  query ReferralAddressProposals($caseId: ID!) {\n    referralAddressProposals(caseId: $caseId) {\n      ...AddressProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideReferralAddressProposal($input: DecideAddressProposalInput!) {\n    decideReferralAddressProposal(input: $input) {\n      ...AddressProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideReferralAddressProposal($input: DecideAddressProposalInput!) {\n    decideReferralAddressProposal(input: $input) {\n      ...AddressProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agencies {\n    agencies {\n      id\n      name\n      type\n    }\n  }\n"): (typeof documents)["\n  query Agencies {\n    agencies {\n      id\n      name\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseAsAgency($caseId: ID!, $agencyId: ID!) {\n    caseAsAgency(caseId: $caseId, agencyId: $agencyId) {\n      agency {\n        id\n        name\n        type\n      }\n      caseId\n      reference\n      canReadCase\n      targetBasis\n      withheldBecause\n      viewerCanReadCase\n      subject {\n        field\n        category\n        targetAccess\n        targetBasis\n        withheldBecause\n        access\n        value\n      }\n      categories {\n        category\n        targetAccess\n        targetBasis\n        withheldBecause\n        access\n        itemCount\n      }\n      items {\n        id\n        category\n        createdAt\n        sourceAgency {\n          id\n          name\n        }\n        targetAccess\n        targetBasis\n        withheldBecause\n        access\n        text\n        summary\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseAsAgency($caseId: ID!, $agencyId: ID!) {\n    caseAsAgency(caseId: $caseId, agencyId: $agencyId) {\n      agency {\n        id\n        name\n        type\n      }\n      caseId\n      reference\n      canReadCase\n      targetBasis\n      withheldBecause\n      viewerCanReadCase\n      subject {\n        field\n        category\n        targetAccess\n        targetBasis\n        withheldBecause\n        access\n        value\n      }\n      categories {\n        category\n        targetAccess\n        targetBasis\n        withheldBecause\n        access\n        itemCount\n      }\n      items {\n        id\n        category\n        createdAt\n        sourceAgency {\n          id\n          name\n        }\n        targetAccess\n        targetBasis\n        withheldBecause\n        access\n        text\n        summary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseConsents($caseId: ID!) {\n    consents(caseId: $caseId) {\n      id\n      category\n      active\n      caseId\n      givenAt\n      validUntil\n      evidence\n      withdrawnAt\n      recipientAgency {\n        id\n        name\n        type\n      }\n      recordedByAgency {\n        id\n        name\n        type\n      }\n    }\n    conflictOfDutiesDecisions(caseId: $caseId) {\n      id\n      category\n      active\n      decidedAt\n      decidedBy\n      withdrawnAt\n      reasoning\n      decidedByAgency {\n        id\n        name\n        type\n      }\n      recipientAgency {\n        id\n        name\n        type\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseConsents($caseId: ID!) {\n    consents(caseId: $caseId) {\n      id\n      category\n      active\n      caseId\n      givenAt\n      validUntil\n      evidence\n      withdrawnAt\n      recipientAgency {\n        id\n        name\n        type\n      }\n      recordedByAgency {\n        id\n        name\n        type\n      }\n    }\n    conflictOfDutiesDecisions(caseId: $caseId) {\n      id\n      category\n      active\n      decidedAt\n      decidedBy\n      withdrawnAt\n      reasoning\n      decidedByAgency {\n        id\n        name\n        type\n      }\n      recipientAgency {\n        id\n        name\n        type\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseDetailFields on Case {\n    id\n    reference\n    theme\n    status\n    createdAt\n    updatedAt\n    accessBasis\n    readOnly\n    viewedAs {\n      id\n      name\n      type\n    }\n    referringAgency {\n      id\n      name\n      type\n    }\n    casusregisseurAgency {\n      id\n      name\n      type\n    }\n    casusregisseur {\n      id\n      displayName\n    }\n    subject {\n      id\n      givenNames {\n        ...ProtectedStringFields\n      }\n      familyName {\n        ...ProtectedStringFields\n      }\n      dateOfBirth {\n        ...ProtectedStringFields\n      }\n      bsn {\n        ...ProtectedStringFields\n      }\n      address {\n        access\n        category\n        value {\n          street\n          houseNumber\n          postcode\n          city\n          wijk\n        }\n      }\n    }\n    categoryAccess {\n      category\n      access\n      accessBasis\n      canWrite\n    }\n    informationItems {\n      ...InformationItemFields\n    }\n    informationItemCounts {\n      category\n      count\n    }\n    participants(includeEnded: true) {\n      id\n      active\n      role\n      reason\n      reasonAccess\n      reasonCategories\n      legalBasis\n      startedAt\n      endedAt\n      endReason\n      agency {\n        id\n        name\n        type\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseDetailFields on Case {\n    id\n    reference\n    theme\n    status\n    createdAt\n    updatedAt\n    accessBasis\n    readOnly\n    viewedAs {\n      id\n      name\n      type\n    }\n    referringAgency {\n      id\n      name\n      type\n    }\n    casusregisseurAgency {\n      id\n      name\n      type\n    }\n    casusregisseur {\n      id\n      displayName\n    }\n    subject {\n      id\n      givenNames {\n        ...ProtectedStringFields\n      }\n      familyName {\n        ...ProtectedStringFields\n      }\n      dateOfBirth {\n        ...ProtectedStringFields\n      }\n      bsn {\n        ...ProtectedStringFields\n      }\n      address {\n        access\n        category\n        value {\n          street\n          houseNumber\n          postcode\n          city\n          wijk\n        }\n      }\n    }\n    categoryAccess {\n      category\n      access\n      accessBasis\n      canWrite\n    }\n    informationItems {\n      ...InformationItemFields\n    }\n    informationItemCounts {\n      category\n      count\n    }\n    participants(includeEnded: true) {\n      id\n      active\n      role\n      reason\n      reasonAccess\n      reasonCategories\n      legalBasis\n      startedAt\n      endedAt\n      endReason\n      agency {\n        id\n        name\n        type\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseListItemFields on Case {\n    id\n    reference\n    theme\n    status\n    updatedAt\n    subject {\n      id\n      givenNames {\n        ...ProtectedStringFields\n      }\n      familyName {\n        ...ProtectedStringFields\n      }\n    }\n    casusregisseurAgency {\n      id\n      name\n      type\n    }\n  }\n"): (typeof documents)["\n  fragment CaseListItemFields on Case {\n    id\n    reference\n    theme\n    status\n    updatedAt\n    subject {\n      id\n      givenNames {\n        ...ProtectedStringFields\n      }\n      familyName {\n        ...ProtectedStringFields\n      }\n    }\n    casusregisseurAgency {\n      id\n      name\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseMeetings($from: DateTime!, $to: DateTime!) {\n    myMeetings(from: $from, to: $to) {\n      id\n      startsAt\n      endsAt\n      status\n      location\n      agenda {\n        startsAt\n        endsAt\n        hidden\n        item {\n          id\n          caseId\n          status\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseMeetings($from: DateTime!, $to: DateTime!) {\n    myMeetings(from: $from, to: $to) {\n      id\n      startsAt\n      endsAt\n      status\n      location\n      agenda {\n        startsAt\n        endsAt\n        hidden\n        item {\n          id\n          caseId\n          status\n          startsAt\n          endsAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cases($first: Int!, $after: String, $filter: CasesFilterInput) {\n    cases(first: $first, after: $after, filter: $filter) {\n      nodes {\n        ...CaseListItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cases($first: Int!, $after: String, $filter: CasesFilterInput) {\n    cases(first: $first, after: $after, filter: $filter) {\n      nodes {\n        ...CaseListItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RectifyInformationItem($input: RectifyInformationItemInput!) {\n    rectifyInformationItem(input: $input) {\n      id\n      kind\n      changedAt\n      item {\n        ...InformationItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RectifyInformationItem($input: RectifyInformationItemInput!) {\n    rectifyInformationItem(input: $input) {\n      id\n      kind\n      changedAt\n      item {\n        ...InformationItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseInformationItem($input: EraseInformationItemInput!) {\n    eraseInformationItem(input: $input) {\n      id\n      kind\n      changedAt\n    }\n  }\n"): (typeof documents)["\n  mutation EraseInformationItem($input: EraseInformationItemInput!) {\n    eraseInformationItem(input: $input) {\n      id\n      kind\n      changedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InformationItemFields on InformationItem {\n    id\n    caseId\n    category\n    access\n    accessBasis\n    legalBasis\n    createdAt\n    summary\n    text\n    cursor\n    revision\n    rectifiedAt\n    mayChange\n    sourceAgency {\n      id\n      name\n      type\n    }\n  }\n"): (typeof documents)["\n  fragment InformationItemFields on InformationItem {\n    id\n    caseId\n    category\n    access\n    accessBasis\n    legalBasis\n    createdAt\n    summary\n    text\n    cursor\n    revision\n    rectifiedAt\n    mayChange\n    sourceAgency {\n      id\n      name\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OlderInformationItems(\n    $caseId: ID!\n    $category: InformationCategory!\n    $after: String!\n    $first: Int!\n  ) {\n    informationItems(caseId: $caseId, category: $category, after: $after, first: $first) {\n      ...InformationItemFields\n    }\n  }\n"): (typeof documents)["\n  query OlderInformationItems(\n    $caseId: ID!\n    $category: InformationCategory!\n    $after: String!\n    $first: Int!\n  ) {\n    informationItems(caseId: $caseId, category: $category, after: $after, first: $first) {\n      ...InformationItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProtectedStringFields on ProtectedString {\n    access\n    category\n    value\n  }\n"): (typeof documents)["\n  fragment ProtectedStringFields on ProtectedString {\n    access\n    category\n    value\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CovenantFields on Covenant {\n    version\n    createdAt\n    createdBy\n    note\n    current\n    entries {\n      agencyType\n      agency {\n        id\n        name\n        type\n      }\n      category\n      read\n      readSummary\n      write\n    }\n  }\n"): (typeof documents)["\n  fragment CovenantFields on Covenant {\n    version\n    createdAt\n    createdBy\n    note\n    current\n    entries {\n      agencyType\n      agency {\n        id\n        name\n        type\n      }\n      category\n      read\n      readSummary\n      write\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeCovenantChange($input: UpdateCovenantInput!) {\n    proposeCovenantChange(input: $input) {\n      ...CovenantProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeCovenantChange($input: UpdateCovenantInput!) {\n    proposeCovenantChange(input: $input) {\n      ...CovenantProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveCovenantProposal($input: DecideCovenantProposalInput!) {\n    approveCovenantProposal(input: $input) {\n      ...CovenantProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveCovenantProposal($input: DecideCovenantProposalInput!) {\n    approveCovenantProposal(input: $input) {\n      ...CovenantProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectCovenantProposal($input: DecideCovenantProposalInput!) {\n    rejectCovenantProposal(input: $input) {\n      ...CovenantProposalFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectCovenantProposal($input: DecideCovenantProposalInput!) {\n    rejectCovenantProposal(input: $input) {\n      ...CovenantProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CovenantProposalFields on CovenantProposal {\n    id\n    status\n    baseVersion\n    resultingVersion\n    note\n    proposedBy\n    proposedAt\n    decidedBy\n    decidedAt\n    decisionReason\n    canDecide\n    changes {\n      agencyType\n      agency {\n        id\n        name\n      }\n      category\n      before {\n        read\n        readSummary\n        write\n      }\n      after {\n        read\n        readSummary\n        write\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CovenantProposalFields on CovenantProposal {\n    id\n    status\n    baseVersion\n    resultingVersion\n    note\n    proposedBy\n    proposedAt\n    decidedBy\n    decidedAt\n    decisionReason\n    canDecide\n    changes {\n      agencyType\n      agency {\n        id\n        name\n      }\n      category\n      before {\n        read\n        readSummary\n        write\n      }\n      after {\n        read\n        readSummary\n        write\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CovenantProposals {\n    covenantProposals {\n      ...CovenantProposalFields\n    }\n  }\n"): (typeof documents)["\n  query CovenantProposals {\n    covenantProposals {\n      ...CovenantProposalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Covenant($version: Int) {\n    covenant(version: $version) {\n      ...CovenantFields\n    }\n    covenantVersions {\n      version\n      createdAt\n      createdBy\n      approvedBy\n      approvedAt\n      note\n    }\n    covenantLegalCeiling {\n      category\n      regime\n      read\n      readSummary\n      write\n    }\n  }\n"): (typeof documents)["\n  query Covenant($version: Int) {\n    covenant(version: $version) {\n      ...CovenantFields\n    }\n    covenantVersions {\n      version\n      createdAt\n      createdBy\n      approvedBy\n      approvedAt\n      note\n    }\n    covenantLegalCeiling {\n      category\n      regime\n      read\n      readSummary\n      write\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataSubjectRequestPartTaskFields on DataSubjectRequestPartTask {\n    id\n    requestId\n    requestType\n    requestStatus\n    agencyName\n    givenNames\n    familyName\n    dateOfBirth\n    receivedOn\n    deadline\n    daysLeft\n    reviewStatus\n    reviewStartedAt\n    releasedAt\n    releasedByName\n    releaseNote\n    revision\n  }\n"): (typeof documents)["\n  fragment DataSubjectRequestPartTaskFields on DataSubjectRequestPartTask {\n    id\n    requestId\n    requestType\n    requestStatus\n    agencyName\n    givenNames\n    familyName\n    dateOfBirth\n    receivedOn\n    deadline\n    daysLeft\n    reviewStatus\n    reviewStartedAt\n    releasedAt\n    releasedByName\n    releaseNote\n    revision\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataSubjectRequestPartTasks {\n    dataSubjectRequestPartTasks {\n      ...DataSubjectRequestPartTaskFields\n    }\n  }\n"): (typeof documents)["\n  query DataSubjectRequestPartTasks {\n    dataSubjectRequestPartTasks {\n      ...DataSubjectRequestPartTaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataSubjectRequestPartReview($id: ID!) {\n    dataSubjectRequestPartReview(id: $id) {\n      part {\n        ...DataSubjectRequestPartTaskFields\n      }\n      participations {\n        caseReference\n        role\n        from\n        until\n        legalBasis\n      }\n      items {\n        date\n        category\n        caseReference\n        legalBasis\n        text\n      }\n      planActions {\n        caseReference\n        description\n        dueDate\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query DataSubjectRequestPartReview($id: ID!) {\n    dataSubjectRequestPartReview(id: $id) {\n      part {\n        ...DataSubjectRequestPartTaskFields\n      }\n      participations {\n        caseReference\n        role\n        from\n        until\n        legalBasis\n      }\n      items {\n        date\n        category\n        caseReference\n        legalBasis\n        text\n      }\n      planActions {\n        caseReference\n        description\n        dueDate\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartDataSubjectRequestPartReview($input: StartDataSubjectRequestPartReviewInput!) {\n    startDataSubjectRequestPartReview(input: $input) {\n      ...DataSubjectRequestPartTaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartDataSubjectRequestPartReview($input: StartDataSubjectRequestPartReviewInput!) {\n    startDataSubjectRequestPartReview(input: $input) {\n      ...DataSubjectRequestPartTaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseDataSubjectRequestPart($input: ReleaseDataSubjectRequestPartInput!) {\n    releaseDataSubjectRequestPart(input: $input) {\n      ...DataSubjectRequestPartTaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseDataSubjectRequestPart($input: ReleaseDataSubjectRequestPartInput!) {\n    releaseDataSubjectRequestPart(input: $input) {\n      ...DataSubjectRequestPartTaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataSubjectRequestSummary on DataSubjectRequest {\n    id\n    type\n    status\n    personId\n    givenNames\n    familyName\n    receivedOn\n    deadline\n    overdue\n    daysLeft\n    partsTotal\n    partsDone\n    revision\n  }\n"): (typeof documents)["\n  fragment DataSubjectRequestSummary on DataSubjectRequest {\n    id\n    type\n    status\n    personId\n    givenNames\n    familyName\n    receivedOn\n    deadline\n    overdue\n    daysLeft\n    partsTotal\n    partsDone\n    revision\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataSubjectRequestDetail on DataSubjectRequest {\n    ...DataSubjectRequestSummary\n    dateOfBirth\n    bsn\n    identityVerification\n    originalDeadline\n    extendedDeadline\n    extensionReason\n    includeEmployeeNames\n    outcome\n    closedAt\n    parts {\n      id\n      agencyId\n      agencyName\n      agencyType\n      status\n      note\n      revision\n      updatedAt\n      updatedByName\n      reviewStatus\n      releasedAt\n      releasedByName\n      releaseNote\n    }\n  }\n"): (typeof documents)["\n  fragment DataSubjectRequestDetail on DataSubjectRequest {\n    ...DataSubjectRequestSummary\n    dateOfBirth\n    bsn\n    identityVerification\n    originalDeadline\n    extendedDeadline\n    extensionReason\n    includeEmployeeNames\n    outcome\n    closedAt\n    parts {\n      id\n      agencyId\n      agencyName\n      agencyType\n      status\n      note\n      revision\n      updatedAt\n      updatedByName\n      reviewStatus\n      releasedAt\n      releasedByName\n      releaseNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataSubjectRequests {\n    dataSubjectRequests {\n      ...DataSubjectRequestSummary\n    }\n  }\n"): (typeof documents)["\n  query DataSubjectRequests {\n    dataSubjectRequests {\n      ...DataSubjectRequestSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataSubjectRequest($id: ID!) {\n    dataSubjectRequest(id: $id) {\n      ...DataSubjectRequestDetail\n    }\n  }\n"): (typeof documents)["\n  query DataSubjectRequest($id: ID!) {\n    dataSubjectRequest(id: $id) {\n      ...DataSubjectRequestDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataSubjectPersonCandidates($input: SearchPersonsInput!) {\n    dataSubjectPersonCandidates(input: $input) {\n      id\n      givenNames\n      familyName\n      dateOfBirth\n      bsn\n      city\n      agenciesHoldingData\n    }\n  }\n"): (typeof documents)["\n  query DataSubjectPersonCandidates($input: SearchPersonsInput!) {\n    dataSubjectPersonCandidates(input: $input) {\n      id\n      givenNames\n      familyName\n      dateOfBirth\n      bsn\n      city\n      agenciesHoldingData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterDataSubjectRequest($input: RegisterDataSubjectRequestInput!) {\n    registerDataSubjectRequest(input: $input) {\n      ...DataSubjectRequestDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterDataSubjectRequest($input: RegisterDataSubjectRequestInput!) {\n    registerDataSubjectRequest(input: $input) {\n      ...DataSubjectRequestDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeDataSubjectRequestStatus($input: ChangeDataSubjectRequestStatusInput!) {\n    changeDataSubjectRequestStatus(input: $input) {\n      ...DataSubjectRequestDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeDataSubjectRequestStatus($input: ChangeDataSubjectRequestStatusInput!) {\n    changeDataSubjectRequestStatus(input: $input) {\n      ...DataSubjectRequestDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendDataSubjectRequest($input: ExtendDataSubjectRequestInput!) {\n    extendDataSubjectRequest(input: $input) {\n      ...DataSubjectRequestDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendDataSubjectRequest($input: ExtendDataSubjectRequestInput!) {\n    extendDataSubjectRequest(input: $input) {\n      ...DataSubjectRequestDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDataSubjectRequestPart($input: UpdateDataSubjectRequestPartInput!) {\n    updateDataSubjectRequestPart(input: $input) {\n      ...DataSubjectRequestDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDataSubjectRequestPart($input: UpdateDataSubjectRequestPartInput!) {\n    updateDataSubjectRequestPart(input: $input) {\n      ...DataSubjectRequestDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LifeDomainMomentFields on LifeDomainScoreMoment {\n    moment\n    planVersionId\n    planVersionNumber\n    planAdoptedOn\n    assessment {\n      id\n      revision\n      recordedAt\n      updatedAt\n      recordedByAgency {\n        id\n        name\n      }\n      scores {\n        domain\n        category\n        access\n        score\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LifeDomainMomentFields on LifeDomainScoreMoment {\n    moment\n    planVersionId\n    planVersionNumber\n    planAdoptedOn\n    assessment {\n      id\n      revision\n      recordedAt\n      updatedAt\n      recordedByAgency {\n        id\n        name\n      }\n      scores {\n        domain\n        category\n        access\n        score\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseLifeDomainScores($caseId: ID!) {\n    caseLifeDomainScores(caseId: $caseId) {\n      caseId\n      scorableDomains\n      moments {\n        ...LifeDomainMomentFields\n      }\n    }\n    casePlan(caseId: $caseId) {\n      caseId\n      adopted {\n        id\n        number\n        goals {\n          id\n          lifeDomain\n          description\n        }\n      }\n      draft {\n        id\n        number\n        goals {\n          id\n          lifeDomain\n          description\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseLifeDomainScores($caseId: ID!) {\n    caseLifeDomainScores(caseId: $caseId) {\n      caseId\n      scorableDomains\n      moments {\n        ...LifeDomainMomentFields\n      }\n    }\n    casePlan(caseId: $caseId) {\n      caseId\n      adopted {\n        id\n        number\n        goals {\n          id\n          lifeDomain\n          description\n        }\n      }\n      draft {\n        id\n        number\n        goals {\n          id\n          lifeDomain\n          description\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScoreLifeDomains($input: ScoreLifeDomainsInput!) {\n    scoreLifeDomains(input: $input) {\n      ...LifeDomainMomentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ScoreLifeDomains($input: ScoreLifeDomainsInput!) {\n    scoreLifeDomains(input: $input) {\n      ...LifeDomainMomentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMeetings($from: DateTime!, $to: DateTime!) {\n    myMeetings(from: $from, to: $to) {\n      ...MeetingSummaryFields\n    }\n  }\n"): (typeof documents)["\n  query MyMeetings($from: DateTime!, $to: DateTime!) {\n    myMeetings(from: $from, to: $to) {\n      ...MeetingSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MeetingUpdates($meetingId: ID!, $afterEventId: ID) {\n    meetingUpdates(meetingId: $meetingId, afterEventId: $afterEventId) {\n      eventId\n      kind\n      itemId\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription MeetingUpdates($meetingId: ID!, $afterEventId: ID) {\n    meetingUpdates(meetingId: $meetingId, afterEventId: $afterEventId) {\n      eventId\n      kind\n      itemId\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlannerCases($first: Int!) {\n    cases(first: $first, filter: { statuses: [IN_TRIAGE, ACCEPTED, ACTIVE] }) {\n      nodes {\n        id\n        reference\n        status\n        subject {\n          id\n          givenNames {\n            ...ProtectedStringFields\n          }\n          familyName {\n            ...ProtectedStringFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlannerCases($first: Int!) {\n    cases(first: $first, filter: { statuses: [IN_TRIAGE, ACCEPTED, ACTIVE] }) {\n      nodes {\n        id\n        reference\n        status\n        subject {\n          id\n          givenNames {\n            ...ProtectedStringFields\n          }\n          familyName {\n            ...ProtectedStringFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseParticipantAgencies($id: ID!) {\n    case(id: $id) {\n      id\n      participants {\n        id\n        active\n        agency {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseParticipantAgencies($id: ID!) {\n    case(id: $id) {\n      id\n      participants {\n        id\n        active\n        agency {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanMeeting($input: PlanMeetingInput!) {\n    planMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation PlanMeeting($input: PlanMeetingInput!) {\n    planMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMeetingItem($input: AddMeetingItemInput!) {\n    addMeetingItem(input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddMeetingItem($input: AddMeetingItemInput!) {\n    addMeetingItem(input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMeetingItem($itemId: ID!) {\n    removeMeetingItem(itemId: $itemId) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMeetingItem($itemId: ID!) {\n    removeMeetingItem(itemId: $itemId) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMeeting($meetingId: ID!) {\n    startMeeting(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartMeeting($meetingId: ID!) {\n    startMeeting(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCurrentMeetingItem($input: SetCurrentMeetingItemInput!) {\n    setCurrentMeetingItem(input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCurrentMeetingItem($input: SetCurrentMeetingItemInput!) {\n    setCurrentMeetingItem(input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMeetingItemMinutes($input: SaveMeetingItemMinutesInput!) {\n    saveMeetingItemMinutes(input: $input) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveMeetingItemMinutes($input: SaveMeetingItemMinutesInput!) {\n    saveMeetingItemMinutes(input: $input) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseMeeting($meetingId: ID!) {\n    closeMeeting(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseMeeting($meetingId: ID!) {\n    closeMeeting(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingFields on Meeting {\n    id\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    status\n    startedAt\n    closedAt\n    isChair\n    lastEventId\n    chair {\n      id\n      displayName\n    }\n    agenda {\n      startsAt\n      endsAt\n      hidden\n      current\n      item {\n        id\n        caseId\n        caseReference\n        personName\n        personNameAccess\n        startsAt\n        endsAt\n        status\n        minutes\n        decisions\n        minutesAccess\n        minutesUpdatedAt\n        revision\n        invitees {\n          id\n          name\n          type\n        }\n        attendance {\n          agency {\n            id\n            name\n          }\n          present\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingFields on Meeting {\n    id\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    status\n    startedAt\n    closedAt\n    isChair\n    lastEventId\n    chair {\n      id\n      displayName\n    }\n    agenda {\n      startsAt\n      endsAt\n      hidden\n      current\n      item {\n        id\n        caseId\n        caseReference\n        personName\n        personNameAccess\n        startsAt\n        endsAt\n        status\n        minutes\n        decisions\n        minutesAccess\n        minutesUpdatedAt\n        revision\n        invitees {\n          id\n          name\n          type\n        }\n        attendance {\n          agency {\n            id\n            name\n          }\n          present\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingSummaryFields on Meeting {\n    id\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    status\n    chair {\n      id\n      displayName\n    }\n    agenda {\n      startsAt\n      endsAt\n      hidden\n      item {\n        id\n        caseReference\n        personName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingSummaryFields on Meeting {\n    id\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    status\n    chair {\n      id\n      displayName\n    }\n    agenda {\n      startsAt\n      endsAt\n      hidden\n      item {\n        id\n        caseReference\n        personName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteLoginWithCode($input: SecondFactorCodeInput!) {\n    completeLoginWithCode(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteLoginWithCode($input: SecondFactorCodeInput!) {\n    completeLoginWithCode(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginPasskeyOptions {\n    loginPasskeyOptions\n  }\n"): (typeof documents)["\n  mutation LoginPasskeyOptions {\n    loginPasskeyOptions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteLoginWithPasskey($response: String!) {\n    completeLoginWithPasskey(response: $response) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteLoginWithPasskey($response: String!) {\n    completeLoginWithPasskey(response: $response) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartLoginTotpEnrolment {\n    startLoginTotpEnrolment {\n      secret\n      otpauthUri\n      qrCode\n    }\n  }\n"): (typeof documents)["\n  mutation StartLoginTotpEnrolment {\n    startLoginTotpEnrolment {\n      secret\n      otpauthUri\n      qrCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmLoginTotpEnrolment($input: SecondFactorCodeInput!) {\n    confirmLoginTotpEnrolment(input: $input) {\n      me {\n        ...SessionFields\n      }\n      recoveryCodes\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmLoginTotpEnrolment($input: SecondFactorCodeInput!) {\n    confirmLoginTotpEnrolment(input: $input) {\n      me {\n        ...SessionFields\n      }\n      recoveryCodes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySecondFactors {\n    mySecondFactors {\n      required\n      totp\n      recoveryCodesLeft\n      stepUpFresh\n      passkeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySecondFactors {\n    mySecondFactors {\n      required\n      totp\n      recoveryCodesLeft\n      stepUpFresh\n      passkeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n      qrCode\n    }\n  }\n"): (typeof documents)["\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n      qrCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotpEnrolment($input: SecondFactorCodeInput!) {\n    confirmTotpEnrolment(input: $input)\n  }\n"): (typeof documents)["\n  mutation ConfirmTotpEnrolment($input: SecondFactorCodeInput!) {\n    confirmTotpEnrolment(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTotp {\n    removeTotp {\n      totp\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveTotp {\n    removeTotp {\n      totp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateRecoveryCodes {\n    regenerateRecoveryCodes\n  }\n"): (typeof documents)["\n  mutation RegenerateRecoveryCodes {\n    regenerateRecoveryCodes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasskeyRegistrationOptions {\n    passkeyRegistrationOptions\n  }\n"): (typeof documents)["\n  mutation PasskeyRegistrationOptions {\n    passkeyRegistrationOptions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPasskey($input: PasskeyResponseInput!) {\n    registerPasskey(input: $input)\n  }\n"): (typeof documents)["\n  mutation RegisterPasskey($input: PasskeyResponseInput!) {\n    registerPasskey(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id) {\n      totp\n    }\n  }\n"): (typeof documents)["\n  mutation RemovePasskey($id: ID!) {\n    removePasskey(id: $id) {\n      totp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepUp($input: SecondFactorCodeInput!) {\n    stepUp(input: $input) {\n      stepUpFresh\n    }\n  }\n"): (typeof documents)["\n  mutation StepUp($input: SecondFactorCodeInput!) {\n    stepUp(input: $input) {\n      stepUpFresh\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepUpPasskeyOptions {\n    stepUpPasskeyOptions\n  }\n"): (typeof documents)["\n  mutation StepUpPasskeyOptions {\n    stepUpPasskeyOptions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepUpWithPasskey($response: String!) {\n    stepUpWithPasskey(response: $response) {\n      stepUpFresh\n    }\n  }\n"): (typeof documents)["\n  mutation StepUpWithPasskey($response: String!) {\n    stepUpWithPasskey(response: $response) {\n      stepUpFresh\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginPasskeyRegistrationOptions {\n    loginPasskeyRegistrationOptions\n  }\n"): (typeof documents)["\n  mutation LoginPasskeyRegistrationOptions {\n    loginPasskeyRegistrationOptions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmLoginPasskeyEnrolment($input: PasskeyResponseInput!) {\n    confirmLoginPasskeyEnrolment(input: $input) {\n      me {\n        ...SessionFields\n      }\n      recoveryCodes\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmLoginPasskeyEnrolment($input: PasskeyResponseInput!) {\n    confirmLoginPasskeyEnrolment(input: $input) {\n      me {\n        ...SessionFields\n      }\n      recoveryCodes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StepUpRoute {\n    mySecondFactors {\n      stepUpFresh\n      stepUpAtProvider\n    }\n  }\n"): (typeof documents)["\n  query StepUpRoute {\n    mySecondFactors {\n      stepUpFresh\n      stepUpAtProvider\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StepUpNeeded {\n    mySecondFactors {\n      required\n      totp\n      stepUpFresh\n      passkeys {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query StepUpNeeded {\n    mySecondFactors {\n      required\n      totp\n      stepUpFresh\n      passkeys {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseClosure($caseId: ID!) {\n    caseClosure(caseId: $caseId) {\n      ...CaseClosureFields\n    }\n  }\n"): (typeof documents)["\n  query CaseClosure($caseId: ID!) {\n    caseClosure(caseId: $caseId) {\n      ...CaseClosureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseClosureFields on CaseClosure {\n    caseId\n    outcome\n    reason\n    closedAt\n    graceDays\n    accessEndsAt\n    closedByAgency {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CaseClosureFields on CaseClosure {\n    caseId\n    outcome\n    reason\n    closedAt\n    graceDays\n    accessEndsAt\n    closedByAgency {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseTimeline($caseId: ID!) {\n    caseTimeline(caseId: $caseId) {\n      id\n      kind\n      at\n      actorAgency {\n        id\n        name\n      }\n      params {\n        key\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseTimeline($caseId: ID!) {\n    caseTimeline(caseId: $caseId) {\n      id\n      kind\n      at\n      actorAgency {\n        id\n        name\n      }\n      params {\n        key\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) {\n      ...CaseClosureFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) {\n      ...CaseClosureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonitoringDashboard {\n    monitoringDashboard {\n      openReferrals\n      oldestReferral {\n        caseId\n        reference\n        since\n        waitingDays\n      }\n      byStatus {\n        status\n        count\n      }\n      byWijk {\n        wijk\n        withheld\n        openCount\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query MonitoringDashboard {\n    monitoringDashboard {\n      openReferrals\n      oldestReferral {\n        caseId\n        reference\n        since\n        waitingDays\n      }\n      byStatus {\n        status\n        count\n      }\n      byWijk {\n        wijk\n        withheld\n        openCount\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      unreadCount\n      items {\n        id\n        kind\n        caseId\n        personName\n        personNameAccess\n        params {\n          key\n          value\n        }\n        createdAt\n        readAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      unreadCount\n      items {\n        id\n        kind\n        caseId\n        personName\n        personNameAccess\n        params {\n          key\n          value\n        }\n        createdAt\n        readAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardOverdueActions($first: Int!) {\n    overdueActions(first: $first) {\n      totalCount\n      totalCountCapped\n      nodes {\n        id\n        caseId\n        caseReference\n        personName\n        personNameAccess\n        description\n        dueDate\n        ownerAgency {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardOverdueActions($first: Int!) {\n    overdueActions(first: $first) {\n      totalCount\n      totalCountCapped\n      nodes {\n        id\n        caseId\n        caseReference\n        personName\n        personNameAccess\n        description\n        dueDate\n        ownerAgency {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionSettings {\n    regionSettings {\n      closingGraceDays\n    }\n  }\n"): (typeof documents)["\n  query RegionSettings {\n    regionSettings {\n      closingGraceDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRegionSettings($input: UpdateRegionSettingsInput!) {\n    updateRegionSettings(input: $input) {\n      closingGraceDays\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRegionSettings($input: UpdateRegionSettingsInput!) {\n    updateRegionSettings(input: $input) {\n      closingGraceDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotifications {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotifications {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomeReport($filter: OutcomeReportFilter) {\n    outcomeReport(filter: $filter) {\n      from\n      to\n      minCellSize\n      withheldCells\n      areas {\n        id\n        name\n      }\n      cells {\n        ...OutcomeFigureFields\n      }\n      quarters {\n        ...OutcomeFigureFields\n      }\n      total {\n        ...OutcomeFigureFields\n      }\n    }\n  }\n\n  fragment OutcomeFigureFields on OutcomeFigures {\n    quarter\n    areaId\n    areaName\n    theme\n    referred\n    triaged\n    averageDaysToTriage\n    planned\n    averageDaysToPlan\n    actionCases\n    actionsDue\n    actionsOnTime\n    closed\n    outcomes {\n      outcome\n      cases\n    }\n    lifeDomains {\n      domain\n      cases\n      averageChange\n    }\n    signalCases\n    signals\n    couplingCases\n    couplings\n  }\n"): (typeof documents)["\n  query OutcomeReport($filter: OutcomeReportFilter) {\n    outcomeReport(filter: $filter) {\n      from\n      to\n      minCellSize\n      withheldCells\n      areas {\n        id\n        name\n      }\n      cells {\n        ...OutcomeFigureFields\n      }\n      quarters {\n        ...OutcomeFigureFields\n      }\n      total {\n        ...OutcomeFigureFields\n      }\n    }\n  }\n\n  fragment OutcomeFigureFields on OutcomeFigures {\n    quarter\n    areaId\n    areaName\n    theme\n    referred\n    triaged\n    averageDaysToTriage\n    planned\n    averageDaysToPlan\n    actionCases\n    actionsDue\n    actionsOnTime\n    closed\n    outcomes {\n      outcome\n      cases\n    }\n    lifeDomains {\n      domain\n      cases\n      averageChange\n    }\n    signalCases\n    signals\n    couplingCases\n    couplings\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasePlan($caseId: ID!) {\n    casePlan(caseId: $caseId) {\n      caseId\n      canEdit\n      canAdopt\n      readOnly\n      ownerAgencies {\n        id\n        name\n      }\n      notes {\n        id\n        actionKey\n        text\n        createdAt\n        author {\n          id\n          displayName\n        }\n        authorAgency {\n          id\n          name\n        }\n      }\n      draft {\n        ...PlanVersionFields\n      }\n      adopted {\n        ...PlanVersionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasePlan($caseId: ID!) {\n    casePlan(caseId: $caseId) {\n      caseId\n      canEdit\n      canAdopt\n      readOnly\n      ownerAgencies {\n        id\n        name\n      }\n      notes {\n        id\n        actionKey\n        text\n        createdAt\n        author {\n          id\n          displayName\n        }\n        authorAgency {\n          id\n          name\n        }\n      }\n      draft {\n        ...PlanVersionFields\n      }\n      adopted {\n        ...PlanVersionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyActions($first: Int, $after: String, $filter: MyActionsFilterInput) {\n    myActions(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        key\n        caseId\n        caseReference\n        personName\n        personNameAccess\n        versionNumber\n        versionStatus\n        lifeDomain\n        goal\n        description\n        dueDate\n        status\n        statusRevision\n        overdue\n        ownerUser {\n          id\n          displayName\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyActions($first: Int, $after: String, $filter: MyActionsFilterInput) {\n    myActions(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        key\n        caseId\n        caseReference\n        personName\n        personNameAccess\n        versionNumber\n        versionStatus\n        lifeDomain\n        goal\n        description\n        dueDate\n        status\n        statusRevision\n        overdue\n        ownerUser {\n          id\n          displayName\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanVersions($caseId: ID!) {\n    planVersions(caseId: $caseId) {\n      id\n      number\n      status\n      adoptedOn\n      basedOnNumber\n      goalCount\n      actionCount\n      adoptedByAgency {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanVersions($caseId: ID!) {\n    planVersions(caseId: $caseId) {\n      id\n      number\n      status\n      adoptedOn\n      basedOnNumber\n      goalCount\n      actionCount\n      adoptedByAgency {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanVersionDiff($caseId: ID!, $from: Int!, $to: Int!) {\n    planVersionDiff(caseId: $caseId, from: $from, to: $to) {\n      kind\n      field\n      lifeDomain\n      goal\n      action\n      from\n      to\n    }\n  }\n"): (typeof documents)["\n  query PlanVersionDiff($caseId: ID!, $from: Int!, $to: Int!) {\n    planVersionDiff(caseId: $caseId, from: $from, to: $to) {\n      kind\n      field\n      lifeDomain\n      goal\n      action\n      from\n      to\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPlanRevision($input: StartPlanRevisionInput!) {\n    startPlanRevision(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartPlanRevision($input: StartPlanRevisionInput!) {\n    startPlanRevision(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPlanGoal($input: AddPlanGoalInput!) {\n    addPlanGoal(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddPlanGoal($input: AddPlanGoalInput!) {\n    addPlanGoal(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPlanAction($input: AddPlanActionInput!) {\n    addPlanAction(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddPlanAction($input: AddPlanActionInput!) {\n    addPlanAction(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePlanAction($input: RemovePlanActionInput!) {\n    removePlanAction(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemovePlanAction($input: RemovePlanActionInput!) {\n    removePlanAction(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptPlanVersion($input: AdoptPlanVersionInput!) {\n    adoptPlanVersion(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdoptPlanVersion($input: AdoptPlanVersionInput!) {\n    adoptPlanVersion(input: $input) {\n      ...PlanVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlanActionStatus($input: UpdatePlanActionStatusInput!) {\n    updatePlanActionStatus(input: $input) {\n      id\n      status\n      statusRevision\n      overdue\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlanActionStatus($input: UpdatePlanActionStatusInput!) {\n    updatePlanActionStatus(input: $input) {\n      id\n      status\n      statusRevision\n      overdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPlanActionNote($input: AddPlanActionNoteInput!) {\n    addPlanActionNote(input: $input) {\n      id\n      actionKey\n    }\n  }\n"): (typeof documents)["\n  mutation AddPlanActionNote($input: AddPlanActionNoteInput!) {\n    addPlanActionNote(input: $input) {\n      id\n      actionKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanPrintCase($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      status\n      subject {\n        id\n        givenNames {\n          ...ProtectedStringFields\n        }\n        familyName {\n          ...ProtectedStringFields\n        }\n        dateOfBirth {\n          ...ProtectedStringFields\n        }\n      }\n      casusregisseurAgency {\n        id\n        name\n        type\n      }\n      casusregisseur {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanPrintCase($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      status\n      subject {\n        id\n        givenNames {\n          ...ProtectedStringFields\n        }\n        familyName {\n          ...ProtectedStringFields\n        }\n        dateOfBirth {\n          ...ProtectedStringFields\n        }\n      }\n      casusregisseurAgency {\n        id\n        name\n        type\n      }\n      casusregisseur {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanVersionFields on PlanVersion {\n    id\n    caseId\n    number\n    status\n    revision\n    basedOnNumber\n    adoptedOn\n    adoptedByAgency {\n      id\n      name\n    }\n    goals {\n      id\n      key\n      lifeDomain\n      description\n      actions {\n        id\n        key\n        description\n        dueDate\n        status\n        statusRevision\n        overdue\n        ownerActive\n        noteCount\n        ownerAgency {\n          id\n          name\n        }\n        ownerUser {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PlanVersionFields on PlanVersion {\n    id\n    caseId\n    number\n    status\n    revision\n    basedOnNumber\n    adoptedOn\n    adoptedByAgency {\n      id\n      name\n    }\n    goals {\n      id\n      key\n      lifeDomain\n      description\n      actions {\n        id\n        key\n        description\n        dueDate\n        status\n        statusRevision\n        overdue\n        ownerActive\n        noteCount\n        ownerAgency {\n          id\n          name\n        }\n        ownerUser {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditEventFilterInput, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      hasMore\n      endCursor\n      items {\n        id\n        seq\n        occurredAt\n        actor {\n          id\n          name\n          email\n        }\n        agency {\n          id\n          name\n          type\n        }\n        roles\n        onBehalfOf {\n          id\n          name\n          email\n        }\n        action\n        result\n        operation\n        caseId\n        caseReference\n        personCount\n        personIds\n        persons {\n          id\n          name\n        }\n        recordType\n        recordName\n        categories\n        accessBasis\n        purpose\n        reasonCode\n        detail\n        originAddress\n        requestId\n        review {\n          id\n          verdict\n          note\n          reviewedAt\n          reviewer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditEventFilterInput, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      hasMore\n      endCursor\n      items {\n        id\n        seq\n        occurredAt\n        actor {\n          id\n          name\n          email\n        }\n        agency {\n          id\n          name\n          type\n        }\n        roles\n        onBehalfOf {\n          id\n          name\n          email\n        }\n        action\n        result\n        operation\n        caseId\n        caseReference\n        personCount\n        personIds\n        persons {\n          id\n          name\n        }\n        recordType\n        recordName\n        categories\n        accessBasis\n        purpose\n        reasonCode\n        detail\n        originAddress\n        requestId\n        review {\n          id\n          verdict\n          note\n          reviewedAt\n          reviewer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditPersonLookup($bsn: String!) {\n    auditPersonLookup(bsn: $bsn) {\n      id\n      displayName\n      dateOfBirth\n    }\n  }\n"): (typeof documents)["\n  query AuditPersonLookup($bsn: String!) {\n    auditPersonLookup(bsn: $bsn) {\n      id\n      displayName\n      dateOfBirth\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditChainStatus {\n    auditChainStatus {\n      intact\n      checked\n      firstBrokenId\n      firstBrokenSeq\n      reason\n      verifiedAt\n    }\n  }\n"): (typeof documents)["\n  query AuditChainStatus {\n    auditChainStatus {\n      intact\n      checked\n      firstBrokenId\n      firstBrokenSeq\n      reason\n      verifiedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenBreakGlassReviewCount {\n    openBreakGlassReviewCount\n  }\n"): (typeof documents)["\n  query OpenBreakGlassReviewCount {\n    openBreakGlassReviewCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BreakGlassReviewQueue {\n    breakGlassReviewQueue {\n      openCount\n      items {\n        eventId\n        occurredAt\n        actor {\n          id\n          name\n          email\n        }\n        agency {\n          id\n          name\n          type\n        }\n        caseReference\n        reason\n        expiresAt\n        personIds\n      }\n    }\n  }\n"): (typeof documents)["\n  query BreakGlassReviewQueue {\n    breakGlassReviewQueue {\n      openCount\n      items {\n        eventId\n        occurredAt\n        actor {\n          id\n          name\n          email\n        }\n        agency {\n          id\n          name\n          type\n        }\n        caseReference\n        reason\n        expiresAt\n        personIds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewBreakGlass($input: ReviewBreakGlassInput!) {\n    reviewBreakGlass(input: $input) {\n      id\n      eventId\n      verdict\n      note\n      reviewedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewBreakGlass($input: ReviewBreakGlassInput!) {\n    reviewBreakGlass(input: $input) {\n      id\n      eventId\n      verdict\n      note\n      reviewedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditAnomalies($from: String!, $to: String!) {\n    auditAnomalies(from: $from, to: $to) {\n      from\n      to\n      outsideParticipation {\n        day\n        user {\n          id\n          name\n          email\n        }\n        agency {\n          id\n          name\n        }\n        personId\n        personName\n        eventCount\n        actions\n        operations\n        purposes\n        accessBases\n        lookupOnly\n        firstAt\n        lastAt\n      }\n      outsideParticipationTruncated\n      volume {\n        day\n        user {\n          id\n          name\n          email\n        }\n        agency {\n          id\n          name\n        }\n        eventCount\n        medianDaily\n        roles\n        roleMedianDaily\n        roleDays\n        threshold\n      }\n      volumeMinimum\n      volumeFactor\n      volumeBaselineDays\n    }\n  }\n"): (typeof documents)["\n  query AuditAnomalies($from: String!, $to: String!) {\n    auditAnomalies(from: $from, to: $to) {\n      from\n      to\n      outsideParticipation {\n        day\n        user {\n          id\n          name\n          email\n        }\n        agency {\n          id\n          name\n        }\n        personId\n        personName\n        eventCount\n        actions\n        operations\n        purposes\n        accessBases\n        lookupOnly\n        firstAt\n        lastAt\n      }\n      outsideParticipationTruncated\n      volume {\n        day\n        user {\n          id\n          name\n          email\n        }\n        agency {\n          id\n          name\n        }\n        eventCount\n        medianDaily\n        roles\n        roleMedianDaily\n        roleDays\n        threshold\n      }\n      volumeMinimum\n      volumeFactor\n      volumeBaselineDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyOfficeAgencies {\n    agencies {\n      id\n      name\n      type\n    }\n  }\n"): (typeof documents)["\n  query PrivacyOfficeAgencies {\n    agencies {\n      id\n      name\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralPersonLookup($input: ReferralPersonLookupInput!) {\n    referralPersonLookup(input: $input) {\n      caseIds\n      person {\n        id\n        givenNames {\n          access\n          value\n        }\n        familyName {\n          access\n          value\n        }\n        dateOfBirth {\n          access\n          value\n        }\n        address {\n          access\n          value {\n            wijk\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferralPersonLookup($input: ReferralPersonLookupInput!) {\n    referralPersonLookup(input: $input) {\n      caseIds\n      person {\n        id\n        givenNames {\n          access\n          value\n        }\n        familyName {\n          access\n          value\n        }\n        dateOfBirth {\n          access\n          value\n        }\n        address {\n          access\n          value {\n            wijk\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralReasonCategories {\n    referralReasonCategories\n  }\n"): (typeof documents)["\n  query ReferralReasonCategories {\n    referralReasonCategories\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      caseId\n      reference\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      caseId\n      reference\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TriageQueue {\n    triageQueue {\n      ...TriageReferralFields\n    }\n  }\n"): (typeof documents)["\n  query TriageQueue {\n    triageQueue {\n      ...TriageReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TriageReferralFields on Referral {\n    caseId\n    reference\n    theme\n    status\n    referredAt\n    waitingDays\n    referringAgency {\n      id\n      name\n      type\n    }\n    referredByName\n    person {\n      id\n      givenNames {\n        access\n        value\n      }\n      familyName {\n        access\n        value\n      }\n      dateOfBirth {\n        access\n        value\n      }\n    }\n    reason\n    goal\n    reasonAccess\n    reasonCategories\n    proposedAgencies {\n      id\n      name\n      type\n    }\n    personInformed\n    notInformedReason\n    possibleMatches {\n      personId\n      givenNames\n      familyName\n      dateOfBirth\n      wijk\n      caseCount\n      bsnMatches\n    }\n    areaTeams {\n      id\n      name\n      agency {\n        id\n        name\n      }\n      areas {\n        id\n        name\n      }\n    }\n    bsnConflict\n    matchDecision\n    canDecide\n  }\n"): (typeof documents)["\n  fragment TriageReferralFields on Referral {\n    caseId\n    reference\n    theme\n    status\n    referredAt\n    waitingDays\n    referringAgency {\n      id\n      name\n      type\n    }\n    referredByName\n    person {\n      id\n      givenNames {\n        access\n        value\n      }\n      familyName {\n        access\n        value\n      }\n      dateOfBirth {\n        access\n        value\n      }\n    }\n    reason\n    goal\n    reasonAccess\n    reasonCategories\n    proposedAgencies {\n      id\n      name\n      type\n    }\n    personInformed\n    notInformedReason\n    possibleMatches {\n      personId\n      givenNames\n      familyName\n      dateOfBirth\n      wijk\n      caseCount\n      bsnMatches\n    }\n    areaTeams {\n      id\n      name\n      agency {\n        id\n        name\n      }\n      areas {\n        id\n        name\n      }\n    }\n    bsnConflict\n    matchDecision\n    canDecide\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideReferral($input: DecideReferralInput!) {\n    decideReferral(input: $input) {\n      caseId\n      reference\n      status\n      decision\n    }\n  }\n"): (typeof documents)["\n  mutation DecideReferral($input: DecideReferralInput!) {\n    decideReferral(input: $input) {\n      caseId\n      reference\n      status\n      decision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionalSettings {\n    regionalSettings {\n      name\n      contactEmail\n      contactPhone\n      accessReviewMonths\n      covenantGraceDays\n      closingGraceDays\n      wgsContactEmail\n      wgsContactPhone\n      wgsContactAddress\n      volunteerGoalMin\n      volunteerGoalMax\n      version\n    }\n  }\n"): (typeof documents)["\n  query RegionalSettings {\n    regionalSettings {\n      name\n      contactEmail\n      contactPhone\n      accessReviewMonths\n      covenantGraceDays\n      closingGraceDays\n      wgsContactEmail\n      wgsContactPhone\n      wgsContactAddress\n      volunteerGoalMin\n      volunteerGoalMax\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRegionalSettings($input: UpdateRegionalSettingsInput!) {\n    updateRegionalSettings(input: $input) {\n      name\n      contactEmail\n      contactPhone\n      accessReviewMonths\n      covenantGraceDays\n      closingGraceDays\n      wgsContactEmail\n      wgsContactPhone\n      wgsContactAddress\n      volunteerGoalMin\n      volunteerGoalMax\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRegionalSettings($input: UpdateRegionalSettingsInput!) {\n    updateRegionalSettings(input: $input) {\n      name\n      contactEmail\n      contactPhone\n      accessReviewMonths\n      covenantGraceDays\n      closingGraceDays\n      wgsContactEmail\n      wgsContactPhone\n      wgsContactAddress\n      volunteerGoalMin\n      volunteerGoalMax\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Retention {\n    retentionPeriods {\n      category\n      months\n      source\n      revision\n      updatedAt\n      updatedByName\n    }\n    deletionRecords(first: 20) {\n      id\n      scope\n      caseStatus\n      closedOn\n      deletedAt\n      categories\n      rowCount\n      personDeleted\n    }\n  }\n"): (typeof documents)["\n  query Retention {\n    retentionPeriods {\n      category\n      months\n      source\n      revision\n      updatedAt\n      updatedByName\n    }\n    deletionRecords(first: 20) {\n      id\n      scope\n      caseStatus\n      closedOn\n      deletedAt\n      categories\n      rowCount\n      personDeleted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegalHolds {\n    legalHolds {\n      ...LegalHoldFields\n    }\n  }\n"): (typeof documents)["\n  query LegalHolds {\n    legalHolds {\n      ...LegalHoldFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LegalHoldFields on LegalHold {\n    id\n    caseReference\n    caseStatus\n    closedAt\n    reason\n    setAt\n    setByName\n    releasedAt\n  }\n"): (typeof documents)["\n  fragment LegalHoldFields on LegalHold {\n    id\n    caseReference\n    caseStatus\n    closedAt\n    reason\n    setAt\n    setByName\n    releasedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRetentionPeriod($input: UpdateRetentionPeriodInput!) {\n    updateRetentionPeriod(input: $input) {\n      category\n      months\n      source\n      revision\n      updatedAt\n      updatedByName\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRetentionPeriod($input: UpdateRetentionPeriodInput!) {\n    updateRetentionPeriod(input: $input) {\n      category\n      months\n      source\n      revision\n      updatedAt\n      updatedByName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLegalHold($input: SetLegalHoldInput!) {\n    setLegalHold(input: $input) {\n      ...LegalHoldFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetLegalHold($input: SetLegalHoldInput!) {\n    setLegalHold(input: $input) {\n      ...LegalHoldFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseLegalHold($input: ReleaseLegalHoldInput!) {\n    releaseLegalHold(input: $input) {\n      ...LegalHoldFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseLegalHold($input: ReleaseLegalHoldInput!) {\n    releaseLegalHold(input: $input) {\n      ...LegalHoldFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCases($text: String!, $first: Int!) {\n    searchCases(text: $text, first: $first) {\n      nodes {\n        ...CaseListItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchCases($text: String!, $first: Int!) {\n    searchCases(text: $text, first: $first) {\n      nodes {\n        ...CaseListItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendSession {\n    extendSession\n  }\n"): (typeof documents)["\n  mutation ExtendSession {\n    extendSession\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      current\n      method\n      userAgent\n      originAddress\n      startedAt\n      lastSeenAt\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      current\n      method\n      userAgent\n      originAddress\n      startedAt\n      lastSeenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOutEverywhere {\n    logOutEverywhere\n  }\n"): (typeof documents)["\n  mutation LogOutEverywhere {\n    logOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoginMethod($email: String!) {\n    loginMethod(email: $email) {\n      method\n      startPath\n    }\n  }\n"): (typeof documents)["\n  query LoginMethod($email: String!) {\n    loginMethod(email: $email) {\n      method\n      startPath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencySso($agencyId: ID!) {\n    agencySso(agencyId: $agencyId) {\n      agencyId\n      issuer\n      clientId\n      clientAuth\n      hasClientSecret\n      emailDomains\n      jitProvisioning\n      redirectUri\n    }\n  }\n"): (typeof documents)["\n  query AgencySso($agencyId: ID!) {\n    agencySso(agencyId: $agencyId) {\n      agencyId\n      issuer\n      clientId\n      clientAuth\n      hasClientSecret\n      emailDomains\n      jitProvisioning\n      redirectUri\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnAgencySso {\n    ownAgencySso {\n      agencyId\n      issuer\n      emailDomains\n      jitProvisioning\n    }\n  }\n"): (typeof documents)["\n  query OwnAgencySso {\n    ownAgencySso {\n      agencyId\n      issuer\n      emailDomains\n      jitProvisioning\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigureAgencySso($input: ConfigureAgencySsoInput!) {\n    configureAgencySso(input: $input) {\n      agencyId\n      issuer\n      clientId\n      clientAuth\n      hasClientSecret\n      emailDomains\n      jitProvisioning\n      redirectUri\n    }\n  }\n"): (typeof documents)["\n  mutation ConfigureAgencySso($input: ConfigureAgencySsoInput!) {\n    configureAgencySso(input: $input) {\n      agencyId\n      issuer\n      clientId\n      clientAuth\n      hasClientSecret\n      emailDomains\n      jitProvisioning\n      redirectUri\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAgencyJitProvisioning($enabled: Boolean!) {\n    setAgencyJitProvisioning(enabled: $enabled) {\n      agencyId\n      jitProvisioning\n    }\n  }\n"): (typeof documents)["\n  mutation SetAgencyJitProvisioning($enabled: Boolean!) {\n    setAgencyJitProvisioning(enabled: $enabled) {\n      agencyId\n      jitProvisioning\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionConditionFields on SupervisionCondition {\n    id\n    kind\n    subject\n    frequency\n    alcoholMonitor\n    notes\n    legalSourceKind\n    legalSourceDate\n    parketNumber\n    startsOn\n    endsOn\n    status\n    revision\n    sourceAgency {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SupervisionConditionFields on SupervisionCondition {\n    id\n    kind\n    subject\n    frequency\n    alcoholMonitor\n    notes\n    legalSourceKind\n    legalSourceDate\n    parketNumber\n    startsOn\n    endsOn\n    status\n    revision\n    sourceAgency {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionConditions($caseId: ID!) {\n    supervisionConditions(caseId: $caseId) {\n      caseId\n      access\n      mayRecord\n      conditions {\n        ...SupervisionConditionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionConditions($caseId: ID!) {\n    supervisionConditions(caseId: $caseId) {\n      caseId\n      access\n      mayRecord\n      conditions {\n        ...SupervisionConditionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSupervisionCondition($input: RecordSupervisionConditionInput!) {\n    recordSupervisionCondition(input: $input) {\n      ...SupervisionConditionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordSupervisionCondition($input: RecordSupervisionConditionInput!) {\n    recordSupervisionCondition(input: $input) {\n      ...SupervisionConditionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSupervisionCondition($input: UpdateSupervisionConditionInput!) {\n    updateSupervisionCondition(input: $input) {\n      ...SupervisionConditionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSupervisionCondition($input: UpdateSupervisionConditionInput!) {\n    updateSupervisionCondition(input: $input) {\n      ...SupervisionConditionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViolationSignalFields on ViolationSignal {\n    id\n    conditionKind\n    conditionSubject\n    what\n    occurredAt\n    location\n    seenBy\n    reportedAt\n    dueAt\n    status\n    reporterAgency {\n      id\n      name\n    }\n    assessmentAccess\n    assessment\n    followUp\n    assessedAt\n    revision\n    mayAssess\n  }\n"): (typeof documents)["\n  fragment ViolationSignalFields on ViolationSignal {\n    id\n    conditionKind\n    conditionSubject\n    what\n    occurredAt\n    location\n    seenBy\n    reportedAt\n    dueAt\n    status\n    reporterAgency {\n      id\n      name\n    }\n    assessmentAccess\n    assessment\n    followUp\n    assessedAt\n    revision\n    mayAssess\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViolationSignals($caseId: ID!) {\n    violationSignals(caseId: $caseId) {\n      ...ViolationSignalFields\n    }\n  }\n"): (typeof documents)["\n  query ViolationSignals($caseId: ID!) {\n    violationSignals(caseId: $caseId) {\n      ...ViolationSignalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyViolationSignals {\n    myViolationSignals {\n      ...ViolationSignalFields\n    }\n  }\n"): (typeof documents)["\n  query MyViolationSignals {\n    myViolationSignals {\n      ...ViolationSignalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViolationSignalsToAssess {\n    violationSignalsToAssess {\n      signal {\n        ...ViolationSignalFields\n      }\n      caseId\n      caseReference\n      overdue\n    }\n  }\n"): (typeof documents)["\n  query ViolationSignalsToAssess {\n    violationSignalsToAssess {\n      signal {\n        ...ViolationSignalFields\n      }\n      caseId\n      caseReference\n      overdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportViolation($input: ReportViolationInput!) {\n    reportViolation(input: $input) {\n      ...ViolationSignalFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReportViolation($input: ReportViolationInput!) {\n    reportViolation(input: $input) {\n      ...ViolationSignalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssessViolation($input: AssessViolationInput!) {\n    assessViolation(input: $input) {\n      ...ViolationSignalFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssessViolation($input: AssessViolationInput!) {\n    assessViolation(input: $input) {\n      ...ViolationSignalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CasePersonInformedFields on CasePersonInformed {\n    caseId\n    access\n    mayRecord\n    mayGenerateLetter\n    record {\n      id\n      informed\n      informedOn\n      informedBy {\n        id\n        name\n      }\n      notInformedReason\n      explanation\n      recordedBy {\n        id\n        name\n      }\n      recordedAt\n      revision\n    }\n    referralAnswer {\n      informed\n      referredOn\n      referrer {\n        id\n        name\n      }\n    }\n    agencies {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CasePersonInformedFields on CasePersonInformed {\n    caseId\n    access\n    mayRecord\n    mayGenerateLetter\n    record {\n      id\n      informed\n      informedOn\n      informedBy {\n        id\n        name\n      }\n      notInformedReason\n      explanation\n      recordedBy {\n        id\n        name\n      }\n      recordedAt\n      revision\n    }\n    referralAnswer {\n      informed\n      referredOn\n      referrer {\n        id\n        name\n      }\n    }\n    agencies {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasePersonInformed($caseId: ID!) {\n    casePersonInformed(caseId: $caseId) {\n      ...CasePersonInformedFields\n    }\n  }\n"): (typeof documents)["\n  query CasePersonInformed($caseId: ID!) {\n    casePersonInformed(caseId: $caseId) {\n      ...CasePersonInformedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPersonInformed($input: RecordPersonInformedInput!) {\n    recordPersonInformed(input: $input) {\n      ...CasePersonInformedFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPersonInformed($input: RecordPersonInformedInput!) {\n    recordPersonInformed(input: $input) {\n      ...CasePersonInformedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VolunteerCouplingFields on VolunteerCoupling {\n    id\n    status\n    revision\n    requestedAt\n    access\n    firstName\n    ageBand\n    wijk\n    helpAsked\n    helpOther\n    availability\n    safetyNote\n    offenceSummary\n    decidedAt\n    declineReason\n    volunteerName\n    volunteerPhone\n    coupledAt\n    endedAt\n    endReason\n    endText\n    volunteerAgency {\n      id\n      name\n    }\n    requestedByAgency {\n      id\n      name\n    }\n    progress {\n      id\n      notedOn\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment VolunteerCouplingFields on VolunteerCoupling {\n    id\n    status\n    revision\n    requestedAt\n    access\n    firstName\n    ageBand\n    wijk\n    helpAsked\n    helpOther\n    availability\n    safetyNote\n    offenceSummary\n    decidedAt\n    declineReason\n    volunteerName\n    volunteerPhone\n    coupledAt\n    endedAt\n    endReason\n    endText\n    volunteerAgency {\n      id\n      name\n    }\n    requestedByAgency {\n      id\n      name\n    }\n    progress {\n      id\n      notedOn\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseVolunteerCouplings($caseId: ID!) {\n    caseVolunteerCouplings(caseId: $caseId) {\n      caseId\n      access\n      mayRequest\n      organisations {\n        id\n        name\n        consented\n        justiceConsented\n      }\n      couplings {\n        ...VolunteerCouplingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseVolunteerCouplings($caseId: ID!) {\n    caseVolunteerCouplings(caseId: $caseId) {\n      caseId\n      access\n      mayRequest\n      organisations {\n        id\n        name\n        consented\n        justiceConsented\n      }\n      couplings {\n        ...VolunteerCouplingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestVolunteerMatch($input: RequestVolunteerMatchInput!) {\n    requestVolunteerMatch(input: $input) {\n      ...VolunteerCouplingFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestVolunteerMatch($input: RequestVolunteerMatchInput!) {\n    requestVolunteerMatch(input: $input) {\n      ...VolunteerCouplingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerMatchRequests {\n    volunteerMatchRequests {\n      ...VolunteerCouplingFields\n    }\n  }\n"): (typeof documents)["\n  query VolunteerMatchRequests {\n    volunteerMatchRequests {\n      ...VolunteerCouplingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerMatchRequest($id: ID!) {\n    volunteerMatchRequest(id: $id) {\n      ...VolunteerCouplingFields\n    }\n  }\n"): (typeof documents)["\n  query VolunteerMatchRequest($id: ID!) {\n    volunteerMatchRequest(id: $id) {\n      ...VolunteerCouplingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideVolunteerMatch($input: DecideVolunteerMatchInput!) {\n    decideVolunteerMatch(input: $input) {\n      ...VolunteerCouplingFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideVolunteerMatch($input: DecideVolunteerMatchInput!) {\n    decideVolunteerMatch(input: $input) {\n      ...VolunteerCouplingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoupleVolunteer($input: CoupleVolunteerInput!) {\n    coupleVolunteer(input: $input) {\n      ...VolunteerCouplingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CoupleVolunteer($input: CoupleVolunteerInput!) {\n    coupleVolunteer(input: $input) {\n      ...VolunteerCouplingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportCouplingProgress($input: CouplingProgressInput!) {\n    reportCouplingProgress(input: $input) {\n      ...VolunteerCouplingFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReportCouplingProgress($input: CouplingProgressInput!) {\n    reportCouplingProgress(input: $input) {\n      ...VolunteerCouplingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndVolunteerCoupling($input: EndCouplingInput!) {\n    endVolunteerCoupling(input: $input) {\n      ...VolunteerCouplingFields\n    }\n  }\n"): (typeof documents)["\n  mutation EndVolunteerCoupling($input: EndCouplingInput!) {\n    endVolunteerCoupling(input: $input) {\n      ...VolunteerCouplingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerCouplingFigures($year: Int!) {\n    volunteerCouplingFigures(year: $year) {\n      year\n      goalMin\n      goalMax\n      organisations {\n        agencyId\n        agencyName\n        requests\n        couplings\n        active\n        averageDays\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerCouplingFigures($year: Int!) {\n    volunteerCouplingFigures(year: $year) {\n      year\n      goalMin\n      goalMax\n      organisations {\n        agencyId\n        agencyName\n        requests\n        couplings\n        active\n        averageDays\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;