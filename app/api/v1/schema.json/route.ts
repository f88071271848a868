import { buildJsonSchema } from '@/lib/api/v1'
import { typed } from '@/lib/feeds/responses'
import { siteUrl } from '@/lib/site'

/** `/api/v1/schema.json`: the JSON Schema of both API responses, generated from their zod schemas. */
export const dynamic = 'force-static'

export function GET() {
  return typed(JSON.stringify(buildJsonSchema(siteUrl())), 'application/schema+json')
}
