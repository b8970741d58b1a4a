import { NavLink, Outlet, useHref, useNavigate } from 'react-router'
import { RouterProvider } from 'react-aria-components'
import { AppLock, LockCommand } from '../features/encryption'
import { DemoBanner } from '../features/firstRun/DemoBanner'
import { OpenRecordLinks } from '../features/links/RecordLinks'
import { OpenedClientExports } from '../features/privacy/ImportClient'
import { SavedFiltersNav } from '../features/filters/SavedFiltersNav'
import { SearchCommand } from '../features/search/SearchDialog'
import { RememberScreen } from '../features/today/StartScreen'
import { UndoCommand } from '../features/undo/UndoCommand'
import { AppCommands } from './commands/AppCommands'
import { CommandProvider } from './commands/registry'

/** The window's frame: the sidebar of domains and the current screen, the page's one main landmark. */
export function Layout() {
  const navigate = useNavigate()
  return (
    <AppLock>
      <RouterProvider navigate={(to) => void navigate(to)} useHref={useHref}>
        <CommandProvider>
          <AppCommands />
          <LockCommand />
          <OpenRecordLinks />
          <OpenedClientExports />
          <UndoCommand />
          <RememberScreen />
          <div className="app-frame">
            <DemoBanner />
            <div className="app">
              <nav className="sidebar" aria-label="Sections">
                <div className="brand">Coachbook</div>
                <SearchCommand />
                <NavLink to="/today" className="nav-link">
                  Today
                </NavLink>
                <NavLink to="/clients" className="nav-link">
                  Clients
                </NavLink>
                <NavLink to="/engagements" end className="nav-link">
                  Engagements
                </NavLink>
                <NavLink to="/organisations" className="nav-link">
                  Sponsors
                </NavLink>
                <NavLink to="/income" className="nav-link">
                  Income
                </NavLink>
                <NavLink to="/coaching-log" className="nav-link">
                  ICF log
                </NavLink>
                <NavLink to="/retention" className="nav-link">
                  Retention
                </NavLink>
                <SavedFiltersNav />
                <NavLink to="/settings" className="nav-link nav-bottom">
                  Settings
                </NavLink>
              </nav>
              <main className="app-main">
                <Outlet />
              </main>
            </div>
          </div>
        </CommandProvider>
      </RouterProvider>
    </AppLock>
  )
}
