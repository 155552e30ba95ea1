import type { Plugin } from 'vite';

// The Utrecht React components are compiled by Babel for old browsers: each object spread
// (`{ ...props }`) calls @babel/runtime's `defineProperty`, which brings `toPropertyKey`,
// `toPrimitive` and `typeof` (the Symbol.toPrimitive protocol written out for ES5) into the first
// chunk. Every browser the portal supports has these operations built in: `in` and
// `Object.defineProperty` convert the key themselves. The bundle gets the helper written with
// them instead (same results: native-babel-helpers.test.ts compares it with Babel's).

const HELPER =
  /[\\/]node_modules[\\/]@babel[\\/]runtime[\\/]helpers[\\/]esm[\\/]defineProperty\.js$/;

/** Babel's `_defineProperty`: an own, enumerable, writable, configurable property; returns the object. */
export function defineProperty<T extends object>(object: T, key: PropertyKey, value: unknown): T {
  if (key in object)
    Object.defineProperty(object, key, {
      value,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  else (object as Record<PropertyKey, unknown>)[key] = value;
  return object;
}

export function nativeBabelHelpers(): Plugin {
  return {
    name: 'schakel:native-babel-helpers',
    apply: 'build',
    load(id) {
      return HELPER.test(id) ? `export default ${defineProperty.toString()}` : null;
    },
  };
}
