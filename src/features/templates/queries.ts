import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { TemplateKind } from '../../../electron/shared/templates'
import { api } from '../../lib/api'

export const templateKeys = {
  all: ['templates'] as const,
  list: (kind?: TemplateKind) => ['templates', 'list', kind ?? 'all'] as const
}

/** The built-in templates, then the coach's own; of one kind when asked. */
export function useTemplates(kind?: TemplateKind) {
  return useQuery({ queryKey: templateKeys.list(kind), queryFn: () => api.templates.list(kind ? { kind } : {}) })
}

function useTemplateMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: templateKeys.all }) })
}

export const useCreateTemplate = () => useTemplateMutation(api.templates.create)
export const useUpdateTemplate = () => useTemplateMutation(api.templates.update)
export const useCopyTemplate = () => useTemplateMutation(api.templates.copy)
export const useDeleteTemplate = () => useTemplateMutation(api.templates.delete)
