import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { door, layers } from './eslint.layers.js'

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  // A rule holds everywhere or is changed here: no file turns one off for itself.
  { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off'
    }
  },
  {
    files: ['electron/**/*.ts', 'test/**/*.ts', '*.config.ts', '*.config.js'],
    languageOptions: { globals: globals.node }
  },
  {
    files: ['src/**/*.{ts,tsx}', 'test/bridge/shim.ts'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules
  },
  layers,
  door,
  {
    // A file past 500 lines holds more than one thing: split it where its sections already are.
    files: ['electron/**/*.ts', 'src/**/*.{ts,tsx}', 'test/**/*.ts', 'bench/**/*.ts'],
    ignores: [
      // Demo data is long lists of words, not code.
      'electron/main/demo/**'
    ],
    rules: { 'max-lines': ['error', { max: 500, skipBlankLines: false, skipComments: false }] }
  }
)
