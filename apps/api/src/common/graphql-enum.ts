/** A string union's values as the object `registerEnumType` wants (`{ A: 'A', B: 'B' }`). */
export const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
