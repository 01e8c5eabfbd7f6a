// The terminal's size, updated when it is resized.

import {useStdout} from 'ink'
import {useEffect, useState} from 'react'

const sizeOf = (stdout: NodeJS.WriteStream) => ({columns: stdout.columns || 80, rows: stdout.rows || 24})

export function useScreen(): {columns: number; rows: number} {
  const {stdout} = useStdout()
  const [size, setSize] = useState(() => sizeOf(stdout))
  useEffect(() => {
    const update = () => setSize(sizeOf(stdout))
    stdout.on('resize', update)
    return () => {
      stdout.off('resize', update)
    }
  }, [stdout])
  return size
}
