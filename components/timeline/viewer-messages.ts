'use client'

import { createContext, useContext } from 'react'
import type { ViewerMessages } from '@/lib/i18n/viewer-messages'

/**
 * The viewer provides its words to every mark it draws, so each need not be passed them. No default:
 * an English one would put every English message in the widget's scripts, and marks are drawn only
 * inside a viewer.
 */
export const ViewerMessagesContext = createContext<ViewerMessages | null>(null)

/** The words of the viewer this component is in. */
export function useViewerMessages(): ViewerMessages {
  const messages = useContext(ViewerMessagesContext)
  if (!messages) throw new Error('A timeline mark was drawn outside a TimelineViewer, which provides its words.')
  return messages
}
