// Runs the search worker's code in Node for test_worker.py. Reads
// {"index": <search_index.json or null>, "calls": [[name, ...args], ...]} on stdin and
// writes the list of answers as JSON.
"use strict"
const [lunrPath, workerPath] = process.argv.slice(2)
globalThis.lunr = require(lunrPath)
const worker = require(workerPath)

const shown = item => ({
  location: item.location,
  title: item.title,
  text: item.text,
  terms: item.terms,
  score: item.score
})

function answer(engine, [name, ...args]) {
  switch (name) {
    case "stemLength":
      return new worker.Particles(args[0]).stemLength(args[1])
    case "stemLengths":
      return args[1].map(word => new worker.Particles(args[0]).stemLength(word))
    case "words": {
      const [text, markup] = args
      const found = []
      worker.scanWords(text, markup, (s, e) => found.push(text.slice(s, e)))
      return found
    }
    case "runs":
      return worker.scriptRuns(args[0]).map(([s, e, hangul]) => [args[0].slice(s, e), hangul])
    case "tokens":
      return engine.tokenize(args[0]).map(t => [t.toString(), ...t.metadata.position])
    case "queryWords":
      return engine.queryWords(args[0])
    case "plan":
      return engine.plan(args[0]).map(unit => ({
        keys: unit.keys,
        concept: unit.concept !== undefined,
        weak: unit.weak,
        alternatives: unit.alternatives.map(a =>
          a.groups.map(g => g.map(t => t.term + (t.prefix ? "*" : "")).join("|")).join(" & ")
        )
      }))
    case "search": {
      const result = engine.search(args[0])
      return {
        groups: result.items.map(group => group.map(shown)),
        ranked: result.items.flat().filter(i => i.score > 0).sort((a, b) => b.score - a.score).map(shown),
        suggest: result.suggest
      }
    }
    case "mark":
      return worker.mark(...args)
    case "readIndex": {
      // The written index (args[0]) as the worker reads it: documents and config.korean.
      const { korean, docs } = worker.readIndex(args[0].config, args[0].docs)
      return { docs, korean }
    }
    case "headingAnchors":
      return args[0].map(title => worker.headingAnchor(title))
    case "messages": {
      // The worker protocol, as Material's page sends it.
      return args[0].map(message => worker.handle(message))
    }
    default:
      throw new Error(`unknown call ${name}`)
  }
}

let input = ""
process.stdin.setEncoding("utf8")
process.stdin.on("data", chunk => (input += chunk))
process.stdin.on("end", () => {
  const { index, calls } = JSON.parse(input)
  const engine = index ? new worker.KoreanSearch({ ...index, options: { suggest: true } }) : null
  process.stdout.write(JSON.stringify(calls.map(call => answer(engine, call))))
})
