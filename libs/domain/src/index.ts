export * from './agency-type';
export * from './role';
export * from './information-category';
export * from './case-status';
export * from './bsn';
export * from './password-policy';
export * from './error-codes';
export * from './record-part';
