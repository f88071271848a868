import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

/**
 * axe as the checker runs it: the project's own axe-core (4.14, where label-content-name-mismatch is
 * a WCAG 2.5.3 rule, not the experimental one @axe-core/playwright bundles), every rule it runs by default
 * plus the experimental ones that test a WCAG 2.x A/AA criterion. Returns one line per violation.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const EXPERIMENTAL_WCAG = ['label-content-name-mismatch', 'css-orientation-lock', 'p-as-heading', 'table-fake-caption', 'td-has-header']

export async function axe(page: Page) {
  const results = await new AxeBuilder({ page, axeSource }).options({ rules: Object.fromEntries(EXPERIMENTAL_WCAG.map((id) => [id, { enabled: true }])) }).analyze()
  return {
    results,
    violations: results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`),
  }
}
