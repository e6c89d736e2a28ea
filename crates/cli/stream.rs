//! `dossier stream`: JSONL records on stdin → one JSON line per input line on
//! stdout, in input order.
//!
//! This is the shape Spark's `RDD.pipe`, Hadoop streaming and subprocess workers
//! need: exactly one output line per input line (an error object in place of a
//! record that failed, never a gap), flushed after every batch, memory bounded by
//! the batch size. Batches are processed in parallel with an indexed rayon
//! iterator, so output order is input order at any thread count.

use std::io::{BufRead, BufWriter, Write};
use std::process::ExitCode;

use anyhow::Context;
use dossier_model::Reject;
use dossier_pipeline::{Config, Pipeline, install_panic_hook};
use rayon::prelude::*;
use serde::Serialize;

use crate::args::StreamArgs;

/// Lines read before a batch is processed and written.
const BATCH_LINES: usize = 256;

/// Display name of standard input in records and errors.
const STDIN: &str = "<stdin>";

/// The line written in place of a record that could not be processed.
#[derive(Debug, Serialize)]
struct ErrorLine<'a> {
    error: ErrorBody<'a>,
}

#[derive(Debug, Serialize)]
struct ErrorBody<'a> {
    /// 1-based input line.
    line: u64,
    /// Stable reason code, as in `rejects.jsonl`.
    reason: &'a str,
    /// What was expected and what was found.
    detail: &'a str,
}

/// Processes one input line into its output line (without the newline): the
/// record, or the error object in its place.
fn process_line(pipeline: &Pipeline, line_number: u64, line: &str) -> Result<String, String> {
    pipeline.process_jsonl_line(STDIN, line_number, line).or_else(|r: Box<Reject>| {
        serde_json::to_string(&ErrorLine {
            error: ErrorBody { line: line_number, reason: &r.reason, detail: &r.detail },
        })
        .map_err(|e| e.to_string())
    })
}

/// One input line: its bytes (without the newline), or only its length when
/// it was longer than `--max-line-bytes` and its bytes were skipped.
#[derive(Debug, PartialEq, Eq)]
enum Line {
    Text(Vec<u8>),
    TooLong(u64),
}

/// Reads the next line, keeping at most `max` bytes of it: the rest of an
/// over-long line is read and dropped buffer by buffer, so a line of any length
/// costs no more memory than the limit. `None` at the end of input.
fn read_line_limited(reader: &mut impl BufRead, max: u64) -> std::io::Result<Option<Line>> {
    let mut kept = Vec::new();
    let mut n_bytes: u64 = 0;
    let mut any = false;
    loop {
        let buffer = reader.fill_buf()?;
        if buffer.is_empty() {
            break;
        }
        any = true;
        let (chunk, ends) = match buffer.iter().position(|&b| b == b'\n') {
            Some(at) => (&buffer[..at], Some(at + 1)),
            None => (buffer, None),
        };
        n_bytes += chunk.len() as u64;
        if n_bytes <= max {
            kept.extend_from_slice(chunk);
        } else {
            kept = Vec::new();
        }
        let used = ends.unwrap_or(buffer.len());
        reader.consume(used);
        if ends.is_some() {
            break;
        }
    }
    if !any {
        return Ok(None);
    }
    Ok(Some(if n_bytes > max { Line::TooLong(n_bytes) } else { Line::Text(kept) }))
}

/// The error object for a line over the limit.
fn too_long(line_number: u64, n_bytes: u64, max: u64) -> Result<String, String> {
    let detail = format!(
        "line {line_number} is {n_bytes} bytes, longer than the limit of {max} bytes: not read (raise --max-line-bytes to accept it)"
    );
    serde_json::to_string(&ErrorLine {
        error: ErrorBody { line: line_number, reason: "line_too_long", detail: &detail },
    })
    .map_err(|e| e.to_string())
}

/// Runs the stream until end of input; returns the exit status (4 when any
/// record hit an internal error).
pub fn stream(args: &StreamArgs) -> anyhow::Result<ExitCode> {
    install_panic_hook();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.unwrap_or(0))
        .build()
        .context("starting worker threads")?;
    let pipeline = Pipeline::new(Config { evidence_text: args.evidence_text, ..Config::default() });
    let mut stdin = std::io::stdin().lock();
    let mut stdout = BufWriter::new(std::io::stdout().lock());
    let mut line_number: u64 = 0;
    let mut internal_errors = false;
    let max = args.max_line_bytes;
    loop {
        let mut batch: Vec<(u64, Line)> = Vec::with_capacity(BATCH_LINES);
        while batch.len() < BATCH_LINES {
            let Some(line) = read_line_limited(&mut stdin, max).context("reading standard input")? else { break };
            line_number += 1;
            batch.push((line_number, line));
        }
        if batch.is_empty() {
            break;
        }
        let out: Vec<Result<String, String>> = pool.install(|| {
            batch
                .par_iter()
                .map(|(n, line)| match line {
                    // Invalid UTF-8 in one line is that line's error, not the stream's end.
                    Line::Text(bytes) => {
                        let text = String::from_utf8(bytes.clone()).unwrap_or_else(|_| String::from("\u{fffd}"));
                        process_line(&pipeline, *n, text.trim_end_matches('\r'))
                    }
                    Line::TooLong(n_bytes) => too_long(*n, *n_bytes, max),
                })
                .collect()
        });
        for (result, (n, _)) in out.into_iter().zip(&batch) {
            let text = result.map_err(|e| anyhow::anyhow!("serializing the output of line {n}: {e}"))?;
            internal_errors |= text.starts_with("{\"error\"") && text.contains("\"internal_error\"");
            stdout.write_all(text.as_bytes()).context("writing to stdout")?;
            stdout.write_all(b"\n").context("writing to stdout")?;
        }
        stdout.flush().context("writing to stdout")?;
    }
    Ok(if internal_errors { ExitCode::from(crate::EXIT_INTERNAL) } else { ExitCode::SUCCESS })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &str, max: u64) -> Vec<Line> {
        let mut reader = std::io::BufReader::with_capacity(4, input.as_bytes());
        std::iter::from_fn(|| read_line_limited(&mut reader, max).expect("in memory")).collect()
    }

    #[test]
    fn over_long_lines_are_measured_not_kept() {
        let got = lines("ab\ncdefghij\n\nxyz", 5);
        assert_eq!(
            got,
            [Line::Text(b"ab".to_vec()), Line::TooLong(8), Line::Text(Vec::new()), Line::Text(b"xyz".to_vec())]
        );
        assert!(lines("", 5).is_empty());
        let error = too_long(2, 8, 5).expect("serializes");
        assert!(error.starts_with("{\"error\":{\"line\":2,\"reason\":\"line_too_long\""), "{error}");
    }
}
