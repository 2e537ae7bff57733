/**
 * The worker_threads entry of the Node decode pool (see worker-pool.ts):
 * receives column chunk tasks, decodes them with readColumnChunk and posts
 * the levels and values back, transferring their buffers. Node-only.
 */
import { parentPort } from 'node:worker_threads'
import { type PostedResult, type PostedTask, resultTransfers, runChunkTask, serializeError } from './chunk-decoder.js'

async function handle(message: PostedTask): Promise<void> {
  let reply: PostedResult
  let transfer: ArrayBuffer[] = []
  try {
    const data = await runChunkTask(message.task)
    transfer = resultTransfers(data)
    reply = { id: message.id, data }
  } catch (e) {
    reply = { id: message.id, error: serializeError(e) }
  }
  parentPort!.postMessage(reply, transfer)
}

parentPort?.on('message', (message: PostedTask) => {
  void handle(message)
})
