'use client'

import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { parseEmbedOptions } from '@/lib/embed/options'
import { iframeSnippet, scriptSnippet, widgetUrl } from '@/lib/embed/snippets'
import type { Messages } from '@/lib/i18n/messages/en'
import { fill } from '@/lib/i18n/plural'

export interface EmbedDialogProps {
  /** The public address of the site, as the copied code must name it. */
  origin: string
  slug: string
  title: string
  events: { id: string; title: string }[]
  tags: string[]
  /** The dialog's words, in the story's language. */
  words: Messages['embed']
  onClose: () => void
}

type Raw = Record<'theme' | 'start' | 'from' | 'to' | 'tags' | 'quotes' | 'header' | 'lang' | 'hosthash', string>

const BUTTON = 'rounded-full border border-[var(--rule)] bg-[var(--label-bg)] px-3 py-0.5 text-sm text-[var(--ink)] hover:border-[var(--ink)]'

const INITIAL: Raw = { theme: 'auto', start: '', from: '', to: '', tags: '', quotes: '1', header: '1', lang: '', hosthash: '0' }

/**
 * The embed code generator: every widget option, a live preview, and the code in both forms.
 * A modal <dialog> (showModal): the page behind is inert, so focus stays inside, and Escape closes it.
 * Options are validated by the widget's own parser, so what the preview shows is what the code will do.
 */
export function EmbedDialog({ origin, slug, title, events, tags, words: w, onClose }: EmbedDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const id = useId()
  const [raw, setRaw] = useState<Raw>(INITIAL)
  const [copied, setCopied] = useState('')

  useEffect(() => {
    const d = dialog.current
    if (d && !d.open) d.showModal()
  }, [])

  const { ignored } = useMemo(
    () => parseEmbedOptions(raw, events.map((e) => e.id), tags),
    [raw, events, tags],
  )
  const problem = (name: keyof Raw) => ignored.find((i) => i.name === name)?.reason
  // Only values that differ from the defaults and pass validation go into the code.
  const params = Object.fromEntries(
    Object.entries(raw).filter(([name, value]) => value !== '' && value !== INITIAL[name as keyof Raw] && !problem(name as keyof Raw)),
  )
  const src = widgetUrl(origin, slug, params)
  // The preview reloads a moment after typing stops, not on every keystroke.
  const [previewSrc, setPreviewSrc] = useState(src)
  useEffect(() => {
    const timer = setTimeout(() => setPreviewSrc(src), 400)
    return () => clearTimeout(timer)
  }, [src])
  const codes = [
    { name: 'iframe', label: w.iframe, code: iframeSnippet(origin, slug, title, params) },
    { name: 'script', label: w.script, code: scriptSnippet(origin, slug, params, title) },
  ]

  const set = (name: keyof Raw) => (value: string) => setRaw((r) => ({ ...r, [name]: value }))
  const selectedTags = raw.tags ? raw.tags.split(',') : []
  const toggleTag = (tag: string, on: boolean) => set('tags')((on ? [...selectedTags, tag] : selectedTags.filter((t) => t !== tag)).join(','))

  const copy = async (name: string, code: string) => {
    try {
      await navigator.clipboard.writeText(code)
      setCopied(fill(w.copied, { name }))
    } catch {
      // Clipboard refused (permissions, insecure origin): leave the code selected for the reader to copy.
      document.querySelector<HTMLTextAreaElement>(`#${CSS.escape(`${id}-${name}`)}`)?.select()
      setCopied(w.copyByHand)
    }
  }

  const field = 'flex flex-col gap-1 text-sm'
  const input = 'rounded border border-[var(--rule)] bg-[var(--label-bg)] px-2 py-1 text-[var(--ink)]'
  const hint = (name: keyof Raw) =>
    problem(name) ? (
      <span id={`${id}-${name}-error`} className="text-xs text-[var(--accent)]">
        {problem(name)}
      </span>
    ) : null
  const describedBy = (name: keyof Raw) => (problem(name) ? { 'aria-describedby': `${id}-${name}-error`, 'aria-invalid': true } : {})

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      className="embed-dialog m-auto w-[min(64rem,calc(100vw-2rem))] max-h-[calc(100vh-2rem)] overflow-auto rounded-lg border border-[var(--rule)] bg-[var(--paper)] p-5 text-[var(--ink)] backdrop:bg-black/50"
      onClose={onClose}
      onKeyDown={(e) => {
        // showModal makes the page inert, but Tab may still leave for the browser's own UI: wrap around instead.
        if (e.key !== 'Tab' || !dialog.current) return
        const focusable = [...dialog.current.querySelectorAll<HTMLElement>('button, input, select, textarea, iframe, [tabindex]:not([tabindex="-1"])')].filter(
          (el) => !el.hasAttribute('disabled') && el.getClientRects().length > 0,
        )
        const first = focusable[0]
        const last = focusable[focusable.length - 1]
        if (!first || !last) return
        if (e.shiftKey && document.activeElement === first) {
          e.preventDefault()
          last.focus()
        } else if (!e.shiftKey && document.activeElement === last) {
          e.preventDefault()
          first.focus()
        }
      }}
    >
      <div className="flex items-baseline justify-between gap-4">
        <h2 id={`${id}-title`} className="text-lg font-bold">
          {w.title}
        </h2>
        <button type="button" className={BUTTON} onClick={() => dialog.current?.close()}>
          {w.close}
        </button>
      </div>
      <form className="mt-4 grid gap-3 sm:grid-cols-3" onSubmit={(e) => e.preventDefault()}>
        <label className={field}>
          {w.theme}
          <select className={input} value={raw.theme} onChange={(e) => set('theme')(e.target.value)}>
            <option value="auto">{w.themeAuto}</option>
            <option value="light">{w.themeLight}</option>
            <option value="dark">{w.themeDark}</option>
          </select>
        </label>
        <label className={field}>
          {w.start}
          <select className={input} value={raw.start} onChange={(e) => set('start')(e.target.value)}>
            <option value="">{w.none}</option>
            {events.map((e) => (
              <option key={e.id} value={e.id}>
                {e.title}
              </option>
            ))}
          </select>
        </label>
        <label className={field}>
          {w.lang}
          <input className={input} value={raw.lang} onChange={(e) => set('lang')(e.target.value)} {...describedBy('lang')} />
          {hint('lang')}
        </label>
        <label className={field}>
          {w.from}
          <input className={input} value={raw.from} onChange={(e) => set('from')(e.target.value)} {...describedBy('from')} />
          {hint('from')}
        </label>
        <label className={field}>
          {w.to}
          <input className={input} value={raw.to} onChange={(e) => set('to')(e.target.value)} {...describedBy('to')} />
          {hint('to')}
        </label>
        <fieldset className="flex flex-col gap-1 text-sm">
          <legend>{w.show}</legend>
          {(
            [
              ['quotes', w.quotes],
              ['header', w.header],
              ['hosthash', w.hostHash],
            ] as const
          ).map(([name, label]) => (
            <label key={name} className="flex items-center gap-2">
              <input type="checkbox" checked={raw[name] === '1'} onChange={(e) => set(name)(e.target.checked ? '1' : '0')} />
              {label}
            </label>
          ))}
        </fieldset>
        {tags.length ? (
          <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm sm:col-span-3">
            <legend>{w.onlyTagged}</legend>
            {tags.map((tag) => (
              <label key={tag} className="flex items-center gap-2">
                <input type="checkbox" checked={selectedTags.includes(tag)} onChange={(e) => toggleTag(tag, e.target.checked)} />
                {tag}
              </label>
            ))}
          </fieldset>
        ) : null}
      </form>

      <h3 className="mt-5 text-sm font-bold">{w.preview}</h3>
      <iframe src={previewSrc} title={fill(w.previewOf, { title })} className="mt-2 h-[26rem] w-full rounded border border-[var(--rule)]" />

      {codes.map(({ name, label, code }) => (
        <div key={name} className="mt-4">
          <label htmlFor={`${id}-${name}`} className="text-sm font-bold">
            {label}
          </label>
          <div className="mt-1 flex items-start gap-2">
            <textarea id={`${id}-${name}`} readOnly value={code} rows={3} className={`${input} w-full font-mono text-xs`} />
            <button type="button" className={BUTTON} onClick={() => copy(name, code)}>
              {w.copy} <span className="sr-only">{fill(w.copyWhat, { name })}</span>
            </button>
          </div>
        </div>
      ))}
      <p role="status" className="mt-2 min-h-5 text-sm text-[var(--muted)]">
        {copied}
      </p>
    </dialog>
  )
}
