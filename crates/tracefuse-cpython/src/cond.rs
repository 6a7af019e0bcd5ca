//! Three-valued evaluation of the preprocessor conditions found in and around executor
//! cases, as a tier-2 JIT compile sees them: `TIER_ONE` is undefined, `TIER_TWO` is 2 and
//! `_Py_JIT` is defined (CPython's JIT compiles every case with `-D_Py_JIT`). Everything
//! else (`Py_GIL_DISABLED`, `Py_DEBUG`, `__EMSCRIPTEN__`, …) is unknown, so a region is
//! only ever called dead when it is dead in every such build. Malformed conditions are
//! unknown, not errors: the C compiler is the judge of those.

/// Macros with a known value in a tier-2 JIT compile: `Some(v)` defined as v, `None`
/// known undefined.
fn known(name: &str) -> Option<Option<i64>> {
    match name {
        "TIER_ONE" => Some(None),
        "TIER_TWO" => Some(Some(2)),
        "_Py_JIT" => Some(Some(1)),
        _ => None,
    }
}

/// Whether a directive's condition holds: `Some(true)`/`Some(false)` when decided,
/// `None` when it depends on the build. `keyword` is `if`, `elif`, `ifdef`, `ifndef`,
/// `elifdef` or `elifndef`; `rest` is the condition text without comments.
pub(crate) fn eval(keyword: &str, rest: &str) -> Option<bool> {
    match keyword {
        "ifdef" | "elifdef" => defined(rest.trim()),
        "ifndef" | "elifndef" => defined(rest.trim()).map(|d| !d),
        _ => {
            let toks = tokenize(rest)?;
            let mut p = Parser { toks: &toks, pos: 0, depth: 0 };
            let v = p.or()?;
            if p.pos != toks.len() {
                return None;
            }
            v.map(|v| v != 0)
        }
    }
}

fn defined(name: &str) -> Option<bool> {
    known(name).map(|v| v.is_some())
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(i64),
    Ident(String),
    Op(&'static str),
}

fn tokenize(text: &str) -> Option<Vec<Tok>> {
    const OPS: [&str; 12] = ["&&", "||", "==", "!=", "<=", ">=", "<", ">", "!", "(", ")", "+"];
    let mut out = Vec::new();
    let mut rest = text.trim();
    while let Some(c) = rest.chars().next() {
        if c.is_whitespace() {
            rest = rest.trim_start();
            continue;
        }
        if c.is_ascii_alphanumeric() || c == '_' {
            let len = rest.find(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '_')).unwrap_or(rest.len());
            let word = rest.get(..len)?;
            rest = rest.get(len..)?;
            if c.is_ascii_digit() {
                out.push(Tok::Num(crate::expr::parse_c_int(word)?));
            } else {
                out.push(Tok::Ident(word.to_string()));
            }
        } else {
            let op = OPS.iter().find(|op| rest.starts_with(**op))?;
            out.push(Tok::Op(op));
            rest = rest.get(op.len()..)?;
        }
        if out.len() > 256 {
            return None;
        }
    }
    Some(out)
}

/// Values are `Option<i64>`: `None` is unknown. Methods return `None` (outer) when the
/// text does not parse.
struct Parser<'a> {
    toks: &'a [Tok],
    pos: usize,
    depth: u32,
}

type V = Option<i64>;

impl Parser<'_> {
    fn peek_op(&self, op: &str) -> bool {
        matches!(self.toks.get(self.pos), Some(Tok::Op(o)) if *o == op)
    }

    fn or(&mut self) -> Option<V> {
        let mut v = self.and()?;
        while self.peek_op("||") {
            self.pos += 1;
            let w = self.and()?;
            v = match (v, w) {
                (Some(a), _) if a != 0 => Some(1),
                (_, Some(b)) if b != 0 => Some(1),
                (Some(_), Some(_)) => Some(0),
                _ => None,
            };
        }
        Some(v)
    }

    fn and(&mut self) -> Option<V> {
        let mut v = self.cmp()?;
        while self.peek_op("&&") {
            self.pos += 1;
            let w = self.cmp()?;
            v = match (v, w) {
                (Some(0), _) | (_, Some(0)) => Some(0),
                (Some(_), Some(_)) => Some(1),
                _ => None,
            };
        }
        Some(v)
    }

    fn cmp(&mut self) -> Option<V> {
        let mut v = self.unary()?;
        loop {
            let op = match self.toks.get(self.pos) {
                Some(Tok::Op(o)) if ["==", "!=", "<=", ">=", "<", ">"].contains(o) => *o,
                _ => return Some(v),
            };
            self.pos += 1;
            let w = self.unary()?;
            v = match (v, w) {
                (Some(a), Some(b)) => Some(i64::from(match op {
                    "==" => a == b,
                    "!=" => a != b,
                    "<=" => a <= b,
                    ">=" => a >= b,
                    "<" => a < b,
                    _ => a > b,
                })),
                _ => None,
            };
        }
    }

    fn unary(&mut self) -> Option<V> {
        self.depth += 1;
        if self.depth > 64 {
            return None;
        }
        let tok = self.toks.get(self.pos)?.clone();
        self.pos += 1;
        let v = match tok {
            Tok::Num(n) => Some(n),
            Tok::Op("!") => self.unary()?.map(|v| i64::from(v == 0)),
            Tok::Op("+") => self.unary()?,
            Tok::Op("(") => {
                let v = self.or()?;
                if !self.peek_op(")") {
                    return None;
                }
                self.pos += 1;
                v
            }
            Tok::Ident(name) if name == "defined" => {
                let paren = self.peek_op("(");
                if paren {
                    self.pos += 1;
                }
                let Some(Tok::Ident(target)) = self.toks.get(self.pos).cloned() else { return None };
                self.pos += 1;
                if paren {
                    if !self.peek_op(")") {
                        return None;
                    }
                    self.pos += 1;
                }
                defined(&target).map(i64::from)
            }
            Tok::Ident(name) => match known(&name) {
                Some(v) => Some(v.unwrap_or(0)),
                None => {
                    // A function-like macro call: unknown, but consume its arguments.
                    if self.peek_op("(") {
                        let mut depth = 0usize;
                        while let Some(t) = self.toks.get(self.pos) {
                            self.pos += 1;
                            if *t == Tok::Op("(") {
                                depth += 1;
                            } else if *t == Tok::Op(")") {
                                depth = depth.saturating_sub(1);
                                if depth == 0 {
                                    break;
                                }
                            }
                        }
                    }
                    None
                }
            },
            Tok::Op(_) => return None,
        };
        self.depth -= 1;
        Some(v)
    }
}

/// One open `#if` group while scanning.
#[derive(Debug, Clone)]
pub(crate) struct Group {
    /// Whether some earlier branch of the group was taken (three-valued).
    taken: Option<bool>,
    /// Whether the current branch is taken (three-valued).
    pub current: Option<bool>,
    /// Line of the opening directive.
    pub line: u32,
    /// Text of the opening directive.
    pub text: String,
}

impl Group {
    pub(crate) fn open(cond: Option<bool>, line: u32, text: String) -> Group {
        let mut g = Group { taken: Some(false), current: None, line, text };
        g.branch(cond);
        g
    }

    /// Starts the next branch (`#elif` with `cond`, or `#else` with `Some(true)`).
    pub(crate) fn branch(&mut self, cond: Option<bool>) {
        self.current = match self.taken {
            Some(true) => Some(false),
            Some(false) => cond,
            None if cond == Some(false) => Some(false),
            None => None,
        };
        self.taken = match (self.taken, cond) {
            (Some(true), _) | (_, Some(true)) => Some(true),
            (Some(false), Some(false)) => Some(false),
            _ => None,
        };
    }
}

/// Whether code under these groups is dead in a tier-2 JIT compile.
pub(crate) fn dead(stack: &[Group]) -> bool {
    stack.iter().any(|g| g.current == Some(false))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions() {
        assert_eq!(eval("if", "TIER_ONE"), Some(false));
        assert_eq!(eval("if", "TIER_TWO"), Some(true));
        assert_eq!(eval("ifdef", "TIER_ONE"), Some(false));
        assert_eq!(eval("ifndef", "_Py_JIT"), Some(false));
        assert_eq!(eval("if", "TIER_ONE && defined(Py_DEBUG)"), Some(false));
        assert_eq!(eval("if", "defined(Py_DEBUG) && !defined(_Py_JIT)"), Some(false));
        assert_eq!(eval("if", "defined(__EMSCRIPTEN__)"), None);
        assert_eq!(eval("if", "Py_GIL_DISABLED"), None);
        assert_eq!(eval("if", "0"), Some(false));
        assert_eq!(eval("if", "TIER_TWO == 2 || X"), Some(true));
        assert_eq!(eval("if", "FOO(1, (2)) || 0"), None);
        assert_eq!(eval("if", "((("), None);
        assert_eq!(eval("if", &"!".repeat(1000)), None);
    }

    #[test]
    fn groups() {
        let mut g = Group::open(Some(false), 1, "#if TIER_ONE".into());
        assert_eq!(g.current, Some(false));
        g.branch(Some(true));
        assert_eq!(g.current, Some(true));
        let mut g = Group::open(None, 1, "#ifdef Py_GIL_DISABLED".into());
        g.branch(Some(true));
        assert_eq!(g.current, None);
        let mut g = Group::open(Some(true), 1, "#if TIER_TWO".into());
        g.branch(None);
        assert_eq!(g.current, Some(false));
    }
}
