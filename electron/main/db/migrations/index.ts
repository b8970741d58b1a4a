import type { Migration } from '../migrator'
import { migration001Clients } from './001_clients'
import { migration002Organisations } from './002_organisations'
import { migration003Engagements } from './003_engagements'
import { migration004Assessment } from './004_assessment'
import { migration005Goals } from './005_goals'
import { migration006Actions } from './006_actions'
import { migration007Sessions } from './007_sessions'
import { migration008Reviews } from './008_reviews'
import { migration009Settings } from './009_settings'
import { migration010Search } from './010_search'
import { migration011SearchIndexInStep } from './011_search_index_in_step'
import { migration012GoalUnitOne } from './012_goal_unit_one'
import { migration013StatusFromStart } from './013_status_from_start'
import { migration014SearchNewestFirst } from './014_search_newest_first'
import { migration015ChangeLog } from './015_change_log'
import { migration016IndexesForToday } from './016_indexes_for_today'
import { migration017TagsAndFilters } from './017_tags_and_filters'
import { migration018CoachingLog } from './018_coaching_log'
import { migration019HistoryOwners } from './019_history_owners'
import { migration020TodayFromStoredFigures } from './020_today_from_stored_figures'
import { migration021Money } from './021_money'
import { migration022TemplatesAndAttachments } from './022_templates_and_attachments'
import { migration023Invoices } from './023_invoices'
import { migration024MonthlyRetainer } from './024_monthly_retainer'
import { migration025ClientListWords } from './025_client_list_words'

/**
 * Every migration, in order. Listed by hand rather than discovered on disk, because
 * the main process is bundled. A landed migration is never edited: add the next one.
 */
export const MIGRATIONS: readonly Migration[] = [
  migration001Clients,
  migration002Organisations,
  migration003Engagements,
  migration004Assessment,
  migration005Goals,
  migration006Actions,
  migration007Sessions,
  migration008Reviews,
  migration009Settings,
  migration010Search,
  migration011SearchIndexInStep,
  migration012GoalUnitOne,
  migration013StatusFromStart,
  migration014SearchNewestFirst,
  migration015ChangeLog,
  migration016IndexesForToday,
  migration017TagsAndFilters,
  migration018CoachingLog,
  migration019HistoryOwners,
  migration020TodayFromStoredFigures,
  migration021Money,
  migration022TemplatesAndAttachments,
  migration023Invoices,
  migration024MonthlyRetainer,
  migration025ClientListWords
]
