import type { LoggedTable } from '../../changes'

/**
 * The tables and logged columns as they stood at schema 15, kept as migration 015 built
 * its triggers and uids from them: the lists in shared/columns grow with later migrations,
 * and a landed migration must keep building what it always built.
 */
export const LOGGED_AS_OF_015: readonly LoggedTable[] = [
  { name: 'clients', columns: ['name', 'organisation', 'role', 'email', 'phone', 'timezone', 'notes', 'search_text', 'archived_at', 'created_at', 'updated_at'] },
  { name: 'client_tags', columns: ['client_id', 'tag'] },
  { name: 'organisations', columns: ['name', 'notes', 'created_at', 'updated_at'] },
  { name: 'organisation_contacts', columns: ['organisation_id', 'name', 'role', 'email', 'phone', 'notes', 'created_at', 'updated_at'] },
  { name: 'engagement_kinds', columns: ['name', 'is_mentoring', 'built_in', 'default_planned_sessions', 'default_cadence', 'default_session_minutes'] },
  { name: 'engagements', columns: ['client_id', 'kind_id', 'title', 'sponsor_organisation_id', 'sponsor_contact_id', 'start_date', 'planned_end_date', 'planned_sessions', 'session_minutes', 'cadence', 'fee_amount_minor', 'fee_currency', 'fee_basis', 'cancellation_terms', 'confidentiality_terms', 'sponsor_reporting', 'records_consent_on', 'disposal_on', 'status', 'created_at', 'updated_at'] },
  { name: 'engagement_status_changes', columns: ['engagement_id', 'status', 'changed_on', 'note', 'recorded_at'] },
  { name: 'intake_notes', columns: ['engagement_id', 'noted_on', 'what_brought', 'context', 'hopes', 'shareable', 'created_at', 'updated_at'] },
  { name: 'stakeholder_interviews', columns: ['engagement_id', 'stakeholder_name', 'relationship', 'interviewed_on', 'notes', 'shareable', 'created_at', 'updated_at'] },
  { name: 'assessment_results', columns: ['engagement_id', 'instrument', 'instrument_name', 'taken_on', 'interpretation', 'shareable', 'created_at', 'updated_at'] },
  { name: 'assessment_scores', columns: ['result_id', 'competency', 'rater_group', 'score', 'position'] },
  { name: 'growth_areas', columns: ['engagement_id', 'title', 'description', 'agreed_with_client', 'created_at', 'updated_at'] },
  { name: 'growth_area_evidence', columns: ['growth_area_id', 'intake_note_id', 'interview_id', 'result_id'] },
  { name: 'goals', columns: ['engagement_id', 'statement', 'why_it_matters', 'success_indicator', 'observable_behaviours', 'measure', 'unit', 'unit_one', 'baseline', 'target', 'deadline', 'priority', 'growth_area_id', 'status', 'confidence', 'sort_order', 'created_at', 'updated_at'] },
  { name: 'goal_measurements', columns: ['goal_id', 'measured_on', 'value', 'comment', 'session_id', 'created_at'] },
  { name: 'actions', columns: ['engagement_id', 'goal_id', 'session_id', 'description', 'owner', 'due_on', 'resources', 'obstacles', 'overcome', 'status', 'done_on', 'created_at', 'updated_at'] },
  { name: 'milestones', columns: ['goal_id', 'title', 'due_on', 'reached', 'created_at', 'updated_at'] },
  { name: 'sessions', columns: ['engagement_id', 'starts_at', 'duration_minutes', 'format', 'billing', 'status', 'agenda', 'topics_discussed', 'notes', 'notes_shareable', 'advice_given', 'next_focus', 'private_observations', 'created_at', 'updated_at'] },
  { name: 'session_introductions', columns: ['session_id', 'position', 'introduced_to', 'reason', 'outcome'] },
  { name: 'reviews', columns: ['engagement_id', 'kind', 'held_on', 'key_learnings', 'sustain_plan', 'client_feedback', 'client_feedback_shareable', 'client_rating', 'follow_up_on', 'completed_at', 'created_at', 'updated_at'] },
  { name: 'review_outcomes', columns: ['review_id', 'goal_id', 'value', 'achieved'] },
  { name: 'settings', columns: ['key', 'value', 'updated_at'] }
]
