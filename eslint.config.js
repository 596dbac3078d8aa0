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
        projectService: { allowDefaultProject: ['vitest.config.ts', 'vitest.browser.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Counts and line numbers in messages are the common case; objects and unions still fail.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // The stylistic preset prefers `x!` to `x as T`, the strict preset forbids `x!`: keep the
      // strict rule, and let the remaining assertions be explicit.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
      // `_name` marks a value taken apart on purpose (a rest sibling left out, a placeholder).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // In tests a missing value should fail loudly where it is used: `x!` is that failure, and
    // `expect(object.method)` passes methods around without calling them.
    files: ['test/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
      // vitest's asymmetric matchers (`expect.stringMatching`) are typed `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
