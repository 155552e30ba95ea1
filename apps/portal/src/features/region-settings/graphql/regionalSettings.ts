import { graphql } from '../../../gql';

export const REGIONAL_SETTINGS_QUERY = graphql(`
  query RegionalSettings {
    regionalSettings {
      name
      contactEmail
      contactPhone
      accessReviewMonths
      covenantGraceDays
      closingGraceDays
      wgsContactEmail
      wgsContactPhone
      wgsContactAddress
      volunteerGoalMin
      volunteerGoalMax
      version
    }
  }
`);

export const UPDATE_REGIONAL_SETTINGS_MUTATION = graphql(`
  mutation UpdateRegionalSettings($input: UpdateRegionalSettingsInput!) {
    updateRegionalSettings(input: $input) {
      name
      contactEmail
      contactPhone
      accessReviewMonths
      covenantGraceDays
      closingGraceDays
      wgsContactEmail
      wgsContactPhone
      wgsContactAddress
      volunteerGoalMin
      volunteerGoalMax
      version
    }
  }
`);
