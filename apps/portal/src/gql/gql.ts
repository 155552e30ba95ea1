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
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...SessionFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment SessionFields on Me {\n    user {\n      id\n      email\n      displayName\n    }\n    agency {\n      id\n      name\n      type\n    }\n    region {\n      id\n      name\n    }\n    roles\n    csrfToken\n    sessionExpiresAt\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation AddInformationItem($input: AddInformationItemInput!) {\n    addInformationItem(input: $input) {\n      id\n      caseId\n      category\n    }\n  }\n": typeof types.AddInformationItemDocument,
    "\n  query Agencies {\n    agencies {\n      id\n      name\n      type\n    }\n  }\n": typeof types.AgenciesDocument,
    "\n  query CaseAsAgency($caseId: ID!, $agencyId: ID!) {\n    caseAsAgency(caseId: $caseId, agencyId: $agencyId) {\n      agency {\n        id\n        name\n        type\n      }\n      canReadCase\n      case {\n        ...CaseDetailFields\n      }\n    }\n  }\n": typeof types.CaseAsAgencyDocument,
    "\n  query CaseConsents($caseId: ID!) {\n    consents(caseId: $caseId) {\n      id\n      category\n      active\n      caseId\n      givenAt\n      withdrawnAt\n      recipientAgency {\n        id\n        name\n        type\n      }\n      recordedByAgency {\n        id\n        name\n        type\n      }\n    }\n    conflictOfDutiesDecisions(caseId: $caseId) {\n      id\n      category\n      active\n      decidedAt\n      decidedBy\n      withdrawnAt\n      reasoning\n      decidedByAgency {\n        id\n        name\n        type\n      }\n      recipientAgency {\n        id\n        name\n        type\n      }\n    }\n  }\n": typeof types.CaseConsentsDocument,
    "\n  fragment CaseDetailFields on Case {\n    id\n    reference\n    theme\n    status\n    createdAt\n    updatedAt\n    accessBasis\n    readOnly\n    viewedAs {\n      id\n      name\n      type\n    }\n    referringAgency {\n      id\n      name\n      type\n    }\n    casusregisseurAgency {\n      id\n      name\n      type\n    }\n    casusregisseur {\n      id\n      displayName\n    }\n    subject {\n      id\n      givenNames {\n        ...ProtectedStringFields\n      }\n      familyName {\n        ...ProtectedStringFields\n      }\n      dateOfBirth {\n        ...ProtectedStringFields\n      }\n      bsn {\n        ...ProtectedStringFields\n      }\n      address {\n        access\n        category\n        value {\n          street\n          houseNumber\n          postcode\n          city\n          wijk\n        }\n      }\n    }\n    categoryAccess {\n      category\n      access\n      accessBasis\n      canWrite\n    }\n    informationItems {\n      id\n      caseId\n      category\n      access\n      accessBasis\n      legalBasis\n      createdAt\n      summary\n      text\n      sourceAgency {\n        id\n        name\n        type\n      }\n    }\n    participants(includeEnded: true) {\n      id\n      active\n      role\n      reason\n      legalBasis\n      startedAt\n      endedAt\n      endReason\n      agency {\n        id\n        name\n        type\n      }\n    }\n  }\n": typeof types.CaseDetailFieldsFragmentDoc,
    "\n  fragment CaseListItemFields on Case {\n    id\n    reference\n    theme\n    status\n    updatedAt\n    subject {\n      id\n      givenNames {\n        ...ProtectedStringFields\n      }\n      familyName {\n        ...ProtectedStringFields\n      }\n    }\n    casusregisseurAgency {\n      id\n      name\n      type\n    }\n  }\n": typeof types.CaseListItemFieldsFragmentDoc,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseDetailFields\n    }\n  }\n": typeof types.CaseDocument,
    "\n  query Cases($first: Int!, $after: String, $filter: CasesFilterInput) {\n    cases(first: $first, after: $after, filter: $filter) {\n      nodes {\n        ...CaseListItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.CasesDocument,
    "\n  fragment ProtectedStringFields on ProtectedString {\n    access\n    category\n    value\n  }\n": typeof types.ProtectedStringFieldsFragmentDoc,
    "\n  fragment CovenantFields on Covenant {\n    version\n    createdAt\n    createdBy\n    note\n    current\n    entries {\n      agencyType\n      agency {\n        id\n        name\n        type\n      }\n      category\n      read\n      readSummary\n      write\n    }\n  }\n": typeof types.CovenantFieldsFragmentDoc,
    "\n  query Covenant($version: Int) {\n    covenant(version: $version) {\n      ...CovenantFields\n    }\n    covenantVersions {\n      version\n      createdAt\n      createdBy\n      note\n    }\n  }\n": typeof types.CovenantDocument,
    "\n  mutation UpdateCovenant($input: UpdateCovenantInput!) {\n    updateCovenant(input: $input) {\n      ...CovenantFields\n    }\n  }\n": typeof types.UpdateCovenantDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...SessionFields\n    }\n  }\n": types.MeDocument,
    "\n  fragment SessionFields on Me {\n    user {\n      id\n      email\n      displayName\n    }\n    agency {\n      id\n      name\n      type\n    }\n    region {\n      id\n      name\n    }\n    roles\n    csrfToken\n    sessionExpiresAt\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation AddInformationItem($input: AddInformationItemInput!) {\n    addInformationItem(input: $input) {\n      id\n      caseId\n      category\n    }\n  }\n": types.AddInformationItemDocument,
    "\n  query Agencies {\n    agencies {\n      id\n      name\n      type\n    }\n  }\n": types.AgenciesDocument,
    "\n  query CaseAsAgency($caseId: ID!, $agencyId: ID!) {\n    caseAsAgency(caseId: $caseId, agencyId: $agencyId) {\n      agency {\n        id\n        name\n        type\n      }\n      canReadCase\n      case {\n        ...CaseDetailFields\n      }\n    }\n  }\n": types.CaseAsAgencyDocument,
    "\n  query CaseConsents($caseId: ID!) {\n    consents(caseId: $caseId) {\n      id\n      category\n      active\n      caseId\n      givenAt\n      withdrawnAt\n      recipientAgency {\n        id\n        name\n        type\n      }\n      recordedByAgency {\n        id\n        name\n        type\n      }\n    }\n    conflictOfDutiesDecisions(caseId: $caseId) {\n      id\n      category\n      active\n      decidedAt\n      decidedBy\n      withdrawnAt\n      reasoning\n      decidedByAgency {\n        id\n        name\n        type\n      }\n      recipientAgency {\n        id\n        name\n        type\n      }\n    }\n  }\n": types.CaseConsentsDocument,
    "\n  fragment CaseDetailFields on Case {\n    id\n    reference\n    theme\n    status\n    createdAt\n    updatedAt\n    accessBasis\n    readOnly\n    viewedAs {\n      id\n      name\n      type\n    }\n    referringAgency {\n      id\n      name\n      type\n    }\n    casusregisseurAgency {\n      id\n      name\n      type\n    }\n    casusregisseur {\n      id\n      displayName\n    }\n    subject {\n      id\n      givenNames {\n        ...ProtectedStringFields\n      }\n      familyName {\n        ...ProtectedStringFields\n      }\n      dateOfBirth {\n        ...ProtectedStringFields\n      }\n      bsn {\n        ...ProtectedStringFields\n      }\n      address {\n        access\n        category\n        value {\n          street\n          houseNumber\n          postcode\n          city\n          wijk\n        }\n      }\n    }\n    categoryAccess {\n      category\n      access\n      accessBasis\n      canWrite\n    }\n    informationItems {\n      id\n      caseId\n      category\n      access\n      accessBasis\n      legalBasis\n      createdAt\n      summary\n      text\n      sourceAgency {\n        id\n        name\n        type\n      }\n    }\n    participants(includeEnded: true) {\n      id\n      active\n      role\n      reason\n      legalBasis\n      startedAt\n      endedAt\n      endReason\n      agency {\n        id\n        name\n        type\n      }\n    }\n  }\n": types.CaseDetailFieldsFragmentDoc,
    "\n  fragment CaseListItemFields on Case {\n    id\n    reference\n    theme\n    status\n    updatedAt\n    subject {\n      id\n      givenNames {\n        ...ProtectedStringFields\n      }\n      familyName {\n        ...ProtectedStringFields\n      }\n    }\n    casusregisseurAgency {\n      id\n      name\n      type\n    }\n  }\n": types.CaseListItemFieldsFragmentDoc,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseDetailFields\n    }\n  }\n": types.CaseDocument,
    "\n  query Cases($first: Int!, $after: String, $filter: CasesFilterInput) {\n    cases(first: $first, after: $after, filter: $filter) {\n      nodes {\n        ...CaseListItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.CasesDocument,
    "\n  fragment ProtectedStringFields on ProtectedString {\n    access\n    category\n    value\n  }\n": types.ProtectedStringFieldsFragmentDoc,
    "\n  fragment CovenantFields on Covenant {\n    version\n    createdAt\n    createdBy\n    note\n    current\n    entries {\n      agencyType\n      agency {\n        id\n        name\n        type\n      }\n      category\n      read\n      readSummary\n      write\n    }\n  }\n": types.CovenantFieldsFragmentDoc,
    "\n  query Covenant($version: Int) {\n    covenant(version: $version) {\n      ...CovenantFields\n    }\n    covenantVersions {\n      version\n      createdAt\n      createdBy\n      note\n    }\n  }\n": types.CovenantDocument,
    "\n  mutation UpdateCovenant($input: UpdateCovenantInput!) {\n    updateCovenant(input: $input) {\n      ...CovenantFields\n    }\n  }\n": types.UpdateCovenantDocument,
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
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on Me {\n    user {\n      id\n      email\n      displayName\n    }\n    agency {\n      id\n      name\n      type\n    }\n    region {\n      id\n      name\n    }\n    roles\n    csrfToken\n    sessionExpiresAt\n  }\n"): (typeof documents)["\n  fragment SessionFields on Me {\n    user {\n      id\n      email\n      displayName\n    }\n    agency {\n      id\n      name\n      type\n    }\n    region {\n      id\n      name\n    }\n    roles\n    csrfToken\n    sessionExpiresAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddInformationItem($input: AddInformationItemInput!) {\n    addInformationItem(input: $input) {\n      id\n      caseId\n      category\n    }\n  }\n"): (typeof documents)["\n  mutation AddInformationItem($input: AddInformationItemInput!) {\n    addInformationItem(input: $input) {\n      id\n      caseId\n      category\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agencies {\n    agencies {\n      id\n      name\n      type\n    }\n  }\n"): (typeof documents)["\n  query Agencies {\n    agencies {\n      id\n      name\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseAsAgency($caseId: ID!, $agencyId: ID!) {\n    caseAsAgency(caseId: $caseId, agencyId: $agencyId) {\n      agency {\n        id\n        name\n        type\n      }\n      canReadCase\n      case {\n        ...CaseDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseAsAgency($caseId: ID!, $agencyId: ID!) {\n    caseAsAgency(caseId: $caseId, agencyId: $agencyId) {\n      agency {\n        id\n        name\n        type\n      }\n      canReadCase\n      case {\n        ...CaseDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseConsents($caseId: ID!) {\n    consents(caseId: $caseId) {\n      id\n      category\n      active\n      caseId\n      givenAt\n      withdrawnAt\n      recipientAgency {\n        id\n        name\n        type\n      }\n      recordedByAgency {\n        id\n        name\n        type\n      }\n    }\n    conflictOfDutiesDecisions(caseId: $caseId) {\n      id\n      category\n      active\n      decidedAt\n      decidedBy\n      withdrawnAt\n      reasoning\n      decidedByAgency {\n        id\n        name\n        type\n      }\n      recipientAgency {\n        id\n        name\n        type\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseConsents($caseId: ID!) {\n    consents(caseId: $caseId) {\n      id\n      category\n      active\n      caseId\n      givenAt\n      withdrawnAt\n      recipientAgency {\n        id\n        name\n        type\n      }\n      recordedByAgency {\n        id\n        name\n        type\n      }\n    }\n    conflictOfDutiesDecisions(caseId: $caseId) {\n      id\n      category\n      active\n      decidedAt\n      decidedBy\n      withdrawnAt\n      reasoning\n      decidedByAgency {\n        id\n        name\n        type\n      }\n      recipientAgency {\n        id\n        name\n        type\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseDetailFields on Case {\n    id\n    reference\n    theme\n    status\n    createdAt\n    updatedAt\n    accessBasis\n    readOnly\n    viewedAs {\n      id\n      name\n      type\n    }\n    referringAgency {\n      id\n      name\n      type\n    }\n    casusregisseurAgency {\n      id\n      name\n      type\n    }\n    casusregisseur {\n      id\n      displayName\n    }\n    subject {\n      id\n      givenNames {\n        ...ProtectedStringFields\n      }\n      familyName {\n        ...ProtectedStringFields\n      }\n      dateOfBirth {\n        ...ProtectedStringFields\n      }\n      bsn {\n        ...ProtectedStringFields\n      }\n      address {\n        access\n        category\n        value {\n          street\n          houseNumber\n          postcode\n          city\n          wijk\n        }\n      }\n    }\n    categoryAccess {\n      category\n      access\n      accessBasis\n      canWrite\n    }\n    informationItems {\n      id\n      caseId\n      category\n      access\n      accessBasis\n      legalBasis\n      createdAt\n      summary\n      text\n      sourceAgency {\n        id\n        name\n        type\n      }\n    }\n    participants(includeEnded: true) {\n      id\n      active\n      role\n      reason\n      legalBasis\n      startedAt\n      endedAt\n      endReason\n      agency {\n        id\n        name\n        type\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseDetailFields on Case {\n    id\n    reference\n    theme\n    status\n    createdAt\n    updatedAt\n    accessBasis\n    readOnly\n    viewedAs {\n      id\n      name\n      type\n    }\n    referringAgency {\n      id\n      name\n      type\n    }\n    casusregisseurAgency {\n      id\n      name\n      type\n    }\n    casusregisseur {\n      id\n      displayName\n    }\n    subject {\n      id\n      givenNames {\n        ...ProtectedStringFields\n      }\n      familyName {\n        ...ProtectedStringFields\n      }\n      dateOfBirth {\n        ...ProtectedStringFields\n      }\n      bsn {\n        ...ProtectedStringFields\n      }\n      address {\n        access\n        category\n        value {\n          street\n          houseNumber\n          postcode\n          city\n          wijk\n        }\n      }\n    }\n    categoryAccess {\n      category\n      access\n      accessBasis\n      canWrite\n    }\n    informationItems {\n      id\n      caseId\n      category\n      access\n      accessBasis\n      legalBasis\n      createdAt\n      summary\n      text\n      sourceAgency {\n        id\n        name\n        type\n      }\n    }\n    participants(includeEnded: true) {\n      id\n      active\n      role\n      reason\n      legalBasis\n      startedAt\n      endedAt\n      endReason\n      agency {\n        id\n        name\n        type\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseListItemFields on Case {\n    id\n    reference\n    theme\n    status\n    updatedAt\n    subject {\n      id\n      givenNames {\n        ...ProtectedStringFields\n      }\n      familyName {\n        ...ProtectedStringFields\n      }\n    }\n    casusregisseurAgency {\n      id\n      name\n      type\n    }\n  }\n"): (typeof documents)["\n  fragment CaseListItemFields on Case {\n    id\n    reference\n    theme\n    status\n    updatedAt\n    subject {\n      id\n      givenNames {\n        ...ProtectedStringFields\n      }\n      familyName {\n        ...ProtectedStringFields\n      }\n    }\n    casusregisseurAgency {\n      id\n      name\n      type\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment ProtectedStringFields on ProtectedString {\n    access\n    category\n    value\n  }\n"): (typeof documents)["\n  fragment ProtectedStringFields on ProtectedString {\n    access\n    category\n    value\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CovenantFields on Covenant {\n    version\n    createdAt\n    createdBy\n    note\n    current\n    entries {\n      agencyType\n      agency {\n        id\n        name\n        type\n      }\n      category\n      read\n      readSummary\n      write\n    }\n  }\n"): (typeof documents)["\n  fragment CovenantFields on Covenant {\n    version\n    createdAt\n    createdBy\n    note\n    current\n    entries {\n      agencyType\n      agency {\n        id\n        name\n        type\n      }\n      category\n      read\n      readSummary\n      write\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Covenant($version: Int) {\n    covenant(version: $version) {\n      ...CovenantFields\n    }\n    covenantVersions {\n      version\n      createdAt\n      createdBy\n      note\n    }\n  }\n"): (typeof documents)["\n  query Covenant($version: Int) {\n    covenant(version: $version) {\n      ...CovenantFields\n    }\n    covenantVersions {\n      version\n      createdAt\n      createdBy\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCovenant($input: UpdateCovenantInput!) {\n    updateCovenant(input: $input) {\n      ...CovenantFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCovenant($input: UpdateCovenantInput!) {\n    updateCovenant(input: $input) {\n      ...CovenantFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;