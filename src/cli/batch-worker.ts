// Worker thread of `batch`: receives `BatchJob`s, answers `BatchResult`s, one at a time.
import {parentPort} from 'node:worker_threads'
import {runBatchJob, type BatchJob} from './batch-job.js'

if (parentPort) {
  const port = parentPort
  port.on('message', (job: BatchJob) => {
    void runBatchJob(job).then((result) => port.postMessage(result))
  })
}
