// The Ink views and the Ink and React they were built with, for benchmarks that drive them directly.

export {render} from 'ink'
export {createElement} from 'react'
export {EssayApp} from './essay-app.js'
export {ForestApp} from './forest-app.js'
