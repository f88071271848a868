import assert from 'node:assert/strict'
import { test } from 'node:test'
import { budgetText, verdict, type Figure } from './measure'

const figure = (value: number, budget?: Figure['budget']): Figure => ({ name: 'f', stats: [{ label: 'score', value, unit: '' }], ...(budget ? { budget } : {}) })

test('a max budget passes at or below its ceiling and is OVER above it', () => {
  assert.equal(verdict(figure(50, { stat: 'score', max: 50 })), 'PASS')
  assert.equal(verdict(figure(50.1, { stat: 'score', max: 50 })), 'OVER')
})

test('a min budget passes at or above its floor and is UNDER below it', () => {
  assert.equal(verdict(figure(100, { stat: 'score', min: 100 })), 'PASS')
  assert.equal(verdict(figure(92, { stat: 'score', min: 100 })), 'UNDER')
})

test('a budget on a stat the figure lacks fails, whichever its kind', () => {
  assert.equal(verdict(figure(1, { stat: 'p50', max: 50 })), 'OVER')
  assert.equal(verdict(figure(100, { stat: 'p50', min: 100 })), 'UNDER')
})

test('a figure without a budget has no verdict and no budget text', () => {
  assert.equal(verdict(figure(1)), undefined)
  assert.equal(budgetText(figure(1)), '')
})

test('budget text names the stat, the bound and the stat’s unit', () => {
  assert.equal(budgetText({ name: 'f', stats: [{ label: 'p50', value: 3, unit: 'ms' }], budget: { stat: 'p50', max: 50 } }), 'p50 ≤ 50 ms')
  assert.equal(budgetText(figure(100, { stat: 'score', min: 100 })), 'score ≥ 100')
})
