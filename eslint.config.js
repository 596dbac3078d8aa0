// Lint: typescript-eslint's strict and stylistic type-checked presets over the sources,
// scripts, benchmarks and tests. Formatting is Prettier's job (`npm run format:check`),
// so no stylistic rule here fights it.
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'docs/api/',
      'coverage/',
      'examples/playground/dist/',
      'node_modules/',
      'test-results/',
      'src/generated/',
    ],
  },
  eslint.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Counts and line numbers in messages are the common case; objects and unions still fail.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // The stylistic preset prefers `x!` to `x as T`, the strict preset forbids `x!`: keep the
      // strict rule, and let the remaining assertions be explicit.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
