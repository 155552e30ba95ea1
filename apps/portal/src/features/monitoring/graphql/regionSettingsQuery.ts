import { graphql } from '../../../gql';

export const REGION_SETTINGS_QUERY = graphql(`
  query RegionSettings {
    regionSettings {
      closingGraceDays
    }
  }
`);

export const UPDATE_REGION_SETTINGS_MUTATION = graphql(`
  mutation UpdateRegionSettings($input: UpdateRegionSettingsInput!) {
    updateRegionSettings(input: $input) {
      closingGraceDays
    }
  }
`);
