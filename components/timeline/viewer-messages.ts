'use client'

import { createContext, useContext } from 'react'
import { en } from '@/lib/i18n/messages/en'
import { viewerMessages, type ViewerMessages } from '@/lib/i18n/viewer-messages'

/** The viewer provides its words to every mark it draws, so each need not be passed them. */
export const ViewerMessagesContext = createContext<ViewerMessages>(viewerMessages(en, 'en'))

/** The words of the viewer this component is in. */
export const useViewerMessages = () => useContext(ViewerMessagesContext)
