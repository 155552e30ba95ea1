export * from './input-problem';
export * from './referral.schema';
export * from './triage.schema';
export * from './close-case.schema';
export * from './information-item.schema';
export * from './participation.schema';
export * from './covenant-note.schema';
export * from './dsr-part-release.schema';
