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
use rayon::prelude::*;
use serde::Serialize;

use crate::args::StreamArgs;
use crate::pipeline::{Pipeline, install_panic_hook};

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

/// Processes one input line into its output line (without the newline).
fn process_line(pipeline: &Pipeline, line_number: u64, line: &str) -> Result<String, String> {
    let reject = |r: &Reject| {
        serde_json::to_string(&ErrorLine {
            error: ErrorBody { line: line_number, reason: &r.reason, detail: &r.detail },
        })
        .map_err(|e| e.to_string())
    };
    let parsed = match dossier_parse::parse_jsonl_line(STDIN, line_number as usize, line) {
        Ok(doc) => doc,
        Err(err) => return reject(&err.to_reject()),
    };
    match pipeline.finish_document(STDIN, parsed) {
        Ok(doc) => serde_json::to_string(&dossier_export::document_record(&doc)).map_err(|e| e.to_string()),
        Err(r) => reject(&r),
    }
}

/// Runs the stream until end of input; returns the exit status (4 when any
/// record hit an internal error).
pub fn stream(args: &StreamArgs) -> anyhow::Result<ExitCode> {
    install_panic_hook();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.unwrap_or(0))
        .build()
        .context("starting worker threads")?;
    let pipeline = Pipeline::default();
    let stdin = std::io::stdin().lock();
    let mut stdout = BufWriter::new(std::io::stdout().lock());
    let mut lines = stdin.lines();
    let mut line_number: u64 = 0;
    let mut internal_errors = false;
    loop {
        let mut batch: Vec<(u64, String)> = Vec::with_capacity(BATCH_LINES);
        for line in lines.by_ref().take(BATCH_LINES) {
            line_number += 1;
            // Invalid UTF-8 in one line is that line's error, not the stream's end.
            let line = line.unwrap_or_else(|_| String::from("\u{fffd}"));
            batch.push((line_number, line));
        }
        if batch.is_empty() {
            break;
        }
        let out: Vec<Result<String, String>> = pool.install(|| {
            batch.par_iter().map(|(n, line)| process_line(&pipeline, *n, line.trim_end_matches('\r'))).collect()
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
