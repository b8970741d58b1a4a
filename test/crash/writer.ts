import { openDatabase } from '../../electron/main/db/connection'
import { createClient, updateClient } from '../../electron/main/clients/service'
import { notesFor, tagsFor } from './records'

/**
 * The child process of the crash harness: writes through the real service layer as
 * fast as it can and prints `ack <n>` only after write n has committed. The harness
 * kills it with SIGKILL at a random moment and checks that every acknowledged write
 * survived and that nothing half-written is visible.
 * Each write is a multi-row transaction: see records.ts.
 */
async function main(): Promise<void> {
  const [file, run] = process.argv.slice(2) as [string, string]
  const { db } = openDatabase(file)
  const ids: number[] = []
  for (let seq = 0; ; seq++) {
    const rewrite = ids.length > 0 && seq % 3 === 0
    if (rewrite) {
      const id = ids[seq % ids.length]!
      await updateClient(db, {
        id,
        name: `${run} ${id}`,
        email: null,
        phone: null,
        organisation: null,
        role: null,
        timezone: null,
        tags: tagsFor(id, seq),
        notes: notesFor(run, id, seq)
      })
      process.stdout.write(`ack update ${id} ${seq}\n`)
    } else {
      const client = await createClient(db, {
        name: `${run} pending`,
        email: null,
        phone: null,
        organisation: null,
        role: null,
        timezone: null,
        tags: tagsFor(seq, 0),
        notes: notesFor(run, seq, 0)
      })
      ids.push(client.id)
      process.stdout.write(`ack create ${client.id} ${seq}\n`)
    }
  }
}

void main()
