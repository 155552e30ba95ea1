import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A page in its own chunk: loaded when its route is first shown, or earlier through preload. */
export interface LazyPage {
  Component: LazyExoticComponent<ComponentType>;
  /** Starts loading the chunk (once); the route shown at startup calls it while the session loads. */
  preload: () => Promise<unknown>;
}

/** Pages export a named component (one per file), so the name picks it from the module. */
export function lazyPage<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): LazyPage {
  let loading: Promise<{ default: ComponentType }> | null = null;
  const preload = () => (loading ??= load().then((module) => ({ default: module[name] })));
  return { Component: lazy(preload), preload };
}
