// The claim map format: one JSON Schema that both validates maps and ships for editors.

/** The subset of JSON Schema the map format uses, and the validator reads. */
export interface Schema {
  $schema?: string
  $id?: string
  title?: string
  description?: string
  type?: 'object' | 'string' | 'array'
  properties?: Record<string, Schema>
  additionalProperties?: Schema | false
  propertyNames?: Schema
  required?: string[]
  items?: Schema
  oneOf?: Schema[]
  minLength?: number
  maxLength?: number
  pattern?: string
  examples?: unknown[]
}

const claimId: Schema = {
  type: 'string',
  description: 'A claim: `<essay-key>/<slug>` as `argmap show <essay>` prints it, or a key of `claims:`.',
  pattern: '^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$',
  examples: ['borjesson/organizations-machines-built']
}
/** Text that must not be empty. */
const text = (description: string): Schema => ({type: 'string', description, minLength: 1})
const essayFile = text('The essay file, relative to the map.')

/** The map format. */
export const mapSchema: Schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'argmap claim map',
  description: 'Links claims across essays as supports or rebuts.',
  type: 'object',
  required: ['essays', 'links'],
  additionalProperties: false,
  properties: {
    title: {type: 'string', description: 'The debate’s title.'},
    essays: {
      type: 'object',
      description: 'The essays the map links, by key. The key is the prefix of their claim IDs.',
      propertyNames: {type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$'},
      additionalProperties: {
        oneOf: [
          essayFile,
          {
            type: 'object',
            required: ['file'],
            additionalProperties: false,
            properties: {
              file: essayFile,
              author: text('The author, when the page does not name one.'),
              title: text('A title to show instead of the page’s.')
            }
          }
        ]
      }
    },
    claims: {
      type: 'object',
      description: 'Claims no essay states in so many words, by ID.',
      propertyNames: {type: 'string', pattern: claimId.pattern},
      additionalProperties: {
        type: 'object',
        required: ['text'],
        additionalProperties: false,
        properties: {
          text: text('The claim, as one sentence.'),
          author: text('Whose claim it is.'),
          note: {type: 'string', description: 'Where it comes from.'}
        }
      }
    },
    theses: {
      type: 'array',
      description:
        'The claims each debate is about; by default, those that others answer and that answer nothing.',
      items: claimId
    },
    links: {
      type: 'array',
      description: 'Who supports or rebuts whom.',
      items: {
        oneOf: [
          {
            type: 'string',
            description: 'The short form: `<from> supports <to>` or `<from> rebuts <to>`.',
            pattern: '^\\S+\\s+(supports|rebuts)\\s+\\S+$'
          },
          {
            type: 'object',
            required: ['from'],
            additionalProperties: false,
            properties: {
              from: claimId,
              supports: claimId,
              rebuts: claimId,
              note: text('Why the link holds, in one line.')
            }
          }
        ]
      }
    }
  }
}
