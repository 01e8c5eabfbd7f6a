// `show <map> --watch`: the debate view, redrawn on every save; diagnostics in its place while broken.

import {Box, Text, useApp, useInput} from 'ink'
import {useEffect, useMemo, useState} from 'react'
import {forestOf} from '../../graph/debate-view.js'
import type {LoadOptions} from '../../map/load-map.js'
import {watchMap, type MapState} from '../../map/watch-map.js'
import {sanitizeLine} from '../../util/sanitize.js'
import {outputChalk} from '../print.js'
import {brokenMapReport, firstErrorNotice} from '../report.js'
import {ForestApp} from './forest-app.js'

export function WatchApp({file, options}: {file: string; options: LoadOptions}) {
  const [state, setState] = useState<MapState | undefined>(undefined)
  useEffect(() => watchMap(file, options, setState), [file, options])
  const forest = useMemo(() => (state?.loaded ? forestOf(state.loaded) : undefined), [state])
  if (!state) return <Text dimColor>loading {sanitizeLine(file)}…</Text>
  if (forest && state.loaded)
    return <ForestApp forest={forest} file={file} notice={firstErrorNotice(state.loaded)} />
  const report = state.loaded
    ? brokenMapReport(state.loaded, outputChalk())
    : `argmap: ${sanitizeLine(state.error.line)}\n`
  return <Broken report={report} />
}

/** The diagnostics of a broken save, until the next good one. */
function Broken({report}: {report: string}) {
  const {exit} = useApp()
  useInput((input, key) => {
    if (input === 'q' || key.escape) exit()
  })
  return (
    <Box flexDirection="column">
      <Text>{report.trimEnd()}</Text>
      <Text dimColor>watching for the next save · q quits</Text>
    </Box>
  )
}

/** Run the watching view until the user quits. */
export async function runWatchApp(file: string, options: LoadOptions): Promise<void> {
  const {runInk} = await import('./run.js')
  await runInk(<WatchApp file={file} options={options} />)
}
