//! The crate's one C tokenizer, for generated CPython sources and the expressions in them:
//! identifiers, numbers, one-character punctuators, string and character literals,
//! comments and whole preprocessor lines, each with its byte span and 1-based line. The
//! case scanner ([`crate::cases`]) walks its tokens; the expression parser
//! ([`crate::expr_parser`]) reads the same tokens, joining adjacent punctuators into C's
//! two-character operators ([`TWO_CHAR_OPERATORS`]). It knows just enough C to keep braces
//! inside strings, characters and comments from counting, and it reports unterminated
//! literals and comments instead of guessing. It never panics on any input.

use crate::error::ParseError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Ident,
    Number,
    /// One character of punctuation (`{`, `+`, …) or any other character.
    Punct,
    Str,
    Char,
    Comment,
    /// A whole preprocessor line from `#` to the end of the (possibly continued) line.
    Directive,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    /// 1-based line of the first character.
    pub line: u32,
}

impl Token {
    pub(crate) fn text<'a>(&self, src: &'a str) -> &'a str {
        src.get(self.start..self.end).unwrap_or("")
    }

    pub(crate) fn is_punct(&self, src: &str, c: &str) -> bool {
        self.kind == Kind::Punct && self.text(src) == c
    }

    pub(crate) fn is_ident(&self, src: &str, name: &str) -> bool {
        self.kind == Kind::Ident && self.text(src) == name
    }
}

/// The operators of two characters the expression parser reads as one when their
/// characters are adjacent punctuators. Tokens stay one character each, so that the case
/// scanner sees `+=` as `+` then `=` and `->` as `-` then `>`.
pub(crate) const TWO_CHAR_OPERATORS: [&str; 8] = ["<<", ">>", "<=", ">=", "==", "!=", "&&", "||"];

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_'
}

fn is_ident_continue(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Splits `src` into tokens. `file` only labels errors.
pub(crate) fn lex(file: &str, src: &str) -> Result<Vec<Token>, ParseError> {
    let bytes = src.as_bytes();
    let at = |i: usize| bytes.get(i).copied();
    let mut tokens = Vec::new();
    let mut i = 0usize;
    let mut line = 1u32;
    let mut line_start = true; // only whitespace since the last newline
    while let Some(b) = at(i) {
        let start = i;
        let start_line = line;
        match b {
            b'\n' => {
                line = line.saturating_add(1);
                line_start = true;
                i += 1;
                continue;
            }
            b' ' | b'\t' | b'\r' | 0x0b | 0x0c => {
                i += 1;
                continue;
            }
            b'#' if line_start => {
                // To the end of the line, following backslash continuations.
                while let Some(c) = at(i) {
                    if c == b'\n' {
                        break;
                    }
                    if c == b'\\' && at(i + 1) == Some(b'\n') {
                        line = line.saturating_add(1);
                        i += 2;
                        continue;
                    }
                    if c == b'\\' && at(i + 1) == Some(b'\r') && at(i + 2) == Some(b'\n') {
                        line = line.saturating_add(1);
                        i += 3;
                        continue;
                    }
                    i += 1;
                }
                tokens.push(Token { kind: Kind::Directive, start, end: i, line: start_line });
                continue;
            }
            b'/' if at(i + 1) == Some(b'*') => {
                i += 2;
                loop {
                    match at(i) {
                        None => {
                            return Err(ParseError::new(
                                file,
                                start_line,
                                "unterminated comment: `/*` has no closing `*/`",
                            ))
                        }
                        Some(b'*') if at(i + 1) == Some(b'/') => {
                            i += 2;
                            break;
                        }
                        Some(b'\n') => {
                            line = line.saturating_add(1);
                            i += 1;
                        }
                        Some(_) => i += 1,
                    }
                }
                tokens.push(Token { kind: Kind::Comment, start, end: i, line: start_line });
            }
            b'/' if at(i + 1) == Some(b'/') => {
                while let Some(c) = at(i) {
                    if c == b'\n' {
                        break;
                    }
                    i += 1;
                }
                tokens.push(Token { kind: Kind::Comment, start, end: i, line: start_line });
            }
            b'"' | b'\'' => {
                let quote = b;
                let (kind, what) =
                    if quote == b'"' { (Kind::Str, "string") } else { (Kind::Char, "character") };
                i += 1;
                loop {
                    match at(i) {
                        None | Some(b'\n') => {
                            return Err(ParseError::new(
                                file,
                                start_line,
                                format!("unterminated {what} literal"),
                            ))
                        }
                        Some(b'\\') => {
                            // An escaped newline continues the literal.
                            if at(i + 1) == Some(b'\n') {
                                line = line.saturating_add(1);
                            }
                            i += 2;
                        }
                        Some(c) if c == quote => {
                            i += 1;
                            break;
                        }
                        Some(_) => i += 1,
                    }
                }
                // `i` may pass the end by one after a trailing backslash; clamp.
                let end = i.min(bytes.len());
                tokens.push(Token { kind, start, end, line: start_line });
                i = end;
            }
            c if is_ident_start(c) => {
                while at(i).is_some_and(is_ident_continue) {
                    i += 1;
                }
                tokens.push(Token { kind: Kind::Ident, start, end: i, line: start_line });
            }
            c if c.is_ascii_digit() || (c == b'.' && at(i + 1).is_some_and(|d| d.is_ascii_digit())) => {
                while let Some(d) = at(i) {
                    let exponent_sign = (d == b'+' || d == b'-')
                        && i > start
                        && matches!(at(i - 1), Some(b'e' | b'E' | b'p' | b'P'))
                        && !src.get(start..i).unwrap_or("").starts_with("0x");
                    if is_ident_continue(d) || d == b'.' || exponent_sign {
                        i += 1;
                    } else {
                        break;
                    }
                }
                tokens.push(Token { kind: Kind::Number, start, end: i, line: start_line });
            }
            c if c >= 0x80 => {
                // One whole UTF-8 character, so that spans stay on character boundaries.
                i += 1;
                while at(i).is_some_and(|d| (0x80..0xc0).contains(&d)) {
                    i += 1;
                }
                tokens.push(Token { kind: Kind::Punct, start, end: i, line: start_line });
            }
            _ => {
                i += 1;
                tokens.push(Token { kind: Kind::Punct, start, end: i, line: start_line });
            }
        }
        line_start = false;
    }
    Ok(tokens)
}

/// The directive's keyword (`if`, `ifdef`, `endif`, …) and the rest of its text with
/// comments and line continuations removed.
pub(crate) fn split_directive(text: &str) -> (&str, String) {
    let body = text.trim_start().strip_prefix('#').unwrap_or(text).trim_start();
    let keyword_len = body.bytes().take_while(|b| is_ident_continue(*b)).count();
    let keyword = body.get(..keyword_len).unwrap_or("");
    let rest = body.get(keyword_len..).unwrap_or("");
    (keyword, strip_comments(&rest.replace("\\\r\n", " ").replace("\\\n", " ")).trim().to_string())
}

/// Removes `/* */` and `//` comments outside string literals from one logical line.
pub(crate) fn strip_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            out.push(c);
            if c == '\\' {
                if let Some(n) = chars.next() {
                    out.push(n);
                }
            } else if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '"' | '\'' => {
                quote = Some(c);
                out.push(c);
            }
            '/' if chars.peek() == Some(&'/') => break,
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut prev = ' ';
                for n in chars.by_ref() {
                    if prev == '*' && n == '/' {
                        break;
                    }
                    prev = n;
                }
                out.push(' ');
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<(Kind, String)> {
        lex("t.c", src).unwrap().iter().map(|t| (t.kind, t.text(src).to_string())).collect()
    }

    #[test]
    fn braces_in_literals_and_comments_are_not_punctuation() {
        let src = "a = \"{\" ; c = '}'; /* { */ // }\n#if X { \n}";
        let puncts: Vec<String> =
            kinds(src).into_iter().filter(|(k, _)| *k == Kind::Punct).map(|(_, t)| t).collect();
        assert_eq!(puncts, ["=", ";", "=", ";", "}"]);
    }

    #[test]
    fn directives_only_at_line_start_and_with_continuations() {
        let src = "x # y\n  #define A \\\n  1\nz";
        let toks = lex("t.c", src).unwrap();
        let d: Vec<_> = toks.iter().filter(|t| t.kind == Kind::Directive).collect();
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].line, 2);
        assert_eq!(toks.last().unwrap().line, 4);
        assert_eq!(split_directive(d[0].text(src)), ("define", "A    1".to_string()));
    }

    #[test]
    fn unterminated_things_name_their_line() {
        assert_eq!(
            lex("f.h", "a\n/* b\n c").unwrap_err().to_string(),
            "f.h:2: unterminated comment: `/*` has no closing `*/`"
        );
        assert_eq!(lex("f.h", "\n\n\"abc\n").unwrap_err().to_string(), "f.h:3: unterminated string literal");
        assert_eq!(lex("f.h", "'\\").unwrap_err().to_string(), "f.h:1: unterminated character literal");
    }

    #[test]
    fn numbers_and_non_ascii() {
        assert_eq!(
            kinds("0x1Fu 1e+5 é"),
            [(Kind::Number, "0x1Fu".into()), (Kind::Number, "1e+5".into()), (Kind::Punct, "é".into())]
        );
    }
}
