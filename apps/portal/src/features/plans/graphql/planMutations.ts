import { graphql } from '../../../gql';

export const START_PLAN_REVISION_MUTATION = graphql(`
  mutation StartPlanRevision($input: StartPlanRevisionInput!) {
    startPlanRevision(input: $input) {
      ...PlanVersionFields
    }
  }
`);

export const ADD_PLAN_GOAL_MUTATION = graphql(`
  mutation AddPlanGoal($input: AddPlanGoalInput!) {
    addPlanGoal(input: $input) {
      ...PlanVersionFields
    }
  }
`);

export const ADD_PLAN_ACTION_MUTATION = graphql(`
  mutation AddPlanAction($input: AddPlanActionInput!) {
    addPlanAction(input: $input) {
      ...PlanVersionFields
    }
  }
`);

export const REMOVE_PLAN_ACTION_MUTATION = graphql(`
  mutation RemovePlanAction($input: RemovePlanActionInput!) {
    removePlanAction(input: $input) {
      ...PlanVersionFields
    }
  }
`);

export const ADOPT_PLAN_VERSION_MUTATION = graphql(`
  mutation AdoptPlanVersion($input: AdoptPlanVersionInput!) {
    adoptPlanVersion(input: $input) {
      ...PlanVersionFields
    }
  }
`);

export const UPDATE_PLAN_ACTION_STATUS_MUTATION = graphql(`
  mutation UpdatePlanActionStatus($input: UpdatePlanActionStatusInput!) {
    updatePlanActionStatus(input: $input) {
      id
      status
      statusRevision
      overdue
    }
  }
`);

export const ADD_PLAN_ACTION_NOTE_MUTATION = graphql(`
  mutation AddPlanActionNote($input: AddPlanActionNoteInput!) {
    addPlanActionNote(input: $input) {
      id
      actionKey
    }
  }
`);
