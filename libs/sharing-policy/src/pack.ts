import { packRules, unpackRules, type PackRule } from '@casl/ability/extra';
import { createAppAbility, type AppAbility, type AppRawRule } from './subjects';

/** The ability as compact JSON for the portal; rule reasons (the access basis) are kept. */
export type PackedAbility = PackRule<AppRawRule>[];

export function packAbility(ability: AppAbility): PackedAbility {
  return packRules(ability.rules);
}

/** The portal uses this only to show or hide actions; the API decides again on every request. */
export function unpackAbility(packed: PackedAbility): AppAbility {
  return createAppAbility(unpackRules<AppRawRule>(packed));
}
