/** Typed settings, each key owned by one domain, as the rest of the app uses them. */
export { defineSetting, readSetting, settingFromStored, writeSetting, type Setting } from './store'
