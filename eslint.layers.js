import boundaries from 'eslint-plugin-boundaries'

/**
 * The layers of Coachbook and the imports each may make, type-only ones included
 * (docs/layers.md says why). Each folder is an element; a few files are told apart
 * by category. Anything not allowed here is refused, inside a folder too.
 *
 *   shared        electron/shared             the contract: imports shared only
 *   preload, src  the window's side           import shared only
 *   base          errors, clock, fileNames,   import shared
 *                 savedFiles, machineFile, csv,
 *                 platform, logging/
 *   search index  search/fold, functions,     the full-text index's shape and SQL functions,
 *                 schema, sources, layout,    part of the schema, and how typed words become
 *                 query                       its queries: import shared, base
 *   changes       changes/                    the change log, record uids and the practice's
 *                                             clock, ground of the schema and the door:
 *                                             import shared, base, and db's door
 *   db            db/                         connection, migrations, the door: imports the
 *                                             layers above (changes through index.ts), and db/schema.ts the types of
 *                                             each domain's tables.ts
 *   records       clients, organisations,     import the layers above, and one another
 *                 engagements, assessment,    through each one's index.ts only
 *                 goals, actions, sessions,
 *                 reviews, settings, tags,
 *                 coachingLog, fees, templates, attachments,
 *                 preferences, invoices, agreement,
 *                 income
 *   features      search, reports, privacy,   as records, and records' index.ts; never
 *                 backup, diagnostics, today, another feature, never imported by a record
 *                 links, filters, calendar, reminders, sync, demo
 *   ipc           ipc/                        the dispatcher and the handler table: the
 *                                             layers above, domains through index.ts
 *   app           index, runtime, startup,    wiring: all of the above, domains through
 *                 security, paths, …          index.ts
 *   testing       testing/                    test helpers: anything; never imported by
 *                                             the app (test/built proves none is bundled)
 *   tests         *.test.ts                   their own folder, the layers, testing/, and
 *                                             other domains through index.ts
 *   tools         electron/dev, test, bench   anything
 */
const RECORDS = 'clients|organisations|engagements|assessment|goals|actions|sessions|reviews|settings|tags|coachingLog|fees|templates|attachments|preferences|invoices|agreement|income'
const FEATURES = 'search|reports|privacy|backup|diagnostics|today|links|filters|calendar|reminders|sync|demo'

const toElements = (...types) => ({ to: { element: { type: types } } })
const toFiles = (...categories) => ({ to: { file: { categories } } })
const toEntries = (...types) => ({ to: { element: { type: types }, file: { categories: 'entry' } } })

export const layers = {
  files: ['electron/**/*.ts', 'src/**/*.{ts,tsx}', 'test/**/*.ts', 'bench/**/*.ts'],
  plugins: { boundaries },
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    'boundaries/elements': [
      { type: 'shared', pattern: 'electron/shared', partialMatch: false },
      { type: 'preload', pattern: 'electron/preload', partialMatch: false },
      { type: 'logging', pattern: 'electron/main/logging', partialMatch: false },
      { type: 'changes', pattern: 'electron/main/changes', partialMatch: false },
      { type: 'db', pattern: 'electron/main/db', partialMatch: false },
      { type: 'record', pattern: `electron/main/(${RECORDS})`, partialMatch: false, capture: ['name'] },
      { type: 'feature', pattern: `electron/main/(${FEATURES})`, partialMatch: false, capture: ['name'] },
      { type: 'ipc', pattern: 'electron/main/ipc', partialMatch: false },
      { type: 'testing', pattern: 'electron/main/testing', partialMatch: false },
      // The files directly in electron/main: base or app, by category.
      { type: 'main', pattern: 'electron/main', partialMatch: false },
      { type: 'tools', pattern: '(electron/dev|test|bench)', partialMatch: false },
      { type: 'renderer', pattern: 'src', partialMatch: false }
    ],
    'boundaries/files': [
      { category: 'base', pattern: 'electron/main/{errors,clock,fileNames,savedFiles,machineFile,platform,csv}.ts' },
      { category: 'app', pattern: 'electron/main/{index,runtime,startup,security,singleInstance,paths,platform-electron,keychain,menu,windowState,recordLinks,upgradeWindow,firstRun,openedFiles}.ts' },
      { category: 'search-index', pattern: 'electron/main/search/{fold,functions,schema,sources,layout,query}.ts' },
      { category: 'entry', pattern: 'electron/main/*/index.ts' },
      { category: 'tables', pattern: 'electron/main/*/tables.ts' },
      { category: 'test', pattern: '**/*.test.ts' }
    ]
  },
  rules: {
    // Every file belongs to a layer.
    'boundaries/no-unknown-files': 'error',
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        checkUnknownLocals: true,
        checkInternals: true,
        policies: [
          // Inside one folder, anything; the two exceptions follow at the end.
          { allow: { dependency: { relationship: { to: 'internal' } } } },
          { from: { element: { type: ['shared', 'preload', 'renderer'] } }, allow: toElements('shared') },
          { from: { file: { categories: 'base' } }, allow: [toElements('shared'), toFiles('base')] },
          { from: { element: { type: 'logging' } }, allow: [toElements('shared'), toFiles('base')] },
          { from: { file: { categories: 'search-index' } }, allow: [toElements('shared'), toFiles('base', 'search-index')] },
          {
            from: { element: { type: 'changes' } },
            allow: [toElements('shared'), toFiles('base'), { to: { file: { path: 'electron/main/db/door.ts' } } }]
          },
          { from: { element: { type: 'db' } }, allow: [toElements('shared', 'logging'), toFiles('base', 'search-index'), toEntries('changes')] },
          {
            from: { file: { path: 'electron/main/db/schema.ts' } },
            allow: { to: { file: { categories: 'tables' } }, dependency: { kind: 'type' } }
          },
          {
            from: { element: { type: ['record', 'feature'] } },
            allow: [toElements('shared', 'logging', 'db'), toFiles('base', 'search-index'), toEntries('record', 'changes')]
          },
          {
            from: { element: { type: 'ipc' } },
            allow: [toElements('shared', 'logging', 'db'), toFiles('base'), toEntries('record', 'feature', 'changes')]
          },
          {
            from: { element: { type: 'main' } },
            allow: [toElements('shared', 'logging', 'db', 'ipc'), toEntries('record', 'feature', 'changes')]
          },
          { from: { element: { type: ['testing', 'tools'] } }, allow: toElements('*') },
          {
            from: { file: { categories: 'test' } },
            allow: [
              toElements('shared', 'logging', 'db', 'ipc', 'main', 'testing'),
              toFiles('base', 'search-index'),
              toEntries('record', 'feature', 'changes'),
              // The demo data's seeded random numbers: a property test writes a practice as the demo does.
              { to: { file: { path: 'electron/main/demo/random.ts' } } }
            ]
          },
          // The base files sit beside the app's wiring, and the search index inside the search: neither leans on what is around it.
          { from: { file: { categories: 'base' } }, disallow: [toElements('db', 'record', 'feature', 'ipc', 'testing'), toFiles('app')] },
          {
            from: { file: { categories: 'search-index' } },
            disallow: [
              toElements('logging', 'db', 'record', 'ipc', 'main', 'testing'),
              { to: { element: { type: 'feature', captured: { name: '!search' } } } },
              { to: { file: { path: 'electron/main/search/!(fold|functions|schema|sources|layout).ts' } } }
            ]
          }
        ]
      }
    ],
    // Only the door makes a Writer (db/door.ts): a cast to one anywhere else is a write around it.
    'no-restricted-syntax': [
      'error',
      {
        selector: "TSAsExpression[typeAnnotation.typeName.name='Writer']",
        message: 'Only the door makes a Writer: register the channel with write() or effect() (db/door.ts) instead.'
      }
    ]
  }
}

/** The door itself is where a transaction becomes a Writer. */
export const door = {
  files: ['electron/main/db/door.ts'],
  rules: { 'no-restricted-syntax': 'off' }
}
