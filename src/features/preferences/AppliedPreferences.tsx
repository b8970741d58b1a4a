import { Fragment, useLayoutEffect, type ReactNode } from 'react'
import { I18nProvider } from 'react-aria-components'
import { chooseFormattingLocale } from '../../../electron/shared/locale'
import type { Theme } from '../../../electron/shared/preferences'
import { usePreferences } from './queries'

/**
 * The theme on the page's root, which styles.css follows: "system" leaves the colour
 * scheme to the OS (and so tracks it live), light or dark fix it. Main also tells the OS
 * (nativeTheme), which draws the menus and dialogs; the page sets its own so that it
 * holds wherever the page runs.
 */
export function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme
  else document.documentElement.dataset.theme = theme
}

/**
 * The app in the coach's theme and locale. The locale is chosen before anything below
 * renders, since every formatter reads it as it writes; a new locale renders the app
 * afresh, so nothing stays written in the old one. Until the practice answers (or if it
 * cannot), the app is in this computer's locale and the system's colours.
 */
export function AppliedPreferences({ children }: { children: ReactNode }) {
  const preferences = usePreferences()
  const locale = preferences.data?.locale ?? null
  const theme = preferences.data?.theme ?? 'system'
  chooseFormattingLocale(locale)
  useLayoutEffect(() => applyTheme(theme), [theme])
  if (preferences.isPending) return null
  return (
    <I18nProvider locale={locale ?? undefined}>
      <Fragment key={locale ?? 'system'}>{children}</Fragment>
    </I18nProvider>
  )
}
