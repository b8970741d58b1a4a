/** The coaching agreement's wording, as the rest of the app uses it (its PDF is made with the reports'). */
export { getAgreementTemplate, resetAgreementTemplate, setAgreementTemplate } from './template'
