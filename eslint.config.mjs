// Lint configuration: typescript-eslint's recommended rules (syntactic, not
// type-aware: no type information is built, so linting costs one parse per
// file and types are checked by npm run typecheck alone) plus
// eslint-plugin-astro. `npm run lint` runs it with --max-warnings 0.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';

/**
 * The layers of src/lib, lowest first. A folder may import only folders
 * listed before it (and itself), so no two folders import each other and a
 * newcomer can read the direction from this list. ARCHITECTURE.md explains
 * each layer; `tests/unit/architecture/layers.test.ts` shows a back edge fails.
 */
export const LAYERS = [
  ['core'], // målform and value types, slugs, every URL builder, counting, string distance
  ['i18n'], // the words a reader or clerk sees, per målform
  ['files'], // which files may be published: type allow-list, content sniffing, SVG allow-list
  ['config'], // planverk.config.ts schema
  ['model'], // pure: vocabulary, schemas, types, dates, money, references, validation
  ['content'], // reading content/ from disk: listing, decoding, resolvers
  ['status'], // status update files
  ['assets'], // what a body's relative links and images resolve to
  ['markdown'], // the one body pipeline
  ['check'], // the one validation and `npm run check`
  ['browser', 'server'], // Chromium and a static server, for the PDF step
  ['output'], // what every post-build step shares: the step contract, the manifest
  ['site'], // the data the pages read
  ['data', 'pdf', 'search', 'social'], // the output steps
  ['build', 'new-document', 'import', 'archive'], // orchestration (the only importer of astro); `npm run new`, `npm run import`, `npm run arkiv`
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      '.planverk/',
      'node_modules/',
      'public/',
      'bench/corpus/',
      'tests/fixtures/**/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/lib/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': LAYERS.flat().map((folder) => ({
        type: folder,
        pattern: `src/lib/${folder}`,
      })),
      'boundaries/include': ['src/lib/**/*'],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message:
            'src/lib/{{from.element.type}} may not import src/lib/{{to.element.type}}: a folder imports only the layers below it (LAYERS in eslint.config.mjs, ARCHITECTURE.md)',
          policies: LAYERS.flatMap((layer, i) =>
            layer.map((folder) => ({
              from: { element: { type: folder } },
              allow: {
                to: { element: { types: { anyOf: [folder, ...LAYERS.slice(0, i).flat()] } } },
              },
            })),
          ),
        },
      ],
    },
  },
  {
    // Astro is driven from one place: the build (src/lib/build/build-site.ts).
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/build/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^astro(/|$)', message: 'Only src/lib/build imports astro.' }] },
      ],
    },
  },
  {
    // Node runs the CLIs' TypeScript as it is (no tsx, no bundler), so what
    // only a bundler resolves fails there at run time, though typecheck
    // (moduleResolution Bundler) lets it pass. tsconfig's erasableSyntaxOnly
    // refuses the syntax Node cannot strip.
    files: ['**/*.ts', '**/*.mts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          'ImportDeclaration',
          'ExportNamedDeclaration',
          'ExportAllDeclaration',
          'ImportExpression',
        ].flatMap((node) => [
          {
            selector: `${node} > Literal.source[value=/^\\.{1,2}\\/(?!.*\\.(?:ts|mts|js|mjs|cjs|json|astro|css|svg)$)/]`,
            message:
              "Node resolves no extensionless import: write the file's extension ('./x.ts').",
          },
          {
            selector: `${node}[attributes.length=0] > Literal.source[value=/\\.json$/]`,
            message: "Node imports JSON only with its type: add `with { type: 'json' }`.",
          },
        ]),
      ],
    },
  },
);
