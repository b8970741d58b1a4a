/** Settings › Appearance and formats, as the rest of the app uses it. */
export { preferenceHandlers } from './handlers'
export { readLocale, systemLocality, type Locality } from './service'
export { readTheme } from './theme'
