/**
 * Sizes of the label and callout boxes, px, shared by the layout (which places the boxes) and
 * the SVG components (which draw inside them). A module of its own so that the drawing code can
 * read them without pulling the whole layout into a browser bundle (the embed widget's first load).
 */
export const LABEL = { dateSize: 11, titleSize: 13.5, lineHeight: 17, padX: 8, padY: 7, maxWidth: 210, minWidth: 90, gap: 10 }
export const CALLOUT = { textSize: 13, lineHeight: 17, bySize: 11, padX: 10, padY: 8, maxWidth: 250, gap: 12 }
/** The second line of a cluster's label (components/timeline/ClusterMark draws it). */
export const CLUSTER_HINT = 'Zoom in to see them'
