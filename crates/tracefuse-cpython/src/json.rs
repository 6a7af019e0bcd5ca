//! A small JSON reader for recordings (the crate has no dependencies): objects keep
//! their keys in order, integers stay exact (`u64`/`i64`), and every error names the
//! line. Nesting is limited so that hostile input cannot overflow the stack.

use std::fmt;

/// Deepest nesting of arrays and objects accepted.
pub const MAX_DEPTH: usize = 64;

#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A number without fraction or exponent that fits `i128` (covers `u64` and `i64`).
    Int(i128),
    /// Any other number.
    Float(f64),
    Str(String),
    Array(Vec<Json>),
    /// Key/value pairs in file order.
    Object(Vec<(String, Json)>),
}

impl Json {
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(m) => m.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "a boolean",
            Json::Int(_) => "an integer",
            Json::Float(_) => "a float",
            Json::Str(_) => "a string",
            Json::Array(_) => "an array",
            Json::Object(_) => "an object",
        }
    }
}

/// A syntax error at a 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    pub line: u32,
    pub message: String,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Parses one JSON document (surrounding whitespace allowed).
pub fn parse(text: &str) -> Result<Json, JsonError> {
    let mut p = Parser { s: text.as_bytes(), i: 0 };
    p.ws();
    let v = p.value(0)?;
    p.ws();
    if p.i < p.s.len() {
        return Err(p.err("text after the JSON value"));
    }
    Ok(v)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn err(&self, m: impl Into<String>) -> JsonError {
        let upto = self.s.get(..self.i).unwrap_or(self.s);
        let line = upto.iter().filter(|b| **b == b'\n').count() + 1;
        JsonError { line: u32::try_from(line).unwrap_or(u32::MAX), message: m.into() }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn lit(&mut self, word: &str, v: Json) -> Result<Json, JsonError> {
        if self.s.get(self.i..self.i + word.len()) == Some(word.as_bytes()) {
            self.i += word.len();
            Ok(v)
        } else {
            Err(self.err("expected a JSON value"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, JsonError> {
        match self.peek() {
            None => Err(self.err("unexpected end of input")),
            Some(b'n') => self.lit("null", Json::Null),
            Some(b't') => self.lit("true", Json::Bool(true)),
            Some(b'f') => self.lit("false", Json::Bool(false)),
            Some(b'"') => self.string().map(Json::Str),
            Some(b'[' | b'{') if depth >= MAX_DEPTH => {
                Err(self.err(format!("nested deeper than {MAX_DEPTH} levels")))
            }
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.peek() == Some(b']') {
                    self.i += 1;
                    return Ok(Json::Array(items));
                }
                loop {
                    self.ws();
                    items.push(self.value(depth + 1)?);
                    self.ws();
                    match self.peek() {
                        Some(b',') => self.i += 1,
                        Some(b']') => {
                            self.i += 1;
                            return Ok(Json::Array(items));
                        }
                        _ => return Err(self.err("expected `,` or `]` in an array")),
                    }
                }
            }
            Some(b'{') => {
                self.i += 1;
                let mut items: Vec<(String, Json)> = Vec::new();
                self.ws();
                if self.peek() == Some(b'}') {
                    self.i += 1;
                    return Ok(Json::Object(items));
                }
                loop {
                    self.ws();
                    if self.peek() != Some(b'"') {
                        return Err(self.err("expected a string key in an object"));
                    }
                    let k = self.string()?;
                    self.ws();
                    if self.peek() != Some(b':') {
                        return Err(self.err(format!("expected `:` after key \"{k}\"")));
                    }
                    self.i += 1;
                    self.ws();
                    let v = self.value(depth + 1)?;
                    if items.iter().any(|(have, _)| *have == k) {
                        return Err(self.err(format!("key \"{k}\" appears twice")));
                    }
                    items.push((k, v));
                    self.ws();
                    match self.peek() {
                        Some(b',') => self.i += 1,
                        Some(b'}') => {
                            self.i += 1;
                            return Ok(Json::Object(items));
                        }
                        _ => return Err(self.err("expected `,` or `}` in an object")),
                    }
                }
            }
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.err("expected a JSON value")),
        }
    }

    fn number(&mut self) -> Result<Json, JsonError> {
        let start = self.i;
        let mut float = false;
        while let Some(c) = self.peek() {
            match c {
                b'0'..=b'9' | b'-' | b'+' => {}
                b'.' | b'e' | b'E' => float = true,
                _ => break,
            }
            self.i += 1;
        }
        let t = std::str::from_utf8(self.s.get(start..self.i).unwrap_or_default()).unwrap_or_default();
        let bad = || format!("`{t}` is not a number");
        if float {
            t.parse::<f64>().map(Json::Float).map_err(|_| self.err(bad()))
        } else {
            t.parse::<i128>().map(Json::Int).map_err(|_| self.err(bad()))
        }
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let h = self.s.get(self.i..self.i + 4).ok_or_else(|| self.err("short `\\u` escape"))?;
        let h = std::str::from_utf8(h).map_err(|_| self.err("bad `\\u` escape"))?;
        let v = u32::from_str_radix(h, 16).map_err(|_| self.err("bad `\\u` escape"))?;
        self.i += 4;
        Ok(v)
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.i += 1; // the opening quote
        let mut out = String::new();
        loop {
            let start = self.i;
            while let Some(c) = self.peek() {
                if c == b'"' || c == b'\\' || c < 0x20 {
                    break;
                }
                self.i += 1;
            }
            let chunk = self.s.get(start..self.i).unwrap_or_default();
            out.push_str(std::str::from_utf8(chunk).map_err(|_| self.err("string is not UTF-8"))?);
            match self.peek() {
                None => return Err(self.err("unterminated string")),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.i += 1;
                    let e = self.peek().ok_or_else(|| self.err("unterminated string"))?;
                    self.i += 1;
                    match e {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let mut c = self.hex4()?;
                            if (0xD800..0xDC00).contains(&c) && self.s.get(self.i..self.i + 2) == Some(b"\\u")
                            {
                                self.i += 2;
                                let lo = self.hex4()?;
                                if (0xDC00..0xE000).contains(&lo) {
                                    c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
                                } else {
                                    out.push('\u{FFFD}');
                                    c = lo;
                                }
                            }
                            out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
                        }
                        _ => return Err(self.err("unknown escape in a string")),
                    }
                }
                Some(_) => return Err(self.err("control character in a string")),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values() {
        let v =
            parse(r#" {"a": [1, -2, 18446744073709551615, 2.5e3, true, null, "x\u00e9\n\ud83d\ude00"]} "#)
                .unwrap();
        let a = v.get("a").unwrap();
        assert_eq!(
            a,
            &Json::Array(vec![
                Json::Int(1),
                Json::Int(-2),
                Json::Int(u64::MAX as i128),
                Json::Float(2500.0),
                Json::Bool(true),
                Json::Null,
                Json::Str("xé\n😀".into()),
            ])
        );
    }

    #[test]
    fn errors() {
        assert_eq!(parse("{\n\"a\": }").unwrap_err().line, 2);
        assert!(parse("[1,]").is_err());
        assert!(parse("{\"a\":1,\"a\":2}").unwrap_err().message.contains("twice"));
        assert!(parse(&"[".repeat(100)).unwrap_err().message.contains("deeper"));
        assert!(parse("\"abc").is_err());
        assert!(parse("1 2").is_err());
        for cut in 0..20 {
            let _ = parse(&"{\"k\": [1, \"\\u12".chars().take(cut).collect::<String>());
        }
    }
}
