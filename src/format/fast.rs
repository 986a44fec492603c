//! A fast reader for the layout the program itself writes: the RON subset of
//! [`super::save::to_string`] (named records in parentheses, lists, maps, quoted
//! strings with the usual escapes, plain integers, booleans, unit enum variants,
//! options written as the value or as `None`/`Some(…)`, `//` comments, the
//! `#![enable(implicit_some)]` attribute).
//!
//! Written by hand because the `ron` crate's parser spends about five times as long as
//! serde_json on the same model (a national plan opened in 135 ms): it looks ahead
//! over every record to tell structs from tuples, and builds its errors' context as it
//! goes. This reader never builds an error: on anything outside the subset, and on any
//! error at all, it gives up ([`Bail`]) and the caller parses the same text with `ron`,
//! which gives the located message. So it changes no file's meaning and no message —
//! where it answers, it answers what `ron` would (checked by the unit tests below, by
//! `tests/format.rs` on every sample and by the `plan_file` fuzz target, which parses
//! each input both ways and fails when the two disagree).

use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, IntoDeserializer, MapAccess, SeqAccess,
    VariantAccess, Visitor,
};
use std::fmt;

/// The fast reader gave up: the text is outside the program's own layout, or it is
/// wrong. Parse it with `ron` for the answer and the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bail;

impl fmt::Display for Bail {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("outside the canonical layout")
    }
}

impl std::error::Error for Bail {}

impl de::Error for Bail {
    fn custom<T: fmt::Display>(_msg: T) -> Self {
        Bail
    }
}

type Result<T> = std::result::Result<T, Bail>;

/// Deepest nesting followed before giving up (the same as the `ron` reader's
/// recursion limit in [`super::load::ron_options`], so a deep input costs no more
/// stack here than there).
const MAX_DEPTH: usize = super::MAX_NESTING * 3;

/// Read a `T` from text in the program's own layout, or [`Bail`].
pub fn from_str<'a, T: de::Deserialize<'a>>(text: &'a str) -> Result<T> {
    let mut de = Fast::new(text);
    let value = de.document()?;
    Ok(value)
}

/// Read a plan file in the program's own layout, or [`Bail`]; the same answer as
/// [`from_str`], faster on a large plan: its project list (most of a national plan's
/// text) is cut in two at a record boundary and read on two threads while this one
/// reads the rest.
///
/// Why the pieces give the same answer as the whole: the list is found by its line
/// as the program writes it (`projects: [` at the plan's indentation), and taken out
/// only where the reader of the rest meets that very `[` as the value of the plan's
/// `projects` field — not inside a string, not in another record. Each half is read
/// by itself as a list of projects; a cut inside a string or a record leaves a half
/// that does not read, and then everything is read in one piece.
pub fn plan_file(text: &str) -> Result<super::PlanFile> {
    // Small plans are not worth a thread.
    const WORTH_SPLITTING: usize = 1 << 20;
    if text.len() < WORTH_SPLITTING {
        return from_str(text);
    }
    // A piece that does not read (or a thread that could not run): the whole in one
    // piece, which also tells when `ron` is needed.
    in_pieces(text).or_else(|_| from_str(text))
}

fn in_pieces(text: &str) -> Result<super::PlanFile> {
    let (open, close) = project_list(text).ok_or(Bail)?;
    let inner = &text[open + 1..close];
    // (Searched as bytes: the middle may fall inside a character; the boundary is
    // ASCII, so the cut is at a character boundary.)
    let half = inner.len() / 2;
    let cut = memchr::memmem::find(&inner.as_bytes()[half..], RECORD_BOUNDARY.as_bytes())
        .map(|k| half + k + RECORD_BOUNDARY.len() - "            (\n".len())
        .ok_or(Bail)?;
    let (first, second) = inner.split_at(cut);
    let (rest, a, b) = std::thread::scope(|scope| {
        let a = scope.spawn(|| list::<crate::model::Project>(first));
        let b = scope.spawn(|| list::<crate::model::Project>(second));
        let mut de = Fast::new(text);
        de.hole = Some((open, close + 1));
        let rest = de
            .document::<super::PlanFile>()
            .and_then(|file| if de.hole_met { Ok(file) } else { Err(Bail) });
        (rest, a.join(), b.join())
    });
    let mut file = rest?;
    let mut projects = a.map_err(|_| Bail)??;
    projects.extend(b.map_err(|_| Bail)??);
    file.plan.projects = projects;
    Ok(file)
}

/// Between two projects of the plan's list, as the program writes it.
const RECORD_BOUNDARY: &str = "\n            ),\n            (\n";

/// The `[` and `]` of the plan's project list as the program writes it: the line
/// `        projects: [` and the first line `        ],` after it.
fn project_list(text: &str) -> Option<(usize, usize)> {
    const OPEN: &str = "\n        projects: [\n";
    const CLOSE: &str = "\n        ],\n";
    // memmem's vector search: the list's end is 7 MB into a national plan, found
    // several times faster than by `str::find`, before the threads can start.
    let b = text.as_bytes();
    let at = memchr::memmem::find(b, OPEN.as_bytes())?;
    let open = at + OPEN.len() - 2;
    let close = open + memchr::memmem::find(&b[open..], CLOSE.as_bytes())? + CLOSE.len() - 3;
    (text.as_bytes().get(open) == Some(&b'[') && text.as_bytes().get(close) == Some(&b']'))
        .then_some((open, close))
}

/// The elements of a list without its brackets: values separated by commas, a
/// trailing comma allowed.
fn list<'a, T: de::Deserialize<'a>>(text: &'a str) -> Result<Vec<T>> {
    let mut de = Fast::new(text);
    // The elements stand two levels deep in the file (plan, list).
    de.depth = 3;
    let mut elements = Separated::new(&mut de, None);
    let mut out = Vec::new();
    while let Some(v) = elements.next(std::marker::PhantomData::<T>)? {
        out.push(v);
    }
    Ok(out)
}

struct Fast<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
    /// The plan's project list, read on other threads: where its `[` stands and where
    /// its `]` ends. Read here as an empty list when met where it must be.
    hole: Option<(usize, usize)>,
    hole_met: bool,
    /// The name of the record field whose value is being read.
    field: &'a str,
}

impl<'a> Fast<'a> {
    fn new(text: &'a str) -> Self {
        Fast {
            src: text,
            bytes: text.as_bytes(),
            pos: 0,
            depth: 0,
            hole: None,
            hole_met: false,
            field: "",
        }
    }
}

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_'
}

fn is_ident_continue(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

impl<'a> Fast<'a> {
    /// The whole text: the attribute the program writes, one value, nothing after.
    fn document<T: de::Deserialize<'a>>(&mut self) -> Result<T> {
        self.skip_ws()?;
        if self.bytes[self.pos..].starts_with(b"#![enable(implicit_some)]") {
            self.pos += "#![enable(implicit_some)]".len();
        }
        let value = T::deserialize(&mut *self)?;
        self.skip_ws()?;
        if self.pos == self.bytes.len() {
            Ok(value)
        } else {
            Err(Bail)
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// Spaces, tabs, line ends and `//` comments. Anything else `ron` would take as
    /// white space (other Unicode spaces, block comments) is left to `ron`.
    fn skip_ws(&mut self) -> Result<()> {
        loop {
            match self.peek() {
                Some(b' ' | b'\n' | b'\t' | b'\r') => self.pos += 1,
                Some(b'/') => {
                    if self.bytes.get(self.pos + 1) != Some(&b'/') {
                        return Err(Bail);
                    }
                    // A comment running to the end of the text is left to `ron`.
                    let i = memchr::memchr(b'\n', &self.bytes[self.pos..]).ok_or(Bail)?;
                    self.pos += i + 1;
                }
                _ => return Ok(()),
            }
        }
    }

    /// After white space, the byte `b` (consumed) or not (nothing consumed).
    fn eat(&mut self, b: u8) -> Result<bool> {
        self.skip_ws()?;
        if self.peek() == Some(b) {
            self.pos += 1;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    fn expect(&mut self, b: u8) -> Result<()> {
        if self.eat(b)? { Ok(()) } else { Err(Bail) }
    }

    /// An ASCII identifier. One running on into a non-ASCII letter is left to `ron`
    /// (which reads Unicode identifiers).
    fn ident(&mut self) -> Result<&'a str> {
        self.skip_ws()?;
        let start = self.pos;
        match self.peek() {
            Some(b) if is_ident_start(b) => self.pos += 1,
            _ => return Err(Bail),
        }
        while let Some(b) = self.peek() {
            if is_ident_continue(b) {
                self.pos += 1;
            } else if b >= 0x80 {
                return Err(Bail);
            } else {
                break;
            }
        }
        Ok(&self.src[start..self.pos])
    }

    /// The identifier `word` as a whole word (consumed), or nothing consumed.
    fn eat_word(&mut self, word: &str) -> Result<bool> {
        self.skip_ws()?;
        let rest = &self.bytes[self.pos..];
        if rest.starts_with(word.as_bytes()) {
            match rest.get(word.len()) {
                Some(&b) if is_ident_continue(b) || b >= 0x80 => Ok(false),
                _ => {
                    self.pos += word.len();
                    Ok(true)
                }
            }
        } else {
            Ok(false)
        }
    }

    /// A number ends at white space, a separator or a closing bracket; anything
    /// else after its digits (a suffix, a point, an exponent, `_`) is left to `ron`.
    fn number_end(&self) -> Result<()> {
        match self.peek() {
            None | Some(b' ' | b'\n' | b'\t' | b'\r' | b',' | b')' | b']' | b'}') => Ok(()),
            _ => Err(Bail),
        }
    }

    fn digits(&mut self) -> Result<u64> {
        let start = self.pos;
        let mut value: u64 = 0;
        while let Some(b @ b'0'..=b'9') = self.peek() {
            value = value
                .checked_mul(10)
                .and_then(|v| v.checked_add(u64::from(b - b'0')))
                .ok_or(Bail)?;
            self.pos += 1;
        }
        let len = self.pos - start;
        // No digits, or a leading zero (`ron` reads `007`; the program never writes it).
        if len == 0 || (len > 1 && self.bytes[start] == b'0') {
            return Err(Bail);
        }
        self.number_end()?;
        Ok(value)
    }

    fn unsigned(&mut self) -> Result<u64> {
        self.skip_ws()?;
        self.digits()
    }

    fn signed(&mut self) -> Result<i64> {
        self.skip_ws()?;
        if self.peek() == Some(b'-') {
            self.pos += 1;
            let v = self.digits()?;
            if v == 0 {
                // "-0": left to `ron`.
                return Err(Bail);
            }
            0i64.checked_sub_unsigned(v).ok_or(Bail)
        } else {
            i64::try_from(self.digits()?).map_err(|_| Bail)
        }
    }

    /// A quoted string: borrowed when it has no escapes, else unescaped. Escapes
    /// other than `\"`, `\'`, `\\`, `\n`, `\r`, `\t`, `\0` and `\u{…}` are left to `ron`.
    fn string(&mut self) -> Result<Str<'a>> {
        self.skip_ws()?;
        if self.peek() != Some(b'"') {
            return Err(Bail);
        }
        self.pos += 1;
        let start = self.pos;
        let first = memchr::memchr2(b'"', b'\\', &self.bytes[start..]).ok_or(Bail)?;
        if self.bytes[start + first] == b'"' {
            self.pos = start + first + 1;
            return Ok(Str::Borrowed(&self.src[start..start + first]));
        }
        let mut out = String::with_capacity(first + 16);
        out.push_str(&self.src[start..start + first]);
        self.pos = start + first;
        loop {
            let rest = &self.bytes[self.pos..];
            let i = memchr::memchr2(b'"', b'\\', rest).ok_or(Bail)?;
            out.push_str(&self.src[self.pos..self.pos + i]);
            self.pos += i;
            if self.bytes[self.pos] == b'"' {
                self.pos += 1;
                return Ok(Str::Owned(out));
            }
            // A backslash.
            self.pos += 1;
            let c = match self.peek().ok_or(Bail)? {
                b'"' => '"',
                b'\'' => '\'',
                b'\\' => '\\',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'0' => '\0',
                b'u' => {
                    self.pos += 1;
                    if self.peek() != Some(b'{') {
                        return Err(Bail);
                    }
                    self.pos += 1;
                    let mut code: u32 = 0;
                    let mut n = 0;
                    while let Some(b) = self.peek() {
                        if b == b'}' {
                            break;
                        }
                        let d = char::from(b).to_digit(16).ok_or(Bail)?;
                        code = (code << 4) | d;
                        n += 1;
                        if n > 6 {
                            return Err(Bail);
                        }
                        self.pos += 1;
                    }
                    if n == 0 || self.peek() != Some(b'}') {
                        return Err(Bail);
                    }
                    char::from_u32(code).ok_or(Bail)?
                }
                _ => return Err(Bail),
            };
            self.pos += 1;
            out.push(c);
        }
    }

    fn enter(&mut self) -> Result<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            Err(Bail)
        } else {
            Ok(())
        }
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    /// `open`, what `read` reads one level deeper, then `close` (after a trailing
    /// comma where `comma` allows one): the shape of every bracketed value.
    fn bracketed<T>(
        &mut self,
        (open, close): (u8, u8),
        comma: bool,
        read: impl FnOnce(&mut Self) -> Result<T>,
    ) -> Result<T> {
        self.expect(open)?;
        self.enter()?;
        let v = read(self)?;
        self.leave();
        if comma {
            self.eat(b',')?;
        }
        self.expect(close)?;
        Ok(v)
    }
}

const PARENS: (u8, u8) = (b'(', b')');

enum Str<'a> {
    Borrowed(&'a str),
    Owned(String),
}

impl<'a> Str<'a> {
    fn visit<'de, V: Visitor<'de>>(self, visitor: V) -> Result<V::Value>
    where
        'a: 'de,
    {
        match self {
            Str::Borrowed(s) => visitor.visit_borrowed_str(s),
            Str::Owned(s) => visitor.visit_string(s),
        }
    }
}

macro_rules! unsigned {
    ($($method:ident => $t:ty, $visit:ident;)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            let v = <$t>::try_from(self.unsigned()?).map_err(|_| Bail)?;
            visitor.$visit(v)
        }
    )*};
}

macro_rules! signed {
    ($($method:ident => $t:ty, $visit:ident;)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            let v = <$t>::try_from(self.signed()?).map_err(|_| Bail)?;
            visitor.$visit(v)
        }
    )*};
}

macro_rules! left_to_ron {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value> {
            Err(Bail)
        }
    )*};
}

impl<'de, 'a: 'de> Deserializer<'de> for &mut Fast<'a> {
    type Error = Bail;

    /// Strings and integers (the amounts' own reader asks for either); anything else
    /// is left to `ron`.
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.skip_ws()?;
        match self.peek() {
            Some(b'"') => self.string()?.visit(visitor),
            Some(b'-') => visitor.visit_i64(self.signed()?),
            Some(b'0'..=b'9') => visitor.visit_u64(self.unsigned()?),
            _ => Err(Bail),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        if self.eat_word("true")? {
            visitor.visit_bool(true)
        } else if self.eat_word("false")? {
            visitor.visit_bool(false)
        } else {
            Err(Bail)
        }
    }

    unsigned! {
        deserialize_u8 => u8, visit_u8;
        deserialize_u16 => u16, visit_u16;
        deserialize_u32 => u32, visit_u32;
        deserialize_u64 => u64, visit_u64;
    }

    signed! {
        deserialize_i8 => i8, visit_i8;
        deserialize_i16 => i16, visit_i16;
        deserialize_i32 => i32, visit_i32;
        deserialize_i64 => i64, visit_i64;
    }

    left_to_ron! {
        deserialize_f32 deserialize_f64 deserialize_char deserialize_bytes
        deserialize_byte_buf deserialize_ignored_any
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.string()?.visit(visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.string()?.visit(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        if self.eat_word("None")? {
            visitor.visit_none()
        } else if self.eat_word("Some")? {
            self.bracketed(PARENS, true, |de| visitor.visit_some(de))
        } else {
            // implicit_some: the value itself.
            self.enter()?;
            let v = visitor.visit_some(&mut *self)?;
            self.leave();
            Ok(v)
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.expect(b'(')?;
        if self.peek() != Some(b')') {
            return Err(Bail);
        }
        self.pos += 1;
        visitor.visit_unit()
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value> {
        self.bracketed(PARENS, true, |de| visitor.visit_newtype_struct(de))
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.skip_ws()?;
        if let Some((open, end)) = self.hole
            && self.pos == open
            && self.depth == 2
            && self.field == "projects"
        {
            // The plan's project list, read on other threads.
            self.pos = end;
            self.hole_met = true;
            return visitor.visit_seq(Separated::new(&mut Fast::new("]"), Some(b']')));
        }
        self.bracketed((b'[', b']'), false, |de| {
            visitor.visit_seq(Separated::new(de, Some(b']')))
        })
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value> {
        self.bracketed(PARENS, false, |de| {
            visitor.visit_seq(Separated::new(de, Some(b')')))
        })
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value> {
        self.deserialize_tuple(len, visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.bracketed((b'{', b'}'), false, |de| {
            visitor.visit_map(Separated::new(de, Some(b'}')))
        })
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        // `ron` reads the standard ranges in their own syntax.
        if name.starts_with("Range") {
            return Err(Bail);
        }
        // A record without its type's name in front (the program never writes one).
        self.bracketed(PARENS, false, |de| visitor.visit_map(Fields { de }))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        visitor.visit_enum(Variant { de: self })
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_borrowed_str(self.ident()?)
    }
}

/// The elements of a list, tuple or map, separated by commas, a trailing comma
/// allowed; up to the closing bracket `end`, or to the end of the text (`None`: half
/// of the project list, read without its brackets).
struct Separated<'s, 'a> {
    de: &'s mut Fast<'a>,
    end: Option<u8>,
    first: bool,
}

impl<'s, 'a> Separated<'s, 'a> {
    fn new(de: &'s mut Fast<'a>, end: Option<u8>) -> Self {
        Separated {
            de,
            end,
            first: true,
        }
    }

    /// Whether another element follows (after its comma, when not the first).
    fn more(&mut self) -> Result<bool> {
        self.de.skip_ws()?;
        if self.de.peek() == self.end {
            return Ok(false);
        }
        if !self.first {
            if !self.de.eat(b',')? {
                return Err(Bail);
            }
            self.de.skip_ws()?;
            if self.de.peek() == self.end {
                return Ok(false);
            }
        }
        self.first = false;
        Ok(true)
    }

    /// The next element (or key), or None at the end.
    fn next<'de, S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<Option<S::Value>>
    where
        'a: 'de,
    {
        if self.more()? {
            seed.deserialize(&mut *self.de).map(Some)
        } else {
            Ok(None)
        }
    }
}

impl<'de, 'a: 'de> SeqAccess<'de> for Separated<'_, 'a> {
    type Error = Bail;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        self.next(seed)
    }
}

impl<'de, 'a: 'de> MapAccess<'de> for Separated<'_, 'a> {
    type Error = Bail;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        self.next(seed)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        self.de.expect(b':')?;
        seed.deserialize(&mut *self.de)
    }
}

/// The fields of a record: `name: value`, separated by commas.
struct Fields<'s, 'a> {
    de: &'s mut Fast<'a>,
}

impl<'de, 'a: 'de> MapAccess<'de> for Fields<'_, 'a> {
    type Error = Bail;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        self.de.skip_ws()?;
        if self.de.peek() == Some(b')') {
            return Ok(None);
        }
        let name = self.de.ident()?;
        self.de.expect(b':')?;
        self.de.field = name;
        seed.deserialize(name.into_deserializer()).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        let v = seed.deserialize(&mut *self.de)?;
        // A comma, or the end of the record.
        if !self.de.eat(b',')? {
            self.de.skip_ws()?;
            if self.de.peek() != Some(b')') {
                return Err(Bail);
            }
        }
        Ok(v)
    }
}

/// An enum value: a unit variant `Name`, or a one-value variant `Name(value)`.
struct Variant<'s, 'a> {
    de: &'s mut Fast<'a>,
}

impl<'de, 's, 'a: 'de> EnumAccess<'de> for Variant<'s, 'a> {
    type Error = Bail;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self)> {
        let name = self.de.ident()?;
        let v = seed.deserialize(name.into_deserializer())?;
        Ok((v, self))
    }
}

impl<'de, 'a: 'de> VariantAccess<'de> for Variant<'_, 'a> {
    type Error = Bail;

    fn unit_variant(self) -> Result<()> {
        // `Name()` and `Name(…)` are left to `ron`.
        self.de.skip_ws()?;
        if self.de.peek() == Some(b'(') {
            Err(Bail)
        } else {
            Ok(())
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value> {
        self.de.bracketed(PARENS, true, |de| seed.deserialize(de))
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, _visitor: V) -> Result<V::Value> {
        Err(Bail)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value> {
        Err(Bail)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::{PlanFile, load::ron_options, to_string};

    /// Whatever the fast reader answers, `ron` answers the same; returns whether the
    /// fast reader answered.
    fn agrees(text: &str) -> bool {
        let fast = from_str::<PlanFile>(text);
        let ron = ron_options().from_str::<PlanFile>(text);
        match (fast, ron) {
            (Ok(f), Ok(r)) => {
                assert!(f == r, "the two readers read different plans from:\n{text}");
                true
            }
            (Ok(_), Err(e)) => panic!("the fast reader took what ron refuses ({e}):\n{text}"),
            (Err(Bail), _) => false,
        }
    }

    fn sample(name: &str) -> String {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
        std::fs::read_to_string(path).expect("sample file")
    }

    #[test]
    fn reads_every_sample_and_written_plan_as_ron_does() {
        for name in [
            "assets/samples/lai-chau-2025.ntm",
            "assets/samples/lai-chau-2027.ntm",
            "assets/samples/lang-son-2023.ntm",
            "tests/data/small-2026.ntm",
        ] {
            assert!(agrees(&sample(name)), "{name} not read by the fast path");
        }
        for v in 0..2 {
            let file = PlanFile {
                format: crate::format::FORMAT_NAME.into(),
                version: crate::format::FORMAT_VERSION,
                plan: crate::diff::filled::filled(v),
            };
            let text = ron::ser::to_string_pretty(&file, Default::default()).expect("writes");
            assert!(agrees(&text), "filled plan {v}");
            let text = to_string(&file.plan).expect("writes");
            assert!(agrees(&text), "filled plan {v}, program layout");
        }
        let plan = crate::synthetic::national_plan(60, 12, 200, 2025);
        assert!(agrees(&to_string(&plan).expect("writes")));
    }

    #[test]
    fn leaves_the_unusual_to_ron_and_agrees_where_it_answers() {
        let base = sample("tests/data/small-2026.ntm");
        // (from, to, whether the fast reader still answers)
        let edits: &[(&str, &str, bool)] = &[
            ("\"ntm-plan\"", "\"ntm\\u{2d}plan\"", true),
            ("\"ntm-plan\"", "\"ntm\\x2dplan\"", false),
            ("\"ntm-plan\"", "r\"ntm-plan\"", false),
            ("\"ntm-plan\"", "\"ntm-plan\" /* a note */", false),
            ("\"ntm-plan\"", "\"ntm-plan\" // a note\n", true),
            ("version: 3", "version: 3u32", false),
            ("version: 3", "version: 03", false),
            ("version: 3", "version: 0x3", false),
            ("version: 3", "version: -3", false),
            ("version: 3", "version: 3.0", false),
            ("version: 3", "version:3", true),
            ("version: 3", "version\n:\n3", true),
            ("version: 3", "r#version: 3", false),
            ("draft: true", "draft: True", false),
            ("draft: true", "draft: truely", false),
            ("draft: true", "draft: false", true),
            ("draft: true", "draft: Some(true)", false),
            ("kind: Yearly", "kind: Yearly()", false),
            ("kind: Yearly", "kind: Remediation", true),
            ("kind: Yearly", "kind: Weekly", false),
            ("plan: (", "plan: Plan(", false),
            ("\u{a0}", " ", true),
        ];
        let mut answered = 0;
        for (from, to, fast) in edits {
            if !base.contains(from) {
                continue;
            }
            let text = base.replacen(from, to, 1);
            let got = agrees(&text);
            assert_eq!(got, *fast, "{from} → {to}");
            answered += usize::from(got);
        }
        assert!(answered >= 5);
        // Options: the value, `Some(…)`, `None`.
        for date in [
            "date: Some(\"2026-03-01\")",
            "date: None",
            "date: \"2026-03-01\"",
        ] {
            let text = base.replacen("number: ", &format!("{date},\n        number: "), 1);
            assert!(agrees(&text), "{date}");
        }
    }

    #[test]
    fn random_damage_never_makes_the_readers_disagree() {
        let base = sample("tests/data/small-2026.ntm").into_bytes();
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut answered = 0;
        for _ in 0..1500 {
            let mut bytes = base.clone();
            for _ in 0..1 + next() % 3 {
                let i = (next() as usize) % bytes.len();
                let pick = b" \n,:()[]{}\"\\-0123456789aNS_/#u";
                match next() % 3 {
                    0 => bytes[i] = pick[(next() as usize) % pick.len()],
                    1 => {
                        bytes.remove(i);
                    }
                    _ => bytes.insert(i, pick[(next() as usize) % pick.len()]),
                }
            }
            if let Ok(text) = std::str::from_utf8(&bytes) {
                answered += usize::from(agrees(text));
            }
        }
        // Many damaged files still parse (a changed digit, a space).
        assert!(answered > 100, "{answered}");
    }

    #[test]
    fn deep_nesting_gives_up_without_overflowing() {
        #[derive(serde::Deserialize)]
        #[allow(dead_code)]
        struct Node {
            kids: Vec<Node>,
        }
        let shallow = format!("{}{}", "(kids: [".repeat(10), "])".repeat(10));
        assert!(from_str::<Node>(&shallow).is_ok());
        let deep = format!("{}{}", "(kids: [".repeat(100_000), "])".repeat(100_000));
        assert_eq!(from_str::<Node>(&deep).err(), Some(Bail));
    }

    #[test]
    fn a_large_plan_read_in_pieces_is_the_same_plan() {
        let plan = crate::synthetic::national_plan(800, 80, 4_000, 2025);
        let text = to_string(&plan).expect("writes");
        assert!(text.len() > 1 << 20, "{} bytes: not split", text.len());
        let split = in_pieces(&text).expect("reads in pieces");
        assert_eq!(split, from_str::<PlanFile>(&text).expect("reads"));
        assert!(split.plan == plan);
        // The list's opening line inside a string (a raw line break in a title), and a
        // record boundary inside a project's name: the pieces do not read, the whole
        // is read as `ron` reads it.
        let tricked = text.replacen(
            "title: \"",
            "title: \"x\n        projects: [\n        ],\n",
            1,
        );
        assert_eq!(in_pieces(&tricked).err(), Some(Bail));
        assert!(agrees_with_ron(&tricked));
        // (Whether the cut falls on the false boundary or a real one, the answer is
        // the same.)
        let half = text.len() / 2;
        let mid =
            half + memchr::memmem::find(&text.as_bytes()[half..], b"name: \"").expect("a name");
        let mut tricked = text.clone();
        tricked.insert_str(mid + "name: \"".len(), RECORD_BOUNDARY);
        assert!(agrees_with_ron(&tricked));
        // A second project list after the first: refused as `ron` refuses it.
        let twice = text.replacen(
            "        projects: [",
            "        projects: [],\n        projects: [",
            1,
        );
        assert_eq!(plan_file(&twice), Err(Bail));
    }

    /// [`plan_file`] answers as `ron` does (here both read it).
    fn agrees_with_ron(text: &str) -> bool {
        let fast = plan_file(text).expect("the fast reader reads it");
        let ron = ron_options()
            .from_str::<PlanFile>(text)
            .expect("ron reads it");
        fast == ron
    }
}
