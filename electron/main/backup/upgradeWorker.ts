import { parentPort, workerData } from 'node:worker_threads'
import { runUpgrade, type UpgradeJob, type UpgradeMessage } from './upgradeJob'

/**
 * The update of a practice to this version, on a thread of its own (built as
 * out/main/upgradeWorker.js): a large practice takes seconds, and the main thread stays
 * free to show how far it has got.
 */
const tell = (message: UpgradeMessage) => parentPort?.postMessage(message)

void runUpgrade(workerData as UpgradeJob, (progress) => tell({ kind: 'progress', progress })).then((outcome) =>
  tell({ kind: 'done', outcome })
)
