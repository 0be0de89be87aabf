/*
 * Korean-aware search for the study site, in place of Material for MkDocs' search worker.
 *
 * Written for Material 9.8.2: it speaks that version's worker protocol (SETUP → READY,
 * QUERY → RESULT) and returns results in the shape Material's dialog renders, so the search
 * box, result list, highlighting, keyboard navigation and ?q= links stay Material's. The
 * plugin (plugins/search/) refuses to build with another Material version.
 *
 * Runs after lunr 2.3.9 in the same file. The index (search/search_index.json of the page's
 * language) carries Material's documents plus `config.korean`: the particle list of
 * plugins/korean.py, kiwipiepy's analyses where they differ from the particle rules, and
 * concepts (glossary names in both languages, search synonyms). It is written compact
 * (plugins/search/compact.py: documents by column, locations and contexts derived, Hangul
 * and markup coded); readIndex rebuilds Material's documents from it on SETUP.
 *
 * Indexing: a Korean word is indexed by its stem (particles and endings left out) and,
 * inside a compound, by its morphemes, each at its own offset, so `영역` matches in
 * `가용영역을` and highlights just `영역`; an English word as written (its other inflections
 * are found at query time through the Porter stem). Queries are split at Hangul/Latin
 * boundaries; each word becomes a unit with alternatives (stem as a prefix, compound split,
 * a syllable still being typed); a run of words naming a concept also searches the
 * concept's other names as phrases, and so does a word of one concept's name only that no
 * page uses (커넥트). Ranking: lunr's BM25 per unit, the share of the query found, and a
 * bonus for a heading made of the query's words (none for a lone word of the query where
 * another page matches its concept); at most three sections a page when others match.
 */
/* global lunr */
;(function (global) {
  "use strict"

  const MESSAGE = { SETUP: 0, READY: 1, QUERY: 2, RESULT: 3 } // Material 9's protocol
  const CONTEXT_FIELD = "context" // the headings above a section, matched but not shown
  // Ranking, tuned on scripts/search_queries.yml (python -m scripts bench --only search)
  const HEADING_BONUS = 3 // a heading made of the query's words: up to ×(1 + 3)
  const PHRASE_BONUS = 2 // words of the query found side by side
  const WEAK_WEIGHT = 0.25 // question words (방법, 이유)
  const MIN_RELATIVE_SCORE = 0.01 // results below 1 % of the best are dropped…
  const MAX_RESULTS = 120 // …and so is everything after the 120th
  const MAX_SECTIONS = 3 // sections of one page, when another page matches too
  // Work limits
  const MAX_PHRASE = 4 // longest concept name, in words, looked for in a query
  const MAX_ALTERNATIVES = 24
  const MAX_TYPING_CANDIDATES = 48
  const MAX_GAP = 12 // characters between two words of a phrase
  const MAX_HIGHLIGHT_TERMS = 12
  const WARM_UP_QUERIES = 6
  const GROUP_CACHE_SIZE = 256

  /* ------------------------------------------------------------------ characters */

  const SYLLABLE_FIRST = 0xac00
  const SYLLABLE_LAST = 0xd7a3
  const INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
  // Final consonant (index 1..27) → the initial it becomes when the next syllable starts:
  // typing 버킷 shows 벜 for a moment. Compound finals keep their first part (ㄳ → ㄱ + ㅅ).
  const FINAL_SPLIT = [
    null, ["", "ㄱ"], ["", "ㄲ"], [1, "ㅅ"], ["", "ㄴ"], [4, "ㅈ"], [4, "ㅎ"], ["", "ㄷ"],
    ["", "ㄹ"], [8, "ㄱ"], [8, "ㅁ"], [8, "ㅂ"], [8, "ㅅ"], [8, "ㅌ"], [8, "ㅍ"], [8, "ㅎ"],
    ["", "ㅁ"], ["", "ㅂ"], [17, "ㅅ"], ["", "ㅅ"], ["", "ㅆ"], ["", "ㅇ"], ["", "ㅈ"],
    ["", "ㅊ"], ["", "ㅋ"], ["", "ㅌ"], ["", "ㅍ"], ["", "ㅎ"]
  ]
  const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
  const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z]+);/iy

  function isSyllable(code) {
    return code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST
  }

  function isHangul(code) {
    return (
      isSyllable(code) ||
      (code >= 0x1100 && code <= 0x11ff) ||
      (code >= 0x3130 && code <= 0x318f) ||
      (code >= 0xa960 && code <= 0xa97f) ||
      (code >= 0xd7b0 && code <= 0xd7ff)
    )
  }

  function isWordChar(text, i) {
    const code = text.charCodeAt(i)
    if (code < 128)
      return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
    if (isHangul(code)) return true
    if (code >= 0xd800 && code <= 0xdfff) return false
    return LETTER_OR_DIGIT.test(text[i])
  }

  /** Call fn(start, end) for every word: letters and digits; with `markup`, tags and
   *  character references are skipped, as in Material's index text. */
  function scanWords(text, markup, fn) {
    let start = -1
    let i = 0
    const close = () => {
      if (start >= 0) fn(start, i)
      start = -1
    }
    while (i < text.length) {
      const code = text.charCodeAt(i)
      if (markup && code === 60) {
        close()
        const end = text.indexOf(">", i)
        i = end < 0 ? text.length : end + 1
        continue
      }
      if (markup && code === 38) {
        ENTITY.lastIndex = i
        const entity = ENTITY.exec(text)
        if (entity) {
          close()
          i += entity[0].length
          continue
        }
      }
      if (isWordChar(text, i)) {
        if (start < 0) start = i
      } else {
        close()
      }
      i++
    }
    close()
  }

  /** Runs of Hangul and of other letters/digits in a word: [start, end, isHangul]. */
  function scriptRuns(word) {
    const runs = []
    for (let i = 0; i < word.length; ) {
      const hangul = isHangul(word.charCodeAt(i))
      let j = i + 1
      while (j < word.length && isHangul(word.charCodeAt(j)) === hangul) j++
      runs.push([i, j, hangul])
      i = j
    }
    return runs
  }

  /** The initial consonant of a syllable, or the jamo itself. */
  function initialOf(ch) {
    const code = ch.charCodeAt(0)
    if (isSyllable(code)) return INITIALS[Math.floor((code - SYLLABLE_FIRST) / 588)]
    return INITIALS.includes(ch) ? ch : null
  }

  /* ------------------------------------------------------------------ particles */

  /** plugins/korean.py's particle rules, over the same list (shipped in the index). */
  class Particles {
    constructor(list) {
      this.set = new Set(list)
      this.longest = list.reduce((n, p) => Math.max(n, p.length), 1)
      this.memo = new Map()
    }

    /** korean.is_particle_suffix */
    isSuffix(text) {
      if (!text) return true
      let known = this.memo.get(text)
      if (known === undefined) {
        known = false
        for (let size = Math.min(this.longest, text.length); size > 0 && !known; size--)
          known = this.set.has(text.slice(0, size)) && this.isSuffix(text.slice(size))
        this.memo.set(text, known)
      }
      return known
    }

    /** Is `text` particles followed by the beginning of one (으 of 으로, 에서 of 에서는)? */
    startsSuffix(text) {
      if (this.prefixes === undefined) {
        this.prefixes = new Set()
        for (const particle of this.set)
          for (let i = 1; i <= particle.length; i++) this.prefixes.add(particle.slice(0, i))
      }
      for (let cut = 0; cut < text.length; cut++)
        if (this.isSuffix(text.slice(0, cut)) && this.prefixes.has(text.slice(cut))) return true
      return false
    }

    /** Length of korean.split_particles(word, min_stem)'s stem. */
    stemLength(word, minStem = 2) {
      for (let cut = Math.max(minStem, 1); cut < word.length; cut++)
        if (isSyllable(word.charCodeAt(cut)) && this.isSuffix(word.slice(cut))) return cut
      return word.length
    }
  }

  /* ------------------------------------------------------------------ the index */

  // plugins/search/compact.py writes the index; these read it back the same way.
  const CODE_FIRST = 0x100
  const CODE = /[\u0100-\u07ff]/g
  const CONTEXT_SEPARATOR = " · "
  const PAGE = "0" // outline mark of a page's own document; 1-9: a section at that depth
  const NO_DEPTH = "-" // a section whose headings above are not known
  const SEGMENT = /^(\d+)([^\d, ]+)([\d,]+)$/

  /** compact.decode: every code character back to the text it stands for. */
  function decoder(table) {
    return text => text.replace(CODE, ch => table[ch.charCodeAt(0) - CODE_FIRST] || ch)
  }

  /** compact.heading_anchor: the anchor the site's toc gives a heading of this title. */
  function headingAnchor(title) {
    return title
      .replace(/<\/?[^>]*>/g, "")
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}_\- ]/gu, "")
      .replace(/ /g, "-")
  }

  /** compact.expand_docs: Material's documents, with their `context`, from the columns.
   *  A section's location is its page's and its title's anchor, its context the page
   *  title and the last section at each depth above its own, unless written out. */
  function expandDocs(packed, decode) {
    const docs = []
    let pageNumber = 0
    let page = ""
    let pageTitle = ""
    let above = []
    for (let number = 0; number < packed.outline.length; number++) {
      const mark = packed.outline[number]
      const title = decode(packed.title[number])
      const doc = { location: "", title, text: decode(packed.text[number]) }
      let context = null
      if (mark === PAGE) {
        doc.location = page = packed.pages[pageNumber++]
        pageTitle = title
        above = []
      } else {
        doc.location = packed.locations[number] || `${page}#${headingAnchor(title)}`
        page = doc.location.split("#")[0]
        if (mark !== NO_DEPTH) {
          const depth = Number(mark)
          context = [pageTitle, ...above.slice(0, depth - 1)].join(CONTEXT_SEPARATOR)
          above.length = Math.min(above.length, depth - 1)
          above.push(title)
        }
      }
      if (number in packed.contexts) context = decode(packed.contexts[number])
      if (context) doc.context = context
      Object.assign(doc, packed.fields[number])
      docs.push(doc)
    }
    return docs
  }

  /** compact.expand_segments: {run: [stem, part start, part length, …]}. */
  function expandSegments(packed) {
    const segments = {}
    let previous = ""
    for (const entry of packed ? packed.split(" ") : []) {
      const [, shared, rest, numbers] = SEGMENT.exec(entry)
      const run = previous.slice(0, Number(shared)) + rest
      segments[run] = numbers.split(",").map(Number)
      previous = run
    }
    return segments
  }

  /** The index as written → `config.korean` with its tables decoded, and the documents. */
  function readIndex(config, packed) {
    const korean = { ...config.korean }
    const decode = decoder(korean.codes)
    korean.segments = expandSegments(decode(korean.segments))
    korean.concepts = korean.concepts.map(names => names.map(decode))
    return { korean, docs: expandDocs(packed, decode) }
  }

  /* ------------------------------------------------------------------ the engine */

  class KoreanSearch {
    constructor({ config, docs: written, options }) {
      const { korean, docs } = readIndex(config, written)
      this.options = options || {}
      this.particles = new Particles(korean.particles || [])
      this.segments = korean.segments || {}
      this.stemSet = new Set()
      // Documents by location; a page's sections are grouped under its path, headed by
      // the page's own document (the one without an anchor), as in Material.
      this.map = new Map()
      this.pages = new Map()
      for (const doc of docs) {
        this.map.set(doc.location, doc)
        const [path] = doc.location.split("#")
        if (!this.pages.has(path) || doc.location === path) this.pages.set(path, doc)
      }
      this.weak = new Set(korean.weak || [])
      this.titleWords = new WeakMap()
      this.groupCache = new Map()
      const engine = this
      const fields = config.fields || { title: { boost: 1 }, text: { boost: 1 } }
      // A section also matches, weakly, on the headings above it (its `context`: the page
      // title, the h2 of an h3): 인스턴스 유형 on the EC2 page answers "EC2 인스턴스 유형".
      // Never highlighted, since it is not shown.
      this.index = lunr(function () {
        this.pipeline.reset()
        this.searchPipeline.reset()
        this.metadataWhitelist = ["position"]
        this.tokenizer = value => engine.tokenize(value)
        this.ref("location")
        for (const [name, spec] of Object.entries(fields)) this.field(name, { boost: spec.boost })
        this.field(CONTEXT_FIELD, { boost: korean.context_boost || 1 })
        for (const doc of docs) this.add(doc, { boost: doc.boost })
      })
      this.fields = [...Object.keys(fields), CONTEXT_FIELD]
      this.vocabulary = Object.keys(this.index.invertedIndex).sort()
      // English words of the site by stem, for queries in another inflection.
      this.variants = new Map()
      for (const term of this.vocabulary)
        if (/^[a-z]+$/.test(term)) {
          const stem = this.stem(term)
          if (!this.variants.has(stem)) this.variants.set(stem, [])
          this.variants.get(stem).push(term)
        }
      this.stems = [...this.stemSet].sort()
      // Each Korean name of a concept without its spaces (애플리케이션로드밸런서): a word
      // of its own when a reader types it so, whether or not a page writes it so.
      this.names = new Set()
      for (const names of korean.concepts || [])
        for (const name of names) {
          const words = this.words(name)
          if (words.length > 1 && words.every(word => scriptRuns(word).every(run => run[2])))
            this.names.add(words.join(""))
        }
      this.concepts = []
      this.conceptKeys = new Map()
      // A word of a concept's name of several words → the concept, when it is the only
      // concept with that word (커넥트 → Direct Connect); -1 when several have it (그룹).
      this.wordConcepts = new Map()
      for (const names of korean.concepts || []) {
        const id = this.concepts.length
        this.concepts.push(names)
        for (const name of names) {
          const words = this.words(name)
          const key = this.phraseKey(words)
          if (key && !this.conceptKeys.has(key)) this.conceptKeys.set(key, id)
          if (words.length < 2) continue
          for (const word of words) {
            const wordKey = this.phraseKey([word])
            if (wordKey.length < 2 || this.isStopWord(word) || this.weak.has(wordKey)) continue
            const known = this.wordConcepts.get(wordKey)
            this.wordConcepts.set(wordKey, known === undefined || known === id ? id : -1)
          }
        }
      }
    }

    /* ------------------------------------------------ analysis shared by index and query */

    /** A Hangul run's stem length and morpheme parts, as indexed. */
    analyseRun(run, attached) {
      const code = this.segments[run]
      if (code) {
        const parts = []
        for (let i = 1; i + 1 < code.length; i += 2) parts.push([code[i], code[i + 1]])
        return { stem: code[0], parts }
      }
      if (attached && this.particles.isSuffix(run)) return { stem: 0, parts: [] }
      return { stem: this.particles.stemLength(run), parts: [] }
    }

    /** A query's Hangul run: as indexed when the site has the word; otherwise the longest
     *  known stem (or a concept's name without its spaces) followed only by particles (or,
     *  in the word being typed, by the start of one: 버킷으 on its way to 버킷으로); then
     *  the longest run of known stems followed only by particles, so that a compound the
     *  site never writes unspaced keeps its last syllable (애플리케이션로드밸런서, not
     *  애플리케이션로드밸런 and a particle 서); then the plain rules. */
    analyseQueryRun(run, attached, typing = false) {
      if (this.segments[run] || this.stemSet.has(run)) return this.analyseRun(run, attached)
      if (this.names.has(run)) return { stem: run.length, parts: [] }
      const endsInParticles = cut =>
        cut === run.length ||
        (isSyllable(run.charCodeAt(cut)) &&
          (this.particles.isSuffix(run.slice(cut)) ||
            (typing && this.particles.startsSuffix(run.slice(cut)))))
      for (let cut = run.length - 1; cut > 0; cut--) {
        const stem = run.slice(0, cut)
        if ((this.stemSet.has(stem) || this.names.has(stem)) && endsInParticles(cut))
          return { stem: cut, parts: [] }
      }
      for (let cut = run.length; cut > 2; cut--) {
        if (!endsInParticles(cut)) continue
        const pieces = this.splitCompound(run.slice(0, cut), false)
        if (pieces && !this.particles.isSuffix(pieces[pieces.length - 1]))
          return { stem: cut, parts: [] }
      }
      return this.analyseRun(run, attached)
    }

    stem(word) {
      // Porter stems for words of letters only; EC2, t3, 443 stay as written.
      if (/\d/.test(word) || !/^[a-z]+$/.test(word)) return word
      return lunr.stemmer(new lunr.Token(word)).toString()
    }

    isStopWord(word) {
      return !lunr.stopWordFilter(new lunr.Token(word))
    }

    words(text) {
      const words = []
      scanWords(text, false, (s, e) => words.push(text.slice(s, e).toLowerCase()))
      return words
    }

    /** Spacing-, case- and particle-insensitive key of a phrase: 오토 스케일링을 and
     *  오토스케일링, Auto Scaling groups and auto scaling group meet. */
    phraseKey(words) {
      let key = ""
      for (const word of words)
        for (const [s, e, hangul] of scriptRuns(word)) {
          const run = word.slice(s, e)
          if (hangul) key += run.slice(0, this.analyseQueryRun(run, s > 0).stem)
          else key += this.stem(run)
        }
      return key
    }

    /* ------------------------------------------------ indexing */

    /** Index tokens of a field, each with its [start, length] in the field: an English
     *  word as written (its stem is looked up at query time); a Korean word's stem and,
     *  in a compound, its parts (가용영역을 → 가용영역, 가용, 영역), never the particles,
     *  so that every word counts once whatever its ending. */
    tokenize(value) {
      const tokens = []
      if (value === undefined || value === null) return tokens
      const text = Array.isArray(value) ? value.join(" ") : String(value)
      const push = (term, start, length) => {
        tokens.push(new lunr.Token(term, { position: [start, length] }))
      }
      scanWords(text, true, (start, end) => {
        const word = text.slice(start, end).toLowerCase()
        // Particles also follow a word in code or brackets: <code>S3</code>에, (AZ)은.
        const glued = start > 0 && !/\s/.test(text[start - 1])
        for (const [s, e, hangul] of scriptRuns(word)) {
          const run = word.slice(s, e)
          if (!hangul) {
            if (!this.isStopWord(run)) push(run, start + s, run.length)
            continue
          }
          const { stem, parts } = this.analyseRun(run, s > 0 || glued)
          if (!stem) continue // the 를 of EC2를
          this.stemSet.add(run.slice(0, stem))
          push(run.slice(0, stem), start + s, stem)
          for (const [ps, pl] of parts) {
            this.stemSet.add(run.slice(ps, ps + pl))
            push(run.slice(ps, ps + pl), start + s + ps, pl)
          }
        }
      })
      return tokens
    }

    /* ------------------------------------------------ query planning */

    /** Sorted-array range of terms starting with `prefix`. */
    withPrefix(sorted, prefix) {
      let lo = 0
      let hi = sorted.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (sorted[mid] < prefix) lo = mid + 1
        else hi = mid
      }
      const found = []
      for (let i = lo; i < sorted.length && sorted[i].startsWith(prefix); i++) found.push(sorted[i])
      return found
    }

    hasPrefix(sorted, prefix) {
      return this.withPrefix(sorted, prefix).length > 0
    }

    /** Split a Hangul stem into known stems, fewest pieces first (보안그룹 → 보안 + 그룹);
     *  the last piece may be the start of a stem while it is being typed. */
    splitCompound(text, typing) {
      const n = text.length
      if (n < 3) return null
      const cost = new Array(n + 1).fill(Infinity)
      const back = new Array(n + 1).fill(-1)
      cost[0] = 0
      for (let i = 0; i < n; i++) {
        if (cost[i] === Infinity) continue
        for (let j = i + 1; j <= n; j++) {
          const piece = text.slice(i, j)
          const known =
            this.stemSet.has(piece) || (typing && j === n && this.hasPrefix(this.stems, piece))
          if (!known || (piece.length === 1 && !this.stemSet.has(piece))) continue
          if (i === 0 && j === n) continue // the word itself is not a split
          const next = cost[i] + (piece.length === 1 ? 1.5 : 1)
          if (next < cost[j]) {
            cost[j] = next
            back[j] = i
          }
        }
      }
      if (cost[n] === Infinity) return null
      const pieces = []
      for (let j = n; j > 0; j = back[j]) pieces.unshift(text.slice(back[j], j))
      return pieces.length > 1 ? pieces : null
    }

    /** Terms that continue a word whose last syllable is still being typed: 벜 → 버킷… */
    typingCandidates(word) {
      const last = word[word.length - 1]
      const code = word.charCodeAt(word.length - 1)
      let prefix = null
      let initial = null
      if (isSyllable(code)) {
        const final = (code - SYLLABLE_FIRST) % 28
        if (!final) return []
        const [keep, next] = FINAL_SPLIT[final]
        const base = code - final + (keep === "" ? 0 : keep)
        prefix = word.slice(0, -1) + String.fromCharCode(base)
        initial = next
      } else if (INITIALS.includes(last) && word.length > 1) {
        prefix = word.slice(0, -1)
        initial = last
      } else {
        return []
      }
      return this.withPrefix(this.vocabulary, prefix)
        .filter(term => term.length > prefix.length && initialOf(term[prefix.length]) === initial)
        .sort((a, b) => a.length - b.length)
        .slice(0, MAX_TYPING_CANDIDATES)
    }

    /** Alternatives for one word: [{groups: [[{term, prefix}]], weight}] — a group is
     *  any of its terms, an alternative needs all of its groups. `keys` are the forms
     *  Material highlights and lists as missing. */
    wordPlan(word, last) {
      const runs = scriptRuns(word)
      const alternatives = []
      const keys = []
      if (runs.length === 1 && !runs[0][2]) {
        if (this.isStopWord(word) && !last) return null
        alternatives.push({ groups: [this.latinGroup(word)], weight: 1 })
        keys.push(word)
      } else if (runs.length === 1) {
        const { stem } = this.analyseQueryRun(word, false, last)
        const base = word.slice(0, stem || word.length)
        alternatives.push({ groups: [[{ term: base, prefix: true }]], weight: 1 })
        keys.push(base)
        const pieces = this.splitCompound(base, last)
        if (pieces) {
          const groups = pieces.map((piece, i) => [
            { term: piece, prefix: i === pieces.length - 1 || !this.stemSet.has(piece) }
          ])
          alternatives.push({ groups, weight: 0.9 })
        }
      } else {
        // Only names reach here (queries are split at Hangul/Latin boundaries first).
        const groups = []
        for (const [s, e, hangul] of runs) {
          const run = word.slice(s, e)
          if (!hangul) {
            groups.push(this.latinGroup(run))
            keys.push(run)
            continue
          }
          const { stem } = this.analyseQueryRun(run, s > 0)
          if (!stem) continue
          keys.push(run.slice(0, stem))
          groups.push([{ term: run.slice(0, stem), prefix: true }])
        }
        alternatives.push({ groups, weight: 1 })
      }
      // A last word that starts no indexed term may end in a syllable still being typed.
      if (last && !this.hasPrefix(this.vocabulary, word)) {
        const candidates = this.typingCandidates(word)
        if (candidates.length)
          alternatives.push({
            groups: [candidates.map(term => ({ term, prefix: true }))],
            weight: 0.8
          })
      }
      return { alternatives, keys }
    }

    /** An English word as a prefix, and the site's words with the same stem (scaling:
     *  scale, scales, scaled). */
    latinGroup(word) {
      const group = [{ term: word, prefix: word.length > 1 }]
      for (const variant of this.variants.get(this.stem(word)) || [])
        if (!variant.startsWith(word)) group.push({ term: variant, prefix: false })
      return group
    }

    /** Alternatives for a run of words that names a concept: the words as typed, and every
     *  name of the concept as a phrase. */
    conceptPlan(words, id, last) {
      const alternatives = []
      const keys = []
      const combine = (plans, weight, phrase) => {
        // every combination of the words' alternatives, capped
        let combos = [[]]
        for (const plan of plans) {
          const next = []
          for (const combo of combos)
            for (const alternative of plan.alternatives)
              if (next.length < MAX_ALTERNATIVES) next.push([...combo, alternative])
          combos = next
        }
        for (const combo of combos)
          alternatives.push({
            groups: combo.flatMap(alternative => alternative.groups),
            weight: weight * Math.min(...combo.map(alternative => alternative.weight)),
            phrase
          })
      }
      const typed = words.map((word, i) => this.wordPlan(word, last && i === words.length - 1))
      if (typed.every(Boolean)) {
        combine(typed, 1, false)
        for (const plan of typed) keys.push(...plan.keys)
      }
      for (const name of this.concepts[id]) {
        const plans = this.words(name)
          .map(word => this.wordPlan(word, false))
          .filter(Boolean)
        // Another name counts only where its words stand together (Lambda 함수, not a
        // Lambda here and a 함수 there).
        if (plans.length) combine(plans, 1, true)
      }
      const seen = new Set()
      const unique = alternatives.filter(alternative => {
        const key = JSON.stringify(alternative.groups)
        if (seen.has(key)) return false
        seen.add(key)
        return true
      })
      return { alternatives: unique.slice(0, MAX_ALTERNATIVES * 2), keys, concept: id }
    }

    /** A query's words, with words of Hangul and Latin split at the boundary (EC2인스턴스 →
     *  ec2, 인스턴스), as if the reader had typed the space; particles after a Latin word
     *  (EC2를) are dropped. */
    queryWords(query) {
      const words = []
      for (const word of this.words(query)) {
        const runs = scriptRuns(word)
        for (const [s, e, hangul] of runs) {
          const run = word.slice(s, e)
          if (hangul && s > 0 && this.particles.isSuffix(run) && !this.segments[run]) continue
          words.push(run)
        }
      }
      return words
    }

    /** The query as units: concept phrases (longest first) and single words. */
    plan(query) {
      const words = this.queryWords(query)
      const units = []
      for (let i = 0; i < words.length; ) {
        let matched = null
        for (let j = Math.min(words.length, i + MAX_PHRASE); j > i && !matched; j--) {
          const id = this.conceptKeys.get(this.phraseKey(words.slice(i, j)))
          if (id !== undefined) matched = { end: j, id }
        }
        if (!matched) {
          // A word the pages never use, of one concept's name only: that concept.
          const key = this.phraseKey([words[i]])
          const id = this.wordConcepts.get(key)
          if (id >= 0 && !this.hasPrefix(this.vocabulary, key)) matched = { end: i + 1, id }
        }
        const last = (matched ? matched.end : i + 1) === words.length
        const unit = matched
          ? this.conceptPlan(words.slice(i, matched.end), matched.id, last)
          : this.wordPlan(words[i], last)
        if (unit) {
          unit.words = (matched ? matched.end : i + 1) - i
          // Question words (방법, 이유) count a little and do not decide coverage.
          unit.weak = !matched && unit.keys.every(key => this.weak.has(key))
          units.push(unit)
        }
        i = matched ? matched.end : i + 1
      }
      return units
    }

    /* ------------------------------------------------ searching */

    /** Run a few searches built from the site's own headings before answering READY:
     *  the first query a reader types then runs on compiled code (about 20 ms instead of
     *  100 on a slow machine), for some 50 ms more at start-up. */
    warmUp() {
      const titles = [...this.map.values()].map(doc => doc.title || "").filter(Boolean)
      for (let i = 0; i < Math.min(WARM_UP_QUERIES, titles.length); i++) {
        const title = titles[Math.floor((i * titles.length) / WARM_UP_QUERIES)]
        const words = this.words(title.replace(/<[^>]*>/g, " "))
        this.search(words.slice(0, 3).join(" "))
        if (words[0]) this.search(words[0].slice(0, 2))
      }
    }

    /** Documents matching any term of a group: Map(ref → {score, metadata}). */
    runGroup(group) {
      // Kept across queries: typing sends one query per keystroke, and the words already
      // typed ask the same questions again.
      const cache = this.groupCache
      const key = JSON.stringify(group)
      let found = cache.get(key)
      if (found) return found
      const fields = this.fields
      const results = this.index.query(query => {
        for (const { term, prefix } of group)
          query.term(term, {
            fields,
            usePipeline: false,
            wildcard: prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE
          })
      })
      found = new Map(results.map(r => [r.ref, { score: r.score, metadata: r.matchData.metadata }]))
      if (cache.size >= GROUP_CACHE_SIZE) cache.delete(cache.keys().next().value)
      cache.set(key, found)
      return found
    }

    search(query) {
      const units = this.plan(query)
      if (!units.length) return { items: [] }
      const found = new Map() // ref → {score, units, hits}
      const conceptPages = new Set() // pages with a match of a concept of the query
      units.forEach((unit, u) => {
        const best = new Map()
        for (const alternative of unit.alternatives) {
          // Documents in every group: walk the smallest group, look the others up.
          const sets = alternative.groups.map(group => this.runGroup(group))
          const order = sets.map((_, i) => i).sort((a, b) => sets[a].size - sets[b].size)
          const matches = new Map()
          for (const [ref] of sets[order[0]]) {
            if (!order.every(i => sets[i].has(ref))) continue
            const hits = sets.map(set => set.get(ref))
            matches.set(ref, { score: hits.reduce((sum, hit) => sum + hit.score, 0), hits })
          }
          const size = alternative.groups.length
          for (const [ref, match] of matches) {
            // The mean over groups, so a name of three words is not worth three of one;
            // words found next to each other, as in the query, count double.
            let score = (match.score / size) * alternative.weight
            if (size > 1) {
              const together = this.adjacent(match.hits, this.map.get(ref))
              if (alternative.phrase && !together) continue
              if (together && !alternative.phrase) score *= PHRASE_BONUS
            }
            let entry = best.get(ref)
            if (!entry) best.set(ref, (entry = { score: 0, hits: [] }))
            entry.score = Math.max(entry.score, score)
            entry.hits.push(...match.hits)
          }
        }
        for (const [ref, entry] of best) {
          let doc = found.get(ref)
          if (!doc) found.set(ref, (doc = { score: 0, units: new Set(), titled: new Set(), hits: [] }))
          doc.score += unit.weak ? entry.score * WEAK_WEIGHT : entry.score
          doc.units.add(u)
          if (entry.hits.some(hit => Object.values(hit.metadata).some(fields => fields.title)))
            doc.titled.add(u)
          if (unit.concept !== undefined) conceptPages.add(ref.split("#")[0])
          doc.hits.push(...entry.hits)
        }
      })
      let counted = units.map((unit, u) => (unit.weak ? -1 : u)).filter(u => u >= 0)
      if (!counted.length) counted = units.map((_, u) => u)

      const ranked = []
      for (const [ref, match] of found) {
        const doc = this.map.get(ref)
        if (!doc) continue
        const coverage = counted.filter(u => match.units.has(u)).length / counted.length
        // A heading made of the query's words wins: one the query covers (VPC 피어링 for
        // VPC피어링) beats one that merely contains it (VPC 피어링과 Transit Gateway 비교),
        // and one with all of the query (IAM 역할) beats one with part of it (IAM이란).
        const titled = counted.filter(u => match.titled.has(u)).length / counted.length
        // No bonus for a lone word's heading when another page matches the query's concept.
        const bonus = this.loneWord(units, match, ref, conceptPages) ? 0 : HEADING_BONUS
        const heading = 1 + bonus * this.headingCover(doc, match.hits) ** 2 * titled
        ranked.push({ ref, doc, match, score: match.score * coverage * coverage * heading })
      }
      ranked.sort((a, b) => b.score - a.score)
      // The long tail (a stray particle-sized match) is dropped: it costs highlighting and
      // copying to the page, and nobody reads result 300.
      const floor = ranked.length ? ranked[0].score * MIN_RELATIVE_SCORE : 0
      ranked.splice(Math.min(MAX_RESULTS, ranked.filter(r => r.score >= floor).length))

      // One page does not fill the list on a word of its headings while another page
      // matches too: past MAX_SECTIONS, its sections are left out.
      const pages = new Set(ranked.map(({ ref }) => ref.split("#")[0]))
      const kept = new Map()
      const groups = new Map()
      for (const { ref, doc, match, score } of ranked) {
        const [page] = ref.split("#")
        kept.set(page, (kept.get(page) || 0) + 1)
        if (pages.size > 1 && kept.get(page) > MAX_SECTIONS) continue
        // Material lists the false ones as missing and sends the true ones to the page
        // (?h=) to highlight: the words as found there, not as typed (DynamoDB, not db).
        const terms = {}
        units.forEach((unit, u) => {
          if (!match.units.has(u)) for (const key of unit.keys) terms[key] = false
        })
        for (const term of foundTerms(match.hits, doc)) terms[term] = true
        const item = { ...this.highlight(doc, match.hits), score, terms }
        if (!groups.has(page)) groups.set(page, [])
        groups.get(page).push(item)
      }
      // Material heads every group with its page, shown even when only a section matched.
      for (const [page, items] of groups) {
        const head = this.pages.get(page)
        if (head.location === page && !items.some(item => item.location === page))
          items.push({ ...head, score: 0, terms: {} })
      }

      const result = { items: [...groups.values()] }
      if (this.options.suggest) result.suggest = this.suggest(query, ranked)
      return result
    }

    /** Does a document match one word of a query of several, and nothing else, while
     *  another page matches a concept the query names? Then a heading of that word is no
     *  reason to rank it first. */
    loneWord(units, match, ref, conceptPages) {
      if (units.length < 2 || match.units.size !== 1) return false
      const unit = units[match.units.values().next().value]
      if (unit.concept !== undefined || unit.words !== 1) return false
      const [page] = ref.split("#")
      return [...conceptPages].some(other => other !== page)
    }

    /** Do the groups' matches follow one another, in the query's order, in some field of
     *  the document, with nothing between them but spaces, punctuation, particles or stop
     *  words (VPC끼리는 피어링, infrastructure as code)? */
    adjacent(hits, doc) {
      const fields = new Set()
      for (const term of Object.values(hits[0].metadata))
        for (const field of Object.keys(term)) fields.add(field)
      for (const field of fields) {
        const text = String(doc[field] || "")
        let ends = null
        for (const hit of hits) {
          const next = []
          for (const term of Object.values(hit.metadata))
            for (const [start, length] of (term[field] && term[field].position) || [])
              if (!ends || ends.some(end => start >= end && this.gapOk(text, end, start)))
                next.push(start + length)
          ends = next
          if (!ends.length) break
        }
        if (ends && ends.length) return true
      }
      return false
    }

    gapOk(text, from, to) {
      if (to - from > MAX_GAP) return false
      if (to - from <= 1) return to === from || !isWordChar(text, from)
      let ok = true
      scanWords(text.slice(from, to), true, (s, e) => {
        const word = text.slice(from + s, from + e).toLowerCase()
        const hangul = scriptRuns(word).every(run => run[2])
        ok = ok && (hangul ? this.particles.isSuffix(word) : this.isStopWord(word))
      })
      return ok
    }

    /** Share of the words of a document's title that the query matched. */
    headingCover(doc, hits) {
      let words = this.titleWords.get(doc)
      if (!words) {
        words = []
        scanWords(doc.title || "", true, (s, e) => {
          if (!this.isStopWord(doc.title.slice(s, e).toLowerCase())) words.push([s, e])
        })
        this.titleWords.set(doc, words)
      }
      if (!words.length) return 0
      const ranges = []
      for (const hit of hits)
        for (const term of Object.values(hit.metadata))
          if (term.title) for (const [s, l] of term.title.position) ranges.push([s, s + l])
      const covered = words.filter(([s, e]) => ranges.some(([a, b]) => a < e && b > s))
      return covered.length / words.length
    }

    /** The completion Material shows after the last word: a title word it starts. */
    suggest(query, ranked) {
      const words = this.words(query)
      const last = words[words.length - 1]
      if (!last || /\s$/.test(query) || !ranked.length) return []
      const title = ranked[0].doc.title || ""
      let best = null
      scanWords(title, true, (s, e) => {
        const word = title.slice(s, e).toLowerCase()
        if (word.length > last.length && word.startsWith(last) && (!best || word.length < best.length))
          best = word
      })
      return best ? [best] : []
    }

    /* ------------------------------------------------ highlighting */

    highlight(doc, hits) {
      const positions = {}
      for (const hit of hits)
        for (const term of Object.keys(hit.metadata))
          for (const [field, data] of Object.entries(hit.metadata[term]))
            for (const position of data.position || []) (positions[field] ||= []).push(position)
      const { context, ...item } = doc
      if (positions.title) item.title = mark(doc.title, positions.title, true)
      // Without a match in the text, the teaser is its first paragraph, as Material shows it.
      item.text = positions.text ? mark(doc.text, positions.text, false) : firstBlock(doc.text)
      return item
    }
  }

  /** The words matched in the shown fields, as they are written there (AWS, not the
   *  stem aw; 버킷 of 버킷을), shortest first: one that another starts with is enough for
   *  the page's highlighter, which matches word beginnings. */
  function foundTerms(hits, doc) {
    const found = new Set()
    for (const hit of hits)
      for (const fields of Object.values(hit.metadata))
        for (const field of ["title", "text"])
          for (const [start, length] of (fields[field] && fields[field].position) || [])
            found.add(doc[field].slice(start, start + length).toLowerCase())
    const terms = []
    for (const term of [...found].sort((a, b) => a.length - b.length || (a < b ? -1 : 1)))
      if (!terms.some(shorter => term.startsWith(shorter))) terms.push(term)
    return terms.slice(0, MAX_HIGHLIGHT_TERMS)
  }

  /** Wrap ranges of `input` in <mark>. Titles keep everything; texts keep, like Material,
   *  the first two top-level blocks (paragraphs, lists) that hold a match. */
  function mark(input, ranges, full) {
    const merged = []
    for (const [start, length] of [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1])) {
      const end = start + length
      const previous = merged[merged.length - 1]
      if (previous && start <= previous[1]) previous[1] = Math.max(previous[1], end)
      else merged.push([start, end])
    }
    const wrap = (from, to) => {
      let out = ""
      let cursor = from
      for (const [start, end] of merged) {
        if (end <= from || start >= to) continue
        out += input.slice(cursor, start) + "<mark>" + input.slice(start, end) + "</mark>"
        cursor = end
      }
      return out + input.slice(cursor, to)
    }
    if (full) return wrap(0, input.length)
    const chosen = []
    for (const [from, to] of blocks(input)) {
      if (merged.some(([start, end]) => start >= from && end <= to)) chosen.push(wrap(from, to))
      if (chosen.length === 2) break
    }
    return chosen.length ? chosen.join("") : input
  }

  function firstBlock(input) {
    const [first] = blocks(input || "")
    return first ? input.slice(first[0], first[1]) : input || ""
  }

  /** [start, end) of each top-level element or stretch of bare text. */
  function blocks(input) {
    const found = []
    const tag = /<(\/?)[^>]*?(\/?)>/g
    let depth = 0
    let start = 0
    let match
    while ((match = tag.exec(input))) {
      const [whole, closing, selfClosing] = match
      if (selfClosing) continue
      if (!closing) {
        if (depth === 0) {
          if (match.index > start && input.slice(start, match.index).trim())
            found.push([start, match.index])
          start = match.index
        }
        depth++
      } else if (depth > 0 && --depth === 0) {
        found.push([start, match.index + whole.length])
        start = match.index + whole.length
      }
    }
    if (start < input.length && input.slice(start).trim()) found.push([start, input.length])
    return found
  }

  /* ------------------------------------------------------------------ worker glue */

  let engine = null

  function handle(message) {
    switch (message.type) {
      case MESSAGE.SETUP:
        engine = new KoreanSearch(message.data)
        engine.warmUp()
        return { type: MESSAGE.READY }
      case MESSAGE.QUERY:
        try {
          return { type: MESSAGE.RESULT, data: engine.search(message.data) }
        } catch (error) {
          console.warn(`Search failed for "${message.data}"`, error)
          return { type: MESSAGE.RESULT, data: { items: [] } }
        }
      default:
        throw new TypeError("Invalid message type")
    }
  }

  if (typeof module !== "undefined" && module.exports) {
    module.exports = {
      KoreanSearch,
      Particles,
      scanWords,
      scriptRuns,
      mark,
      blocks,
      handle,
      readIndex,
      headingAnchor
    }
  } else {
    global.addEventListener("message", event => global.postMessage(handle(event.data)))
  }
})(typeof self !== "undefined" ? self : globalThis)
