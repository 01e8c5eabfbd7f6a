// argmap as a library: the pure core of each stage, for scripts and benchmarks.

export {parseEssay, essayKey, type ParseOptions} from './essay/parse-essay.js'
export {formatOf} from './essay/essay-format.js'
export {loadMarkdownReader} from './essay/load-markdown.js'
export {loadReaders} from './essay/load-readers.js'
export {readEssay} from './essay/read-essay.js'
export type * from './essay/types.js'
export {mapSchema, type Schema} from './map/schema.js'
export {loadMap, type LoadedMap} from './map/load-map.js'
export {analyseMap, type DebateForest} from './graph/debate-view.js'
