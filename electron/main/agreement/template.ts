import { z } from 'zod'
import { DEFAULT_AGREEMENT_TEMPLATE, templateProblem, type AgreementTemplate } from '../../shared/agreement'
import type { Reader, Writer } from '../db/door'
import { AppError } from '../errors'
import { defineSetting, readSetting, writeSetting } from '../settings'

/**
 * The coach's wording of the agreement; null while they keep the default, so a better
 * default in a later version reaches everyone who never changed it. A stored wording that
 * no longer passes (a placeholder since renamed) reads as the default rather than failing.
 */
const templateSetting = defineSetting(
  'agreement.template',
  z
    .string()
    .refine((value) => templateProblem(value) === null)
    .nullable(),
  null
)

function described(stored: string | null): AgreementTemplate {
  return stored === null ? { template: DEFAULT_AGREEMENT_TEMPLATE, isDefault: true } : { template: stored, isDefault: false }
}

export async function getAgreementTemplate(db: Reader): Promise<AgreementTemplate> {
  return described(await readSetting(db, templateSetting))
}

/** Saves the coach's wording; the default's own words are kept as "the default", so Reset and Save agree. */
export async function setAgreementTemplate(db: Writer, template: string): Promise<AgreementTemplate> {
  const problem = templateProblem(template)
  if (problem) throw new AppError('invalid_input', problem, 'template')
  return described(await writeSetting(db, templateSetting, template === DEFAULT_AGREEMENT_TEMPLATE ? null : template))
}

export async function resetAgreementTemplate(db: Writer): Promise<AgreementTemplate> {
  return described(await writeSetting(db, templateSetting, null))
}
