export * from './subjects';
export * from './covenant';
export * from './legal-ceiling';
export * from './build-ability';
export * from './to-sql';
export * from './pack';
