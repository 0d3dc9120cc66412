import tseslint from 'typescript-eslint';
import { layersConfig } from './scripts/eslint/layers.mjs';

const BARRELS = ['aws', 'azurerm', 'google', 'google-beta', 'kubernetes', 'postgresql', 'random'].map((p) => ({
  name: `@cdktf/provider-${p}`,
  message: `Import by deep path (e.g. @cdktf/provider-${p}/lib/<resource>): the barrel costs seconds and hundreds of MB per process.`,
}));

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'cdktf.out/**', '**/*.js', '**/*.mjs', '.gen/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-restricted-imports': ['error', { paths: BARRELS }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Imports point down the layers: tiers ← lib ← stacks ← commands (docs/architecture.md).
  layersConfig,
);
