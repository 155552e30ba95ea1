import babelDefineProperty from '@babel/runtime/helpers/esm/defineProperty';
import { describe, expect, it } from 'vitest';
import { defineProperty, nativeBabelHelpers } from './native-babel-helpers';

/** Every own property with its descriptor, symbols included. */
const described = (object: object) =>
  Reflect.ownKeys(object).map((key) => [key, Object.getOwnPropertyDescriptor(object, key)]);

describe("the bundle's defineProperty helper", () => {
  const symbol = Symbol('key');
  const cases: [string, () => object, PropertyKey | { toString(): string }, unknown][] = [
    ['a new key', () => ({ a: 1 }), 'b', 2],
    ['an own key', () => ({ a: 1, b: 2 }), 'a', 3],
    ['an inherited key (toString)', () => ({}), 'toString', 'own'],
    [
      'a key behind a prototype setter',
      () => Object.create({ set x(_: unknown) {} }) as object,
      'x',
      4,
    ],
    ['a symbol', () => ({}), symbol, 5],
    ['a number', () => [], 0, 'first'],
    ['an object key (converted with toString)', () => ({}), { toString: () => 'k' }, 6],
  ];

  it.each(cases)("gives the same object as Babel's for %s", (_, make, key, value) => {
    // An object key is converted by `in` and Object.defineProperty, as by Babel's toPropertyKey.
    const ours = defineProperty(make(), key as PropertyKey, value);
    const babel = babelDefineProperty(make(), key, value);
    expect(described(ours)).toEqual(described(babel));
  });

  it("throws like Babel's on a frozen object", () => {
    expect(() => babelDefineProperty(Object.freeze({ a: 1 }), 'a', 2)).toThrow(TypeError);
    expect(() => defineProperty(Object.freeze({ a: 1 }), 'a', 2)).toThrow(TypeError);
  });

  it("replaces Babel's module in the build, and nothing else", () => {
    const plugin = nativeBabelHelpers();
    const load = plugin.load as (id: string) => string | null;
    const code = load('/x/node_modules/@babel/runtime/helpers/esm/defineProperty.js');
    expect(code).toMatch(/^export default function/);
    expect(code).not.toMatch(/toPropertyKey|import/);
    expect(load('/x/node_modules/@babel/runtime/helpers/esm/extends.js')).toBeNull();
  });
});
