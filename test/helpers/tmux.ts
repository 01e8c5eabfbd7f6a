// Drives the CLI in a real terminal: tmux runs it, send-keys types, capture-pane reads the screen.

import {execFileSync} from 'node:child_process'
import {root} from './seeds.js'

export interface Terminal {
  /** Type keys, as tmux send-keys names them ("j", "Enter", "BSpace", "Left"). */
  keys(...keys: string[]): void
  /** Type literal text. */
  type(text: string): void
  screen(): string
  /** Wait until the screen matches, or fail with what it shows. */
  waitFor(pattern: RegExp | string, timeout?: number): Promise<string>
  /** Resize the terminal window. */
  resize(columns: number, rows: number): void
  /** Wait until the program has exited. */
  waitForExit(timeout?: number): Promise<void>
  close(): void
}

let count = 0

/** Start `bin/argmap.js` with `args` in a new tmux session of the given size. */
export function openTerminal(args: string[], {columns = 100, rows = 30} = {}): Terminal {
  const name = `argmap-test-${process.pid}-${count++}`
  const command = [process.execPath, `${root}bin/argmap.js`, ...args]
    .map(part => `'${part.replace(/'/g, `'\\''`)}'`)
    .join(' ')
  const tmux = (...parts: string[]) => execFileSync('tmux', parts, {encoding: 'utf8'})
  tmux(
    'new-session',
    '-d',
    '-s',
    name,
    '-x',
    String(columns),
    '-y',
    String(rows),
    '-c',
    root,
    `env TERM=xterm-256color XDG_CACHE_HOME='${process.env.XDG_CACHE_HOME ?? ''}' ${command}; echo "[exited $?]"; sleep 30`
  )
  const screen = () => tmux('capture-pane', '-p', '-t', name)
  const waitFor = async (pattern: RegExp | string, timeout = 20_000) => {
    const deadline = Date.now() + timeout
    let last = ''
    while (Date.now() < deadline) {
      last = screen()
      if (typeof pattern === 'string' ? last.includes(pattern) : pattern.test(last)) return last
      await new Promise(resolve => setTimeout(resolve, 50))
    }
    throw new Error(`timed out waiting for ${pattern}; the screen shows:\n${last}`)
  }
  return {
    keys: (...keys) => void tmux('send-keys', '-t', name, ...keys),
    type: text => void tmux('send-keys', '-t', name, '-l', text),
    screen,
    waitFor,
    resize: (columns, rows) =>
      void tmux('resize-window', '-t', name, '-x', String(columns), '-y', String(rows)),
    waitForExit: async timeout => void (await waitFor(/\[exited \d+\]/, timeout)),
    close: () => {
      try {
        tmux('kill-session', '-t', name)
      } catch {
        // already gone
      }
    }
  }
}
