import { lazy, type ComponentType } from 'react';

/**
 * A page loaded on demand that can also be fetched ahead of need. Once fetched, it renders at once:
 * React is handed a thenable that is already fulfilled, so it never shows the empty fallback.
 */
export function preloadableScreen<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  let loaded: ComponentType<Props> | undefined;
  const preload = () =>
    load().then((component) => {
      loaded = component;
      return component;
    });
  const Screen = lazy(() => {
    if (!loaded) return preload().then((component) => ({ default: component }));
    const component = loaded;
    const fulfilled = {
      then: (resolve: (module: { default: ComponentType<Props> }) => void) =>
        resolve({ default: component }),
    };
    return fulfilled as unknown as Promise<{ default: ComponentType<Props> }>;
  });
  return { Screen, preload };
}
