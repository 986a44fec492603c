//! Reading a workbook (.xlsx) as an email attachment must be read: within limits,
//! cell by cell, with every unreadable cell named.
//!
//! Hand-written on the `zip` and `quick-xml` crates (which do the unpacking and the
//! XML) because the workbook readers available allocate what a file declares: a sheet
//! declaring its used range as A1:XFD1048576, or a shared formula with an index of
//! 2^64, made the program reserve hundreds of gigabytes and abort; a shared-strings
//! part that unpacks to gigabytes was read whole; a formula without its stored result
//! came back as a blank cell (read as "not met"); and one damaged boolean cell failed
//! the whole workbook without saying where. Here:
//!
//! - every part is unpacked through a counter that stops at [`MAX_PART_BYTES`], and the
//!   archive may hold at most [`MAX_PARTS`] parts (checked before it is opened);
//! - cells are read as they stream, into a [`GridBuilder`] that stops at its limits;
//!   the declared dimension and shared-formula indexes are never used;
//! - a formula with no stored value, a damaged boolean or number, a missing shared
//!   string are kept as [`Trouble`]s with their cell, never as values.

use super::grid::{FUZZ_SCALE, Grid, GridBuilder, Limit, Trouble, address};
use super::import::{At, Damage, ImportError};
use crate::progress::Progress;
use quick_xml::events::{BytesStart, Event};
use std::io::{BufReader, Read, Seek, SeekFrom};

/// The most bytes one part of a workbook may unpack to (a national plan's criteria
/// sheet unpacks to about 30 MB).
pub const MAX_PART_BYTES: u64 = 256 * 1024 * 1024 / FUZZ_SCALE as u64;
/// The most parts (files inside the zip) a workbook may have.
pub const MAX_PARTS: usize = 10_000;
/// The most shared strings read.
pub const MAX_SHARED_STRINGS: usize = 2_000_000 / FUZZ_SCALE;
/// The most bytes of one piece of a part's XML: a tag, or a text between tags. A cell
/// holds at most 32.767 characters, which XML writes in well under a megabyte (at most
/// ten bytes a character, as `&#x10FFFF;`); without this bound one text of 256 MB
/// (a 300 KB attachment) was gathered whole before the part's limit stopped it.
pub const MAX_RUN_BYTES: u64 = 4 * 1024 * 1024 / FUZZ_SCALE as u64;

/// A sheet of the workbook: its name and its part.
#[derive(Debug, Clone)]
struct SheetRef {
    name: String,
    part: String,
}

/// An XML reader over one part of the workbook, unpacked through a [`Capped`] counter.
type PartReader<'a, R> = quick_xml::Reader<BufReader<Capped<zip::read::ZipFile<'a, R>>>>;

/// An opened workbook: its sheets, and its shared strings once read.
pub struct Workbook<R: Read + Seek> {
    zip: zip::ZipArchive<R>,
    sheets: Vec<SheetRef>,
    strings_part: Option<String>,
    strings: Option<Vec<String>>,
}

/// Reads a zip part, failing once more than `left` bytes came out of it, or once one
/// tag or text may be longer than [`MAX_RUN_BYTES`]. A text holds no `<` and a tag no
/// `>` (outside its quotes), so both are bounded by bounding the stretches without a
/// `<` and without a `>` — counted per read at its ends, not at every delimiter (a
/// national sheet has millions of them).
struct Capped<R> {
    inner: R,
    left: u64,
    hit: bool,
    /// Bytes since the last `<`.
    since_open: u64,
    /// Bytes since the last `>`.
    since_close: u64,
    run_hit: bool,
}

/// Count the bytes of `got` into `run`, the stretch without `byte`; whether a stretch
/// longer than [`MAX_RUN_BYTES`] was met.
fn stretch(run: &mut u64, got: &[u8], byte: u8) -> bool {
    let Some(first) = memchr::memchr(byte, got) else {
        *run += got.len() as u64;
        return *run > MAX_RUN_BYTES;
    };
    let mut longest = *run + first as u64;
    // A stretch inside this read can only be too long when the read is.
    if got.len() as u64 > MAX_RUN_BYTES {
        let mut prev = first;
        for i in memchr::memchr_iter(byte, got).skip(1) {
            longest = longest.max((i - prev - 1) as u64);
            prev = i;
        }
    }
    let last = memchr::memrchr(byte, got).unwrap_or(first);
    *run = (got.len() - last - 1) as u64;
    longest.max(*run) > MAX_RUN_BYTES
}

impl<R> Capped<R> {
    fn new(inner: R) -> Capped<R> {
        Capped {
            inner,
            left: MAX_PART_BYTES,
            hit: false,
            since_open: 0,
            since_close: 0,
            run_hit: false,
        }
    }
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let want = buf
            .len()
            .min(usize::try_from(self.left + 1).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..want])?;
        if n as u64 > self.left {
            self.hit = true;
            return Err(std::io::Error::other("part too large"));
        }
        self.left -= n as u64;
        let got = &buf[..n];
        let open = stretch(&mut self.since_open, got, b'<');
        let close = stretch(&mut self.since_close, got, b'>');
        if open || close {
            self.run_hit = true;
            return Err(std::io::Error::other("one tag or text too long"));
        }
        Ok(n)
    }
}

/// The zip's own count of its parts, read from its end record before the archive is
/// opened (opening reserves memory for each declared part).
fn declared_parts<R: Read + Seek>(rs: &mut R) -> Result<Option<u64>, std::io::Error> {
    let len = rs.seek(SeekFrom::End(0))?;
    let tail_len = len.min(65_557 + 20);
    rs.seek(SeekFrom::Start(len - tail_len))?;
    let mut tail = vec![0u8; tail_len as usize];
    rs.read_exact(&mut tail)?;
    rs.seek(SeekFrom::Start(0))?;
    let Some(eocd) = tail
        .windows(4)
        .rposition(|w| w == b"PK\x05\x06")
        .filter(|&i| i + 22 <= tail.len())
    else {
        return Ok(None);
    };
    let count = u64::from(u16::from_le_bytes([tail[eocd + 10], tail[eocd + 11]]));
    if count != 0xFFFF {
        return Ok(Some(count));
    }
    // Zip64: the locator just before points at the zip64 end record.
    let Some(loc) = eocd
        .checked_sub(20)
        .filter(|&i| &tail[i..i + 4] == b"PK\x06\x07")
    else {
        return Ok(Some(count));
    };
    let mut off = [0u8; 8];
    off.copy_from_slice(&tail[loc + 8..loc + 16]);
    let at = u64::from_le_bytes(off);
    if at.saturating_add(56) > len {
        return Ok(Some(u64::MAX));
    }
    rs.seek(SeekFrom::Start(at))?;
    let mut rec = [0u8; 56];
    rs.read_exact(&mut rec)?;
    rs.seek(SeekFrom::Start(0))?;
    if &rec[..4] != b"PK\x06\x06" {
        return Ok(Some(u64::MAX));
    }
    let mut n = [0u8; 8];
    n.copy_from_slice(&rec[32..40]);
    Ok(Some(u64::from_le_bytes(n)))
}

fn damaged(part: &str, damage: Damage) -> ImportError {
    ImportError::Damaged {
        part: part.to_string(),
        damage,
    }
}

fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.attributes().with_checks(false).flatten().find_map(|a| {
        (a.key.as_ref() == name).then(|| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map(|v| v.into_owned())
                .unwrap_or_else(|_| a.value.into_owned())
        })
    })
}

/// The name without its namespace prefix ("x:c" → "c"). A name may be megabytes long
/// in a hostile part: `memrchr` looks for the colon a word at a time.
fn local(name: &[u8]) -> &[u8] {
    match memchr::memrchr(b':', name) {
        Some(i) => &name[i + 1..],
        None => name,
    }
}

/// "B7" → (6, 1), 0-based; None when it is not a cell address.
fn parse_cell(r: &str) -> Option<(u64, u64)> {
    let b = r.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    if letters == 0 || letters > 7 || letters == b.len() {
        return None;
    }
    let mut col: u64 = 0;
    for c in &b[..letters] {
        col = col * 26 + u64::from(c.to_ascii_uppercase() - b'A' + 1);
    }
    let digits = &r[letters..];
    if digits.len() > 12 || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let row: u64 = digits.parse().ok()?;
    if row == 0 {
        return None;
    }
    Some((row - 1, col - 1))
}

/// The text of an XML text or entity event.
fn push_text(out: &mut String, ev: &Event, cap: usize) {
    if out.len() > cap {
        return;
    }
    match ev {
        Event::Text(t) => out.push_str(&t.xml10_content()),
        Event::CData(t) => out.push_str(t.as_ref()),
        Event::GeneralRef(r) => {
            if let Ok(Some(c)) = r.resolve_char_ref() {
                out.push(c);
            } else if let Some(s) = quick_xml::escape::resolve_predefined_entity(r.as_ref()) {
                out.push_str(s);
            }
        }
        _ => {}
    }
}

/// The most bytes of one cell's text kept while reading (cells are cut to far less).
const TEXT_CAP: usize = 16 * 1024;

impl<R: Read + Seek> Workbook<R> {
    /// Open a workbook: its parts are counted, its sheets listed.
    pub fn open(mut rs: R) -> Result<Workbook<R>, ImportError> {
        let io = |_| damaged("", Damage::Zip);
        match declared_parts(&mut rs).map_err(io)? {
            None => return Err(not_a_workbook(&mut rs)),
            Some(n) if n > MAX_PARTS as u64 => {
                return Err(ImportError::TooLarge {
                    limit: Limit::Parts,
                    at: None,
                });
            }
            Some(_) => {}
        }
        let zip = zip::ZipArchive::new(rs).map_err(|e| match e {
            zip::result::ZipError::Io(_) => damaged("", Damage::Zip),
            other => ImportError::NotAWorkbook(
                crate::i18n::Message::new("file-kind-damaged-zip")
                    .arg("text", crate::text::shown(&other.to_string())),
            ),
        })?;
        if zip.len() > MAX_PARTS {
            return Err(ImportError::TooLarge {
                limit: Limit::Parts,
                at: None,
            });
        }
        let mut wb = Workbook {
            zip,
            sheets: Vec::new(),
            strings_part: None,
            strings: None,
        };
        let rels = wb.relationships()?;
        let sheets = wb.sheet_list()?;
        for (name, rid) in sheets {
            let part = rels
                .iter()
                .find(|(id, _, _)| *id == rid)
                .map(|(_, _, target)| target.clone())
                .unwrap_or_default();
            wb.sheets.push(SheetRef { name, part });
        }
        wb.strings_part = rels
            .iter()
            .find(|(_, ty, _)| ty.ends_with("/sharedStrings"))
            .map(|(_, _, t)| t.clone())
            .or_else(|| Some("xl/sharedStrings.xml".to_string()));
        if wb.sheets.is_empty() {
            return Err(ImportError::NoSheets);
        }
        Ok(wb)
    }

    pub fn sheet_names(&self) -> Vec<String> {
        self.sheets.iter().map(|s| s.name.clone()).collect()
    }

    /// An XML reader over a part, capped; None when the workbook has no such part.
    fn part(&mut self, name: &str) -> Result<Option<(PartReader<'_, R>, u64)>, ImportError> {
        let name = name.trim_start_matches('/');
        let file = match self.zip.by_name(name) {
            Ok(f) => f,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(_) => return Err(damaged(name, Damage::Zip)),
        };
        let declared = file.size();
        let mut reader = quick_xml::Reader::from_reader(BufReader::new(Capped::new(file)));
        reader.config_mut().check_end_names = false;
        Ok(Some((reader, declared)))
    }

    /// The workbook's relationships: (id, type, part).
    fn relationships(&mut self) -> Result<Vec<(String, String, String)>, ImportError> {
        const PART: &str = "xl/_rels/workbook.xml.rels";
        let Some((mut xml, _)) = self.part(PART)? else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        let mut buf = Vec::new();
        loop {
            let ev = read(&mut xml, &mut buf, PART)?;
            match &ev {
                Event::Start(e) | Event::Empty(e)
                    if local(e.name().as_ref().as_bytes()) == b"Relationship" =>
                {
                    if out.len() >= MAX_PARTS {
                        return Err(ImportError::TooLarge {
                            limit: Limit::Parts,
                            at: None,
                        });
                    }
                    let id = attr(e, "Id").unwrap_or_default();
                    let ty = attr(e, "Type").unwrap_or_default();
                    let target = attr(e, "Target").unwrap_or_default();
                    out.push((id, ty, resolve_target(&target)));
                }
                Event::Eof => break,
                _ => {}
            }
            buf.clear();
        }
        Ok(out)
    }

    /// The sheets the workbook lists: (name, relationship id).
    fn sheet_list(&mut self) -> Result<Vec<(String, String)>, ImportError> {
        const PART: &str = "xl/workbook.xml";
        let Some((mut xml, _)) = self.part(PART)? else {
            return Err(ImportError::NotAWorkbook(crate::i18n::Message::new(
                "file-kind-zip-not-workbook",
            )));
        };
        let mut out = Vec::new();
        let mut buf = Vec::new();
        loop {
            let ev = read(&mut xml, &mut buf, PART)?;
            match &ev {
                Event::Start(e) | Event::Empty(e)
                    if local(e.name().as_ref().as_bytes()) == b"sheet" =>
                {
                    if out.len() >= MAX_PARTS {
                        return Err(ImportError::TooLarge {
                            limit: Limit::Parts,
                            at: None,
                        });
                    }
                    let name = crate::text::clean(&attr(e, "name").unwrap_or_default());
                    let rid = e
                        .attributes()
                        .with_checks(false)
                        .flatten()
                        .find(|a| local(a.key.as_ref().as_bytes()) == b"id")
                        .map(|a| a.value.into_owned())
                        .unwrap_or_default();
                    out.push((name, rid));
                }
                Event::Eof => break,
                _ => {}
            }
            buf.clear();
        }
        Ok(out)
    }

    /// The shared strings, read once, each cut to what a cell keeps.
    fn shared_strings(&mut self) -> Result<(), ImportError> {
        if self.strings.is_some() {
            return Ok(());
        }
        let part = self.strings_part.clone().unwrap_or_default();
        let mut strings = Vec::new();
        if let Some((mut xml, _)) = self.part(&part)? {
            let mut buf = Vec::new();
            let mut current: Option<String> = None;
            // Inside <rPh> (phonetic hints): not part of the text.
            let mut phonetic = 0usize;
            let mut in_t = false;
            loop {
                let ev = read(&mut xml, &mut buf, &part)?;
                match &ev {
                    Event::Start(e) => match local(e.name().as_ref().as_bytes()) {
                        b"si" => current = Some(String::new()),
                        b"rPh" => phonetic += 1,
                        b"t" => in_t = true,
                        _ => {}
                    },
                    Event::Empty(e) if local(e.name().as_ref().as_bytes()) == b"si" => {
                        if strings.len() >= MAX_SHARED_STRINGS {
                            return Err(ImportError::TooLarge {
                                limit: Limit::SharedStrings,
                                at: None,
                            });
                        }
                        strings.push(String::new());
                    }
                    Event::End(e) => match local(e.name().as_ref().as_bytes()) {
                        b"si" => {
                            if strings.len() >= MAX_SHARED_STRINGS {
                                return Err(ImportError::TooLarge {
                                    limit: Limit::SharedStrings,
                                    at: None,
                                });
                            }
                            strings.push(current.take().unwrap_or_default());
                        }
                        b"rPh" => phonetic = phonetic.saturating_sub(1),
                        b"t" => in_t = false,
                        _ => {}
                    },
                    Event::Text(_) | Event::CData(_) | Event::GeneralRef(_)
                        if in_t && phonetic == 0 =>
                    {
                        if let Some(s) = current.as_mut() {
                            push_text(s, &ev, TEXT_CAP);
                        }
                    }
                    Event::Eof => break,
                    _ => {}
                }
                buf.clear();
            }
        }
        self.strings = Some(strings);
        Ok(())
    }

    /// Read a sheet into a grid, cell by cell, within the grid's limits.
    pub fn read_sheet(&mut self, name: &str, progress: &dyn Progress) -> Result<Grid, ImportError> {
        let sheet = self
            .sheets
            .iter()
            .find(|s| s.name == name)
            .cloned()
            .ok_or_else(|| ImportError::NoSheet(name.to_string()))?;
        self.shared_strings()?;
        let strings = self.strings.take().unwrap_or_default();
        let result = read_cells(self, &sheet, &strings, progress);
        self.strings = Some(strings);
        result
    }
}

/// Sheet parts are named relative to the workbook part ("worksheets/sheet1.xml"), or
/// from the root ("/xl/worksheets/sheet1.xml").
fn resolve_target(target: &str) -> String {
    let joined = match target.strip_prefix('/') {
        Some(abs) => abs.to_string(),
        None => format!("xl/{target}"),
    };
    let mut parts: Vec<&str> = Vec::new();
    for p in joined.split('/') {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    parts.join("/")
}

fn read<'b, B>(
    xml: &mut quick_xml::Reader<B>,
    buf: &'b mut Vec<u8>,
    part: &str,
) -> Result<Event<'b>, ImportError>
where
    B: std::io::BufRead + CappedSource,
{
    match xml.read_event_into(buf) {
        Ok(ev) => Ok(ev),
        Err(e) => {
            let at = Some(At::Part(part.to_string()));
            if xml.get_ref().cap_hit() {
                Err(ImportError::TooLarge {
                    limit: Limit::Unpacked,
                    at,
                })
            } else if xml.get_ref().run_hit() {
                Err(ImportError::TooLarge {
                    limit: Limit::XmlRun,
                    at,
                })
            } else {
                let _ = e;
                Err(damaged(
                    part,
                    Damage::Xml {
                        byte: xml.buffer_position(),
                    },
                ))
            }
        }
    }
}

/// A reader that can say whether it stopped at its cap.
trait CappedSource {
    fn cap_hit(&self) -> bool;
    fn run_hit(&self) -> bool;
    fn read_bytes(&self) -> u64;
}

impl<R: Read> CappedSource for BufReader<Capped<R>> {
    fn cap_hit(&self) -> bool {
        self.get_ref().hit
    }
    fn run_hit(&self) -> bool {
        self.get_ref().run_hit
    }
    fn read_bytes(&self) -> u64 {
        MAX_PART_BYTES - self.get_ref().left
    }
}

/// What a `<c>` element held.
#[derive(Default)]
struct CellRead {
    row: u32,
    col: u32,
    ty: Option<String>,
    value: Option<String>,
    inline: Option<String>,
    formula: bool,
}

fn read_cells<R: Read + Seek>(
    wb: &mut Workbook<R>,
    sheet: &SheetRef,
    strings: &[String],
    progress: &dyn Progress,
) -> Result<Grid, ImportError> {
    let part = sheet.part.clone();
    let Some((mut xml, declared)) = wb.part(&part)? else {
        return Err(damaged(&part, Damage::Missing));
    };
    let mut grid = GridBuilder::new(&sheet.name);
    let mut buf = Vec::new();
    let (mut row, mut col) = (0u64, 0u64);
    let mut cell: Option<CellRead> = None;
    // Which text a Text event belongs to: the cell's <v>, its inline <is><t>, or
    // neither (a formula's text, phonetic hints).
    #[derive(PartialEq)]
    enum In {
        None,
        V,
        InlineT,
    }
    let mut inside = In::None;
    let mut phonetic = 0usize;
    let mut count = 0u64;
    let limit = |limit: Limit, r: u64, c: u64| ImportError::TooLarge {
        limit,
        at: Some(At::Cell(format!(
            "{}!{}",
            sheet.name,
            address(
                r.min(u64::from(u32::MAX)) as u32,
                c.min(u64::from(u32::MAX)) as u32
            )
        ))),
    };
    loop {
        let ev = read(&mut xml, &mut buf, &part)?;
        match &ev {
            Event::Start(e) | Event::Empty(e) => {
                let empty = matches!(ev, Event::Empty(_));
                match local(e.name().as_ref().as_bytes()) {
                    b"row" => {
                        if let Some(r) = attr(e, "r") {
                            row = r
                                .trim()
                                .parse::<u64>()
                                .ok()
                                .and_then(|r| r.checked_sub(1))
                                .ok_or_else(|| damaged(&part, Damage::Row(r.clone())))?;
                        }
                        col = 0;
                        if empty {
                            row += 1;
                        }
                    }
                    b"c" => {
                        if let Some(r) = attr(e, "r") {
                            let (r0, c0) = parse_cell(&r)
                                .ok_or_else(|| damaged(&part, Damage::Cell(r.clone())))?;
                            row = r0;
                            col = c0;
                        }
                        if row >= u64::from(super::grid::MAX_ROWS) {
                            return Err(limit(Limit::Rows, row, col));
                        }
                        if col >= u64::from(super::grid::MAX_COLS) {
                            return Err(limit(Limit::Columns, row, col));
                        }
                        let c = CellRead {
                            row: row as u32,
                            col: col as u32,
                            ty: attr(e, "t"),
                            ..CellRead::default()
                        };
                        col += 1;
                        if empty {
                            // A cell with no value (a styled blank).
                            continue;
                        }
                        cell = Some(c);
                    }
                    b"v" if cell.is_some() && !empty => {
                        inside = In::V;
                        if let Some(c) = cell.as_mut() {
                            c.value = Some(String::new());
                        }
                    }
                    b"v" => {
                        if let Some(c) = cell.as_mut() {
                            c.value = Some(String::new());
                        }
                    }
                    b"f" => {
                        if let Some(c) = cell.as_mut() {
                            c.formula = true;
                        }
                    }
                    b"is" => {
                        if let Some(c) = cell.as_mut() {
                            c.inline = Some(String::new());
                        }
                    }
                    b"rPh" if !empty => phonetic += 1,
                    b"t" if !empty
                        && phonetic == 0
                        && cell.as_ref().is_some_and(|c| c.inline.is_some()) =>
                    {
                        inside = In::InlineT;
                    }
                    b"mergeCell" => {
                        if let Some(r) = attr(e, "ref") {
                            let (a, b) = r.split_once(':').unwrap_or((&r, &r));
                            if let (Some((r1, c1)), Some((r2, c2))) = (parse_cell(a), parse_cell(b))
                            {
                                let clamp = |v: u64| v.min(u64::from(u32::MAX)) as u32;
                                grid.merge((clamp(r1), clamp(c1), clamp(r2), clamp(c2)))
                                    .map_err(|l| limit(l, r1, c1))?;
                            }
                        }
                    }
                    _ => {}
                }
            }
            Event::End(e) => match local(e.name().as_ref().as_bytes()) {
                b"v" => inside = In::None,
                b"t" if inside == In::InlineT => inside = In::None,
                b"rPh" => phonetic = phonetic.saturating_sub(1),
                b"c" => {
                    if let Some(c) = cell.take() {
                        put(&mut grid, c, strings).map_err(|(l, r, cc)| limit(l, r, cc))?;
                        count += 1;
                        if count.is_multiple_of(4096) {
                            if progress.cancelled() {
                                return Err(ImportError::Cancelled);
                            }
                            if declared > 0 {
                                let done = xml.get_ref().read_bytes() as f32 / declared as f32;
                                progress.report(0.05 + 0.25 * done.min(1.0));
                            }
                        }
                    }
                    inside = In::None;
                }
                b"row" => {
                    row += 1;
                    col = 0;
                }
                _ => {}
            },
            Event::Text(_) | Event::CData(_) | Event::GeneralRef(_) => {
                if let Some(c) = cell.as_mut() {
                    match inside {
                        In::V => {
                            if let Some(v) = c.value.as_mut() {
                                push_text(v, &ev, TEXT_CAP);
                            }
                        }
                        In::InlineT => {
                            if let Some(v) = c.inline.as_mut() {
                                push_text(v, &ev, TEXT_CAP);
                            }
                        }
                        In::None => {}
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    grid.finish().map_err(|l| ImportError::TooLarge {
        limit: l,
        at: Some(At::Cell(sheet.name.clone())),
    })
}

/// A cell's text from its type and value, or the reason it has none.
fn put(grid: &mut GridBuilder, c: CellRead, strings: &[String]) -> Result<(), (Limit, u64, u64)> {
    let at = (u64::from(c.row), u64::from(c.col));
    let err = |l: Limit| (l, at.0, at.1);
    let ty = c.ty.as_deref().unwrap_or("n");
    let value = c.value.as_deref().map(str::trim);
    let text: Result<String, Trouble> = match ty {
        "inlineStr" => Ok(c.inline.unwrap_or_default()),
        // A formula's stored result: absent means unknown, not blank.
        _ if c.formula && value.is_none_or(|v| v.is_empty()) && ty != "str" => {
            Err(Trouble::FormulaWithoutValue)
        }
        _ if c.formula && value.is_none() => Err(Trouble::FormulaWithoutValue),
        "s" => match value {
            None | Some("") => Ok(String::new()),
            Some(v) => match v.parse::<u64>() {
                Ok(i) => usize::try_from(i)
                    .ok()
                    .and_then(|i| strings.get(i))
                    .cloned()
                    .ok_or(Trouble::MissingSharedString(i)),
                Err(_) => Err(Trouble::BadNumber(v.to_string())),
            },
        },
        "b" => match value.unwrap_or("") {
            "" => Ok(String::new()),
            "1" | "true" => Ok("true".into()),
            "0" | "false" => Ok("false".into()),
            other => Err(Trouble::BadBoolean(other.to_string())),
        },
        "e" | "str" | "d" => Ok(c.value.unwrap_or_default()),
        "n" => match value {
            None | Some("") => Ok(String::new()),
            Some(v) => match v.parse::<f64>() {
                Ok(f) if f.is_finite() => Ok(if f.fract() == 0.0 && f.abs() < 1e15 {
                    format!("{}", f as i64)
                } else {
                    format!("{f}")
                }),
                _ => Err(Trouble::BadNumber(v.to_string())),
            },
        },
        other => Err(Trouble::UnknownType(other.to_string())),
    };
    match text {
        Ok(t) => grid.set(c.row, c.col, &crate::text::clean(&t)).map_err(err),
        Err(trouble) => grid.bad(c.row, c.col, trouble).map_err(err),
    }
}

/// What a file given as a workbook is, when it is not a zip.
fn not_a_workbook<R: Read + Seek>(rs: &mut R) -> ImportError {
    let mut head = vec![0u8; 8192];
    let n = rs.seek(SeekFrom::Start(0)).and_then(|_| {
        let mut total = 0;
        while total < head.len() {
            match rs.read(&mut head[total..])? {
                0 => break,
                k => total += k,
            }
        }
        Ok(total)
    });
    head.truncate(n.unwrap_or(0));
    ImportError::NotAWorkbook(match crate::format::sniff(&head) {
        Some(kind) if kind.key == "file-kind-ole" => crate::i18n::Message::new("file-kind-old-xls"),
        Some(kind) => crate::i18n::Message::new("file-kind-is").arg("what", kind),
        None if head.is_empty() => crate::i18n::Message::new("file-kind-empty"),
        None => crate::i18n::Message::new("file-kind-text-not-xlsx"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_addresses() {
        assert_eq!(parse_cell("A1"), Some((0, 0)));
        assert_eq!(parse_cell("B7"), Some((6, 1)));
        assert_eq!(parse_cell("XFD1048576"), Some((1_048_575, 16_383)));
        assert_eq!(parse_cell("A0"), None);
        assert_eq!(parse_cell("1A"), None);
        assert_eq!(parse_cell("A99999999999999"), None);
        assert_eq!(parse_cell("ZZZZZZZZ1"), None);
        assert_eq!(
            resolve_target("worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml"
        );
        assert_eq!(
            resolve_target("/xl/worksheets/s.xml"),
            "xl/worksheets/s.xml"
        );
        assert_eq!(resolve_target("../xl/a/../b.xml"), "xl/b.xml");
    }

    fn read_all(bytes: Vec<u8>) -> (std::io::Result<usize>, Capped<std::io::Cursor<Vec<u8>>>) {
        let mut capped = Capped::new(std::io::Cursor::new(bytes));
        let mut out = Vec::new();
        let r = capped.read_to_end(&mut out);
        (r, capped)
    }

    #[test]
    fn one_tag_or_text_is_bounded_not_the_texts_together() {
        let run = MAX_RUN_BYTES as usize;
        // Texts each as long as allowed, many of them: read.
        // (a text a little shorter than the bound: its tags count too)
        let piece = format!("<t>{}</t>", "a".repeat(run - 8));
        let (r, c) = read_all(piece.repeat(3).into_bytes());
        assert_eq!(r.ok(), Some(3 * piece.len()));
        assert!(!c.run_hit && !c.hit);
        // One byte more in one text, or in one tag: stopped there, not at the part's size.
        for long in [
            format!("<t>{}</t>{piece}", "a".repeat(run + 1)),
            format!("{piece}<c r=\"{}\"/>", "A".repeat(run)),
            // A tag of `<` (one event to the XML reader), a text of `>`.
            format!("{piece}<{}", "<".repeat(run + 1)),
            format!("<t>{}</t>", ">".repeat(run + 1)),
        ] {
            let (r, c) = read_all(long.clone().into_bytes());
            assert!(r.is_err());
            assert!(c.run_hit && !c.hit);
            assert!(MAX_PART_BYTES - c.left <= 2 * run as u64 + 64 * 1024);
            // Read in one piece (the stretch inside one read), and in the XML reader's
            // pieces of 8 KB (across reads).
            let mut one = Capped::new(std::io::Cursor::new(long.clone().into_bytes()));
            assert!(one.read(&mut vec![0; long.len()]).is_err() && one.run_hit);
            let capped = Capped::new(std::io::Cursor::new(long.into_bytes()));
            let mut xml = quick_xml::Reader::from_reader(BufReader::new(capped));
            let mut buf = Vec::new();
            let err = loop {
                match read(&mut xml, &mut buf, "xl/sharedStrings.xml") {
                    Ok(Event::Eof) => break None,
                    Ok(_) => buf.clear(),
                    Err(e) => break Some(e),
                }
            };
            assert!(matches!(
                err,
                Some(ImportError::TooLarge {
                    limit: Limit::XmlRun,
                    ..
                })
            ));
            assert!(buf.capacity() < 2 * run);
        }
        // A read holding stretches that are each allowed.
        let mut one = Capped::new(std::io::Cursor::new(piece.repeat(3).into_bytes()));
        assert_eq!(
            one.read(&mut vec![0; 4 * piece.len()]).ok(),
            Some(3 * piece.len())
        );
    }
}
