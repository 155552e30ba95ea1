import { graphql } from '../../../gql';

export const AREA_TEAM_FIELDS = graphql(`
  fragment AreaTeamFields on AreaTeam {
    id
    name
    active
    version
    agency {
      id
      name
      type
    }
    areas {
      id
      name
    }
    members {
      id
      name
    }
  }
`);

export const AREA_TEAMS_QUERY = graphql(`
  query AreaTeams {
    areaTeams {
      ...AreaTeamFields
    }
    agencies {
      id
      name
      type
    }
    areas(includeInactive: false) {
      id
      name
    }
  }
`);

export const AREA_TEAM_CANDIDATES_QUERY = graphql(`
  query AreaTeamCandidates($agencyId: ID!) {
    areaTeamCandidates(agencyId: $agencyId) {
      id
      name
    }
  }
`);

export const CREATE_AREA_TEAM_MUTATION = graphql(`
  mutation CreateAreaTeam($input: CreateAreaTeamInput!) {
    createAreaTeam(input: $input) {
      ...AreaTeamFields
    }
  }
`);

export const UPDATE_AREA_TEAM_MUTATION = graphql(`
  mutation UpdateAreaTeam($input: UpdateAreaTeamInput!) {
    updateAreaTeam(input: $input) {
      ...AreaTeamFields
    }
  }
`);

export const AREA_PARTNERS_QUERY = graphql(`
  query AreaPartners($postcode: String!) {
    areaPartners(postcode: $postcode) {
      area {
        id
        name
      }
      teams {
        id
        name
        agency {
          id
          name
          type
        }
      }
    }
  }
`);

export const MY_AREA_TEAMS_QUERY = graphql(`
  query MyAreaTeams {
    myAreaTeams {
      id
      name
    }
  }
`);

export const AREA_WORKLOAD_QUERY = graphql(`
  query AreaWorkload($teamId: ID!) {
    areaWorkload(teamId: $teamId) {
      minimumCell
      team {
        id
        name
        areas {
          id
          name
        }
      }
      rows {
        areaId
        areaName
        participating
        inTriage
        active
        notParticipating
      }
    }
  }
`);
