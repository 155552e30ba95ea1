// @babel/runtime ships no types; the test compares the bundle's helper with this one.
declare module '@babel/runtime/helpers/esm/defineProperty' {
  export default function _defineProperty<T extends object>(
    object: T,
    key: unknown,
    value: unknown,
  ): T;
}
