import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from './electron/main/security'

/**
 * The renderer's Content-Security-Policy is defined once, next to the other window
 * hardening settings, and written into the built page here. It is left out of the
 * dev server because React's fast refresh injects an inline script.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'coachbook-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`
      )
  }
}

// Main and preload keep source maps beside the bundle, unreferenced and never packaged: they list
// every module that went in, which is how a test proves no test code is shipped.
export default defineConfig({
  main: {
    build: {
      sourcemap: 'hidden',
      // The update of an older practice runs on a thread of its own, from its own file.
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          upgradeWorker: resolve(__dirname, 'electron/main/backup/upgradeWorker.ts')
        }
      }
    }
  },
  preload: {
    build: {
      // A sandboxed preload cannot require node_modules, so zod and the contract are bundled in.
      externalizeDeps: false,
      sourcemap: 'hidden',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts'), upgrade: resolve(__dirname, 'electron/preload/upgrade.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src'),
    plugins: [react(), contentSecurityPolicy()],
    build: {
      chunkSizeWarningLimit: 4096,
      rollupOptions: { input: { index: resolve(__dirname, 'src/index.html'), upgrade: resolve(__dirname, 'src/upgrade.html') } }
    }
  }
})
