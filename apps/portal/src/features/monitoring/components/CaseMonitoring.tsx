import type { CaseStatus } from '../../../gql/graphql';
import { CaseClosingSection } from './CaseClosingSection';
import { CaseTimeline } from './CaseTimeline';

interface CaseMonitoringProps {
  caseId: string;
  status: CaseStatus;
}

/** The monitoring part of a dossier: how it was closed (or closing it), and its timeline. */
export function CaseMonitoring({ caseId, status }: CaseMonitoringProps) {
  return (
    <>
      <CaseClosingSection caseId={caseId} status={status} />
      <CaseTimeline caseId={caseId} />
    </>
  );
}
