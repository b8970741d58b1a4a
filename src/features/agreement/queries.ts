import { useQuery } from '@tanstack/react-query'
import { api } from '../../lib/api'
import { useMutationSavedAs } from '../../lib/cache'

export const agreementTemplateKey = ['agreement', 'template'] as const

export function useAgreementTemplate() {
  return useQuery({ queryKey: agreementTemplateKey, queryFn: () => api.agreement.getTemplate({}) })
}

export const useSaveAgreementTemplate = () => useMutationSavedAs(agreementTemplateKey, api.agreement.setTemplate)
export const useResetAgreementTemplate = () => useMutationSavedAs(agreementTemplateKey, api.agreement.resetTemplate)
