import type { Plugin } from 'vite';
import { callbackEndpointOrigin } from './contentSecurityPolicy';
import { headersFile } from './securityHeaders';

/**
 * Writes `dist/_headers` for static hosts, from the same source as the page's meta policy; the
 * callback endpoint's origin is read when the page is built, as for the meta.
 */
export function headersFilePlugin(callbackEndpoint: () => string | undefined): Plugin {
  return {
    name: 'rusmiddeltjek:headers-file',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: headersFile(callbackEndpointOrigin(callbackEndpoint())),
      });
    },
  };
}
