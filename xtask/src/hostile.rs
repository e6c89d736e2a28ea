//! `cargo xtask hostile --out DIR`: writes a corpus of hostile inputs (the
//! damage real archive dumps carry: mis-encodings, cut-off files, binaries, huge
//! files and lines, XML bombs, odd file names, symlink loops, unreadable files)
//! and prints, for each case, what `dossier run` must make of it.
//!
//! The end-to-end test `tests/hostile.rs` includes this file (`#[path]`), builds
//! the same corpus in a temporary folder and asserts every expectation, so the
//! generator and its expectations cannot drift apart. It uses only std (plus
//! `anyhow` in the task entry point), and works on Unix, where the odd file names,
//! symlinks and named pipes exist.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The size of the too-large file: well above the default `--max-bytes`
/// (64 MiB). Written sparse, so it costs no disk space.
pub const HUGE_BYTES: u64 = 200 << 20;
/// The length of the single-line file: above the default `--max-line-bytes`
/// (16 MiB), below `--max-bytes`, so the line check is what rejects it.
pub const LONG_LINE_BYTES: usize = 50 << 20;

/// What `dossier run` must make of one generated input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expect {
    /// Fewest documents the input may yield.
    pub min_docs: usize,
    /// Most documents the input may yield.
    pub max_docs: usize,
    /// The reasons of its rejects, sorted.
    pub rejects: Vec<&'static str>,
    /// A diagnostic code every yielded document must carry.
    pub diagnostic: Option<&'static str>,
}

impl Expect {
    /// One reject with `reason`, no document.
    fn reject(reason: &'static str) -> Expect {
        Expect { min_docs: 0, max_docs: 0, rejects: vec![reason], diagnostic: None }
    }

    /// One document, no reject, carrying `diagnostic` if given.
    fn record(diagnostic: Option<&'static str>) -> Expect {
        Expect { min_docs: 1, max_docs: 1, rejects: Vec::new(), diagnostic }
    }
}

/// One generated input.
#[derive(Debug, Clone)]
pub struct Case {
    /// Short name of the damage.
    pub name: &'static str,
    /// Display path as `dossier run DIR` reports it, relative to `DIR`
    /// (`/`-separated; invalid UTF-8 shown as U+FFFD).
    pub display: String,
    /// What must come of it.
    pub expect: Expect,
}

/// The generated corpus.
#[derive(Debug, Default)]
pub struct Corpus {
    /// Every case, in the order written.
    pub cases: Vec<Case>,
    /// Cases that could not be made on this machine, with why.
    pub skipped: Vec<String>,
}

/// Wilson records used as carriers, each for one case only (identical content
/// would be rejected as a duplicate).
struct Records {
    files: Vec<PathBuf>,
    next: usize,
}

impl Records {
    fn next_text(&mut self) -> io::Result<String> {
        let path = self.files.get(self.next).ok_or_else(|| io::Error::other("ran out of wilson records"))?;
        self.next += 1;
        fs::read_to_string(path)
    }
}

fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut bytes = Vec::new();
    let units = bom.then_some(0xFEFF_u16).into_iter().chain(text.encode_utf16());
    for unit in units {
        bytes.extend(if big_endian { unit.to_be_bytes() } else { unit.to_le_bytes() });
    }
    bytes
}

/// A small FRUS-like TEI volume with `n_docs` documents.
fn tei_volume(n_docs: usize) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:id=\"frus1900v99\">\n<teiHeader><fileDesc><titleStmt><title>Foreign Relations of the United States, 1900, Volume 99</title></titleStmt></fileDesc></teiHeader>\n<text><body><div type=\"compilation\" xml:id=\"comp1\">\n",
    );
    for n in 1..=n_docs {
        xml.push_str(&format!(
            "<div type=\"document\" xml:id=\"d{n}\" n=\"{n}\" frus:doc-dateTime-min=\"1900-01-0{n}T00:00:00Z\" xmlns:frus=\"http://history.state.gov/frus/ns/1.0\">\n<head>{n}. Telegram From the Embassy in Paris to the Department of State</head>\n<dateline><placeName>Paris</placeName>, <date when=\"1900-01-0{n}\">January {n}, 1900</date>.</dateline>\n<p>The ambassador reports on the talks of day {n}, which went on for some hours and ended without agreement on the points raised.</p>\n</div>\n"
        ));
    }
    xml.push_str("</div></body></text>\n</TEI>\n");
    xml
}

/// The head of a real FRUS volume part if `corpus/frus-parts/` has one (the
/// first by name), else of a built volume with three documents: cut inside its
/// last document. Returns the bytes and the number of complete documents.
fn truncated_tei(root: &Path) -> io::Result<(Vec<u8>, usize)> {
    let frus = root.join("corpus").join("frus-parts");
    let mut parts: Vec<PathBuf> = match fs::read_dir(&frus) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "xml"))
            .collect(),
        Err(_) => Vec::new(),
    };
    parts.sort();
    if let Some(first) = parts.first() {
        let bytes = fs::read(first)?;
        // Cut inside the last document that starts in the first half.
        let text = String::from_utf8_lossy(&bytes[..bytes.len() / 2]).into_owned();
        if let Some(start) = text.rfind("<div type=\"document\"") {
            let n_complete = text[..start].matches("<div type=\"document\"").count();
            return Ok((bytes[..start + 200].to_vec(), n_complete));
        }
    }
    let xml = tei_volume(3);
    let cut = xml.rfind("which went on").unwrap_or(xml.len() / 2);
    Ok((xml.as_bytes()[..cut].to_vec(), 2))
}

/// Writes `len` copies of `byte` without holding them in memory.
fn write_repeated(path: &Path, byte: u8, len: usize) -> io::Result<()> {
    let mut file = io::BufWriter::new(fs::File::create(path)?);
    let block = vec![byte; 1 << 20];
    let mut left = len;
    while left > 0 {
        let n = left.min(block.len());
        file.write_all(&block[..n])?;
        left -= n;
    }
    file.flush()
}

/// Whether this process can read files whatever their permission bits (root).
fn permissions_are_ignored(dir: &Path) -> bool {
    let probe = dir.join(".permission-probe");
    let readable = fs::write(&probe, b"x")
        .and_then(|()| set_mode(&probe, 0o000))
        .map(|()| fs::read(&probe).is_ok())
        .unwrap_or(true);
    let _ = set_mode(&probe, 0o644);
    let _ = fs::remove_file(&probe);
    readable
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn set_mode(_: &Path, _: u32) -> io::Result<()> {
    Err(io::Error::other("no permission bits on this platform"))
}

/// Writes the hostile corpus into `out` (which should be empty), taking carrier
/// records from `root/corpus/wilson`. Returns every case with its expectation.
///
pub fn generate(out: &Path, root: &Path) -> io::Result<Corpus> {
    fs::create_dir_all(out)?;
    let mut wilson: Vec<PathBuf> = fs::read_dir(root.join("corpus").join("wilson"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    wilson.sort();
    let mut records = Records { files: wilson, next: 0 };
    let mut corpus = Corpus::default();
    let add = |corpus: &mut Corpus, name: &'static str, file: &str, bytes: &[u8], expect: Expect| {
        fs::write(out.join(file), bytes)?;
        corpus.cases.push(Case { name, display: file.to_owned(), expect });
        io::Result::Ok(())
    };

    // Encodings.
    add(&mut corpus, "empty file", "empty.txt", b"", Expect::reject("empty"))?;
    add(&mut corpus, "whitespace only", "whitespace.txt", b" \t\r\n\n \x0c\n", Expect::reject("empty"))?;
    let text = records.next_text()?;
    let mut bad = text.as_bytes().to_vec();
    bad.insert(bad.len() / 2, 0xFF);
    add(&mut corpus, "invalid utf-8 in the middle", "invalid-utf8.txt", &bad, Expect::reject("invalid_utf8"))?;
    let text = records.next_text()?;
    let le = utf16(&text, false, true);
    add(&mut corpus, "utf-16 le with bom", "utf16le-bom.txt", &le, Expect::record(Some("utf16_decoded")))?;
    let text = records.next_text()?;
    let be = utf16(&text, true, true);
    add(&mut corpus, "utf-16 be with bom", "utf16be-bom.txt", &be, Expect::record(Some("utf16_decoded")))?;
    // Without a byte-order mark, UTF-16 of Latin text is half NUL bytes.
    let text = records.next_text()?;
    add(
        &mut corpus,
        "utf-16 le without bom",
        "utf16le-no-bom.txt",
        &utf16(&text, false, false),
        Expect::reject("binary"),
    )?;
    add(
        &mut corpus,
        "utf-16 be without bom",
        "utf16be-no-bom.txt",
        &utf16(&text, true, false),
        Expect::reject("binary"),
    )?;
    let text = records.next_text()?;
    let bom = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
    add(&mut corpus, "utf-8 bom", "utf8-bom.txt", &bom, Expect::record(Some("bom_stripped")))?;
    let text = records.next_text()?;
    let crlf = text.replace('\n', "\r\n");
    add(&mut corpus, "crlf line ends", "crlf.txt", crlf.as_bytes(), Expect::record(None))?;
    let text = records.next_text()?;
    let cr = text.replace('\n', "\r");
    // The Wilson layouts are detected line by line at `\n`, so an old-Mac file
    // finds no layout markers and is read as plain text: a record, but without
    // its header fields (reported against dossier-parse, fixture
    // `tests/fixtures/fuzz/lone-cr.txt`).
    add(&mut corpus, "lone cr line ends", "lone-cr.txt", cr.as_bytes(), Expect::record(Some("lone_cr_line_ends")))?;
    let text = records.next_text()?;
    let mut nul = text.as_bytes().to_vec();
    nul.splice(100..100, *b"\0\0\0");
    add(&mut corpus, "nul bytes", "nul-bytes.txt", &nul, Expect::reject("binary"))?;
    let mut pdf = b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Length 44 >>\nstream\n".to_vec();
    pdf.extend((0..=255u8).cycle().take(4096));
    add(&mut corpus, "binary attachment", "attachment.pdf", &pdf, Expect::reject("binary"))?;
    let text = records.next_text()?;
    // Cut just after the lead byte of a multi-byte character past the middle,
    // as a download that stopped mid-character leaves it.
    let half = text.len() / 2;
    let cut = text.as_bytes()[half..].iter().position(|&b| b >= 0xC0).map_or(half, |p| half + p + 1);
    let expect = Expect::record(Some(if cut == half { "truncated" } else { "incomplete_utf8_at_end" }));
    add(&mut corpus, "half-downloaded page", "half-downloaded.txt", &text.as_bytes()[..cut], expect)?;

    // Size.
    let long = out.join("single-line-50mb.txt");
    write_repeated(&long, b'a', LONG_LINE_BYTES)?;
    corpus.cases.push(Case {
        name: "50 MB single line",
        display: "single-line-50mb.txt".to_owned(),
        expect: Expect::reject("line_too_long"),
    });
    let huge = out.join("huge-200mb.txt");
    let mut file = fs::File::create(&huge)?;
    file.write_all(records.next_text()?.as_bytes())?;
    file.set_len(HUGE_BYTES)?;
    drop(file);
    corpus.cases.push(Case {
        name: "200 MB file",
        display: "huge-200mb.txt".to_owned(),
        expect: Expect::reject("too_large"),
    });

    // XML and JSONL.
    let mut nested = String::from("<?xml version=\"1.0\"?>\n");
    nested.push_str(&"<div>".repeat(10_000));
    nested.push_str("deep");
    nested.push_str(&"</div>".repeat(10_000));
    add(&mut corpus, "10,000 nested elements", "nested.xml", nested.as_bytes(), Expect::reject("no_frus_documents"))?;
    let mut laughs = String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
    laughs.push_str("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
    for n in 2..=9 {
        let prev = format!("&lol{};", n - 1);
        laughs.push_str(&format!("<!ENTITY lol{n} \"{}\">\n", prev.repeat(10)));
    }
    laughs.push_str(
        "]>\n<TEI><text><body><div type=\"document\" xml:id=\"d1\"><p>&lol9;</p></div></body></text></TEI>\n",
    );
    add(
        &mut corpus,
        "billion laughs",
        "billion-laughs.xml",
        laughs.as_bytes(),
        Expect::reject("xml_entity_declaration"),
    )?;
    let xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [\n<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n<TEI><text><body><div type=\"document\" xml:id=\"d1\"><p>&xxe;</p></div></body></text></TEI>\n";
    add(
        &mut corpus,
        "external entity",
        "external-entity.xml",
        xxe.as_bytes(),
        Expect::reject("xml_entity_declaration"),
    )?;
    let broken = "<?xml version=\"1.0\"?>\n<TEI><text><body><div type=\"document\" xml:id=\"d1\"><p>open <hi>text</p></div></body></text></TEI>\n";
    add(&mut corpus, "malformed xml", "malformed.xml", broken.as_bytes(), Expect::reject("malformed_xml"))?;
    let (tei, n_complete) = truncated_tei(root)?;
    let expect =
        Expect { min_docs: n_complete, max_docs: n_complete, rejects: vec!["truncated_xml"], diagnostic: None };
    add(&mut corpus, "truncated tei volume", "truncated-volume.xml", &tei, expect)?;
    let jsonl = concat!(
        "{\"id\": \"r1\", \"title\": \"Memorandum\", \"date\": \"1962-06-21\", \"text\": \"The ministry asks for a report.\"}\n",
        "{\"id\": \"r2\", \"text\": \"cut off in the midd\n",
        "not json at all\n",
        "[1, 2, 3]\n",
        "{\"title\": \"no id or text\"}\n",
    );
    let expect = Expect {
        min_docs: 1,
        max_docs: 1,
        rejects: vec!["invalid_json", "invalid_json", "missing_field", "not_an_object"],
        diagnostic: None,
    };
    add(&mut corpus, "jsonl with broken lines", "broken-lines.jsonl", jsonl.as_bytes(), expect)?;

    // File names.
    let text = records.next_text()?;
    add(&mut corpus, "file name with spaces", "name with spaces.txt", text.as_bytes(), Expect::record(None))?;
    let text = records.next_text()?;
    add(&mut corpus, "file name with a newline", "name\nwith newline.txt", text.as_bytes(), Expect::record(None))?;
    let text = records.next_text()?;
    add(&mut corpus, "file name with a leading dash", "-leading-dash.txt", text.as_bytes(), Expect::record(None))?;
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let text = records.next_text()?;
        let name = std::ffi::OsStr::from_bytes(b"non-utf8-\xFF\xFE-name.txt");
        fs::write(out.join(name), text.as_bytes())?;
        corpus.cases.push(Case {
            name: "file name with non-utf-8 bytes",
            display: "non-utf8-\u{FFFD}\u{FFFD}-name.txt".to_owned(),
            expect: Expect::record(None),
        });
    }

    // Folders and special files.
    let folder = out.join("folder-named-like-a-file.txt");
    fs::create_dir_all(&folder)?;
    fs::write(folder.join("inside.txt"), records.next_text()?.as_bytes())?;
    corpus.cases.push(Case {
        name: "a folder where a file was expected",
        display: "folder-named-like-a-file.txt/inside.txt".to_owned(),
        expect: Expect::record(None),
    });
    #[cfg(unix)]
    {
        use std::os::unix::fs::symlink;
        let loops = out.join("loops");
        fs::create_dir_all(&loops)?;
        symlink("self-link", loops.join("self-link"))?;
        corpus.cases.push(Case {
            name: "symlink to itself",
            display: "loops/self-link".to_owned(),
            expect: Expect::reject("symlink_loop"),
        });
        symlink("..", loops.join("up"))?;
        corpus.cases.push(Case {
            name: "symlink loop through a folder",
            display: "loops/up".to_owned(),
            expect: Expect::reject("symlink_loop"),
        });
        symlink("missing-target.txt", loops.join("dangling"))?;
        corpus.cases.push(Case {
            name: "dangling symlink",
            display: "loops/dangling".to_owned(),
            expect: Expect::reject("broken_symlink"),
        });
        let fifo = out.join("named-pipe.txt");
        match std::process::Command::new("mkfifo").arg(&fifo).status() {
            Ok(status) if status.success() => corpus.cases.push(Case {
                name: "named pipe",
                display: "named-pipe.txt".to_owned(),
                expect: Expect::reject("not_a_file"),
            }),
            _ => corpus.skipped.push("named pipe: `mkfifo` is not available".to_owned()),
        }
    }
    let locked = out.join("unreadable.txt");
    fs::write(&locked, records.next_text()?.as_bytes())?;
    if !permissions_are_ignored(out) && set_mode(&locked, 0o000).is_ok() {
        corpus.cases.push(Case {
            name: "unreadable file (chmod 000)",
            display: "unreadable.txt".to_owned(),
            expect: Expect::reject("unreadable"),
        });
    } else {
        fs::remove_file(&locked)?;
        unreadable_as_root(out, &mut corpus)?;
    }
    Ok(corpus)
}

/// Running as root, permission bits do not stop a read. A link to
/// `/proc/self/mem` does: it is a regular file whose first page is never
/// mapped, so reading it fails with an I/O error in the reading process.
fn unreadable_as_root(out: &Path, corpus: &mut Corpus) -> io::Result<()> {
    let mem = Path::new("/proc/self/mem");
    #[cfg(unix)]
    if mem.exists() {
        std::os::unix::fs::symlink(mem, out.join("unreadable.txt"))?;
        corpus.cases.push(Case {
            name: "unreadable file (read fails: a link to /proc/self/mem, since root ignores chmod 000)",
            display: "unreadable.txt".to_owned(),
            expect: Expect::reject("unreadable"),
        });
        return Ok(());
    }
    corpus.skipped.push(format!(
        "unreadable file: running as root, where chmod 000 does not stop a read, and `{}` is not there",
        mem.display()
    ));
    Ok(())
}

/// `cargo xtask hostile --out DIR`.
pub fn hostile(args: &[String], root: &Path) -> anyhow::Result<std::process::ExitCode> {
    let out = match args {
        [flag, dir] if flag == "--out" => PathBuf::from(dir),
        _ => anyhow::bail!("usage: cargo xtask hostile --out DIR"),
    };
    if out.exists() && fs::read_dir(&out)?.next().is_some() {
        anyhow::bail!("`{}` is not empty: pass an empty or new folder", out.display());
    }
    let corpus = generate(&out, root)?;
    println!("case\tfile\texpected documents\texpected rejects");
    for case in &corpus.cases {
        let e = &case.expect;
        let docs =
            if e.min_docs == e.max_docs { e.min_docs.to_string() } else { format!("{}-{}", e.min_docs, e.max_docs) };
        println!("{}\t{:?}\t{docs}\t{}", case.name, case.display, e.rejects.join(" "));
    }
    for note in &corpus.skipped {
        eprintln!("xtask: skipped {note}");
    }
    eprintln!("xtask: wrote {} hostile inputs to `{}`", corpus.cases.len(), out.display());
    Ok(std::process::ExitCode::SUCCESS)
}
