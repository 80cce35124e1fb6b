// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { preloadedWith } from '../../scripts/modulePreload';

const dependencies = ['assets/FlowProvider-a1.js', 'assets/Layout-b2.js'];

describe('preloadedWith', () => {
  it('preloads nothing with the app that the page’s script imports', () => {
    const host = { hostId: 'assets/index-CfLy_Kd1.js', hostType: 'js' } as const;
    expect(preloadedWith('assets/main-e4B9Dq2t.js', dependencies, host)).toEqual([]);
  });

  it('keeps the preloads of every other import, and of the HTML', () => {
    const journey = { hostId: 'assets/main-e4B9Dq2t.js', hostType: 'js' } as const;
    expect(preloadedWith('assets/Journey-D2X1RzM5.js', dependencies, journey)).toEqual(
      dependencies,
    );
    const page = { hostId: 'index.html', hostType: 'html' } as const;
    expect(preloadedWith('assets/index-CfLy_Kd1.js', dependencies, page)).toEqual(dependencies);
  });
});
