export * from './input-problem';
export * from './referral.schema';
