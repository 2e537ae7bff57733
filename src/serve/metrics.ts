/**
 * Prometheus text-format metrics for the Parquet API service: counters for
 * files, queries and bytes read, and a histogram of query durations.
 */

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

export interface Metrics {
  queries: number
  bytesRead: number
  requests: number
  errors: number
  durations: number[]
  durationSum: number
  durationCount: number
}

export function makeMetrics(): Metrics {
  return { queries: 0, bytesRead: 0, requests: 0, errors: 0, durations: new Array(BUCKETS.length).fill(0), durationSum: 0, durationCount: 0 }
}

/** Records one query's duration in seconds. */
export function observeQuery(metrics: Metrics, seconds: number): void {
  metrics.queries++
  metrics.durationSum += seconds
  metrics.durationCount++
  for (let i = 0; i < BUCKETS.length; i++) if (seconds <= BUCKETS[i]!) metrics.durations[i]!++
}

/** The exposition text (version 0.0.4). */
export function renderMetrics(metrics: Metrics, filesTotal: number): string {
  const lines = [
    '# HELP parquet_files_total Parquet files the service lists.',
    '# TYPE parquet_files_total gauge',
    `parquet_files_total ${filesTotal}`,
    '# HELP parquet_queries_total Data and query requests answered.',
    '# TYPE parquet_queries_total counter',
    `parquet_queries_total ${metrics.queries}`,
    '# HELP parquet_bytes_read_total Bytes read from parquet files.',
    '# TYPE parquet_bytes_read_total counter',
    `parquet_bytes_read_total ${metrics.bytesRead}`,
    '# HELP parquet_http_requests_total HTTP requests received.',
    '# TYPE parquet_http_requests_total counter',
    `parquet_http_requests_total ${metrics.requests}`,
    '# HELP parquet_http_errors_total HTTP requests answered with an error status.',
    '# TYPE parquet_http_errors_total counter',
    `parquet_http_errors_total ${metrics.errors}`,
    '# HELP parquet_query_duration_seconds Time to answer a data or query request.',
    '# TYPE parquet_query_duration_seconds histogram',
  ]
  for (let i = 0; i < BUCKETS.length; i++) lines.push(`parquet_query_duration_seconds_bucket{le="${BUCKETS[i]}"} ${metrics.durations[i]}`)
  lines.push(`parquet_query_duration_seconds_bucket{le="+Inf"} ${metrics.durationCount}`)
  lines.push(`parquet_query_duration_seconds_sum ${metrics.durationSum}`)
  lines.push(`parquet_query_duration_seconds_count ${metrics.durationCount}`)
  return `${lines.join('\n')}\n`
}
