// Prepares the process for an interactive Ink view at a real terminal.

/**
 * Ink draws nothing until exit when CI or CONTINUOUS_INTEGRATION is set. argmap only opens a
 * view when both ends are a terminal, where a person is waiting for it: call this before Ink
 * is imported, so such a variable left in a shell does not blank the screen.
 */
export function prepareInteractiveTerminal(): void {
  delete process.env.CI
  delete process.env.CONTINUOUS_INTEGRATION
}
