//! Where records go: standard output or a file, written whole or not at
//! all.
//!
//! Records are buffered and written in blocks that end at a record
//! boundary. If a write fails (a full disk, a closed pipe), a file is cut
//! back to the end of its last whole record, so no output ever ends in a
//! half record; the error names the output. A reader that closes the pipe
//! early (`dyad code ... | head -1`) ends the run quietly.
//!
//! The output is never one of the inputs nor inside an input directory:
//! `dyad code dir/ -o dir/out.jsonl` would read its own output, and
//! `-o x.jsonl` on input `x.jsonl` would empty the input before reading it.

use anyhow::{bail, Context};
use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Bytes buffered before a block is written.
const BLOCK_BYTES: usize = 1 << 16;

/// A record sink that writes whole records only.
pub struct Output {
    name: String,
    sink: Sink,
    buf: Vec<u8>,
    /// Bytes of whole records known to be written.
    committed: u64,
    /// Set once the reader went away: further records are dropped.
    closed: bool,
}

enum Sink {
    Stdout(io::Stdout),
    File(File),
}

/// Why writing stopped.
#[derive(Debug)]
pub enum WriteStop {
    /// The reader closed the pipe: not an error, the run just ends.
    Closed,
    /// A real write error, already described with the output's name.
    Failed(anyhow::Error),
}

impl Output {
    /// Standard output, or the file `path` (created or truncated) after
    /// checking it is none of `inputs` and lies in none of them.
    pub fn open(path: Option<&Path>, inputs: &[PathBuf]) -> anyhow::Result<Output> {
        let Some(path) = path else {
            return Ok(Output::new(
                "standard output".into(),
                Sink::Stdout(io::stdout()),
            ));
        };
        refuse_input_as_output(path, inputs)?;
        let file = File::create(path).with_context(|| format!("creating {}", path.display()))?;
        Ok(Output::new(path.display().to_string(), Sink::File(file)))
    }

    fn new(name: String, sink: Sink) -> Output {
        Output {
            name,
            sink,
            buf: Vec::with_capacity(BLOCK_BYTES),
            committed: 0,
            closed: false,
        }
    }

    /// Queue whole records (each ending in a newline); written once a block
    /// is full.
    pub fn records(&mut self, bytes: &[u8]) -> Result<(), WriteStop> {
        if self.closed {
            return Err(WriteStop::Closed);
        }
        self.buf.extend_from_slice(bytes);
        if self.buf.len() >= BLOCK_BYTES {
            self.write_block()?;
        }
        Ok(())
    }

    /// Write everything queued.
    pub fn finish(&mut self) -> Result<(), WriteStop> {
        if self.closed {
            return Err(WriteStop::Closed);
        }
        self.write_block()
    }

    fn write_block(&mut self) -> Result<(), WriteStop> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let result = match &mut self.sink {
            Sink::Stdout(s) => {
                let mut lock = s.lock();
                lock.write_all(&self.buf).and_then(|()| lock.flush())
            }
            Sink::File(f) => f.write_all(&self.buf),
        };
        match result {
            Ok(()) => {
                self.committed += self.buf.len() as u64;
                self.buf.clear();
                Ok(())
            }
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Err(WriteStop::Closed)
            }
            Err(e) => {
                self.closed = true;
                let mut message = format!("writing {}: {e}", self.name);
                if let Sink::File(f) = &self.sink {
                    // Cut a half-written block back to the last whole record.
                    if f.set_len(self.committed).is_ok() {
                        message.push_str(&format!(
                            " (output kept up to its last whole record, {} bytes)",
                            self.committed
                        ));
                    }
                }
                Err(WriteStop::Failed(anyhow::anyhow!(message)))
            }
        }
    }
}

/// Fail when `output` is one of `inputs` or lies inside an input directory.
pub fn refuse_input_as_output(output: &Path, inputs: &[PathBuf]) -> anyhow::Result<()> {
    let out = absolute(output);
    for input in inputs {
        if input.as_os_str() == "-" {
            continue;
        }
        let inp = absolute(input);
        if out == inp {
            bail!(
                "the output {} is also an input: writing it would destroy what is to be read; choose another output file",
                output.display()
            );
        }
        if inp.is_dir() && out.starts_with(&inp) {
            bail!(
                "the output {} lies inside the input directory {}: it would be read as input; write it elsewhere",
                output.display(),
                input.display()
            );
        }
    }
    Ok(())
}

/// The path made absolute and resolved where it exists (an output file
/// may not exist yet: its directory is resolved and its name kept).
fn absolute(path: &Path) -> PathBuf {
    if let Ok(p) = std::fs::canonicalize(path) {
        return p;
    }
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
    let dir = match parent {
        Some(p) => std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf()),
        None => std::env::current_dir().unwrap_or_default(),
    };
    match path.file_name() {
        Some(name) => dir.join(name),
        None => dir,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("dyad-output-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        dir
    }

    #[test]
    fn an_input_file_or_directory_is_never_the_output() {
        let dir = temp("refuse");
        let input = dir.join("x.jsonl");
        std::fs::write(&input, "{\"text\": \"a\"}\n").expect("write");
        let same = Output::open(Some(&input), std::slice::from_ref(&input));
        assert!(same.is_err());
        assert_eq!(
            std::fs::read_to_string(&input).expect("read"),
            "{\"text\": \"a\"}\n",
            "the input is untouched"
        );
        let inside = Output::open(Some(&dir.join("out.jsonl")), std::slice::from_ref(&dir));
        assert!(inside.is_err());
        // Through another spelling of the same directory.
        let dotted = dir.join(".").join("sub").join("..").join("out.jsonl");
        assert!(Output::open(Some(&dotted), std::slice::from_ref(&dir)).is_err());
        let elsewhere = temp("elsewhere").join("out.jsonl");
        assert!(Output::open(Some(&elsewhere), std::slice::from_ref(&dir)).is_ok());
    }

    #[test]
    fn records_are_written_whole_in_order() {
        let dir = temp("whole");
        let path = dir.join("out.jsonl");
        let mut out = Output::open(Some(&path), &[]).expect("open");
        let line = format!("{}\n", "x".repeat(1000));
        for _ in 0..200 {
            out.records(line.as_bytes()).expect("write");
        }
        out.finish().expect("finish");
        let written = std::fs::read_to_string(&path).expect("read");
        assert_eq!(written.len(), 200 * 1001);
        assert!(written.lines().all(|l| l.len() == 1000));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_full_device_names_the_output_and_leaves_no_partial_record() {
        // /dev/full fails every write with ENOSPC.
        let Ok(file) = File::options().write(true).open("/dev/full") else {
            return;
        };
        let mut out = Output::new("/dev/full".into(), Sink::File(file));
        let line = format!("{}\n", "y".repeat(BLOCK_BYTES));
        match out.records(line.as_bytes()) {
            Err(WriteStop::Failed(e)) => {
                let m = e.to_string();
                assert!(m.contains("/dev/full"), "{m}");
                assert!(m.to_lowercase().contains("space"), "{m}");
            }
            other => panic!("expected a failure, got {other:?}"),
        }
        assert!(matches!(out.records(b"z\n"), Err(WriteStop::Closed)));
    }
}
