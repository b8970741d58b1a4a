import { AgreementSettings } from '../agreement/AgreementSettings'
import { BackupSettings } from '../backup/BackupSettings'
import { EncryptionSettings } from '../backup/EncryptionSettings'
import { CalendarSettings } from '../calendar/CalendarSettings'
import { AboutSettings } from '../diagnostics/AboutSettings'
import { KindsSettings } from '../engagements/KindsSettings'
import { AppearanceSettings } from '../preferences/AppearanceSettings'
import { InvoiceSettings } from '../invoices/InvoiceSettings'
import { ScreenSharingSettings } from '../privacy/ScreenSharingSettings'
import { ReminderSettings } from '../reminders/ReminderSettings'
import { BrandingSettings } from '../reports/BrandingSettings'
import { TagsSettings } from '../tags/TagsSettings'
import { TemplatesSettings } from '../templates/TemplatesSettings'
import { TodaySettings } from '../today/TodaySettings'

/** The app's settings, one section per domain that owns them. */
export function SettingsPage() {
  return (
    <div className="workspace">
      <div className="tab-panel settings-page">
        <h1 id="settings-title">Settings</h1>
        <AppearanceSettings />
        <BrandingSettings />
        <BackupSettings />
        <EncryptionSettings />
        <TodaySettings />
        <CalendarSettings />
        <ReminderSettings />
        <InvoiceSettings />
        <KindsSettings />
        <TagsSettings />
        <TemplatesSettings />
        <AgreementSettings />
        <ScreenSharingSettings />
        <AboutSettings />
      </div>
    </div>
  )
}
