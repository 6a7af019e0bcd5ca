//! Which `#if` regions in and around executor cases a tier-2 JIT compile keeps: each
//! condition is read by the crate's one C expression parser ([`crate::expr_parser`]) and
//! evaluated three-valued as such a compile sees it: `TIER_ONE` is undefined, `TIER_TWO`
//! is 2 and `_Py_JIT` is defined (CPython's JIT compiles every case with `-D_Py_JIT`).
//! Everything else (`Py_GIL_DISABLED`, `Py_DEBUG`, `__EMSCRIPTEN__`, …) is unknown, so a
//! region is only ever called dead when it is dead in every such build. Malformed
//! conditions are unknown, not errors: the C compiler is the judge of those. [`Group`]
//! follows one `#if` … `#endif` through its branches.

use crate::expr_parser::{self, Infix, Prefix, Semantics};

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
        _ => expr_parser::parse(rest, &mut Condition).ok().flatten().map(|v| v != 0),
    }
}

fn defined(name: &str) -> Option<bool> {
    known(name).map(|v| v.is_some())
}

/// What a condition's nodes are worth in a tier-2 JIT compile: `Some(v)` known, `None`
/// depends on the build. A malformed condition fails to parse and is unknown too.
struct Condition;

impl Semantics for Condition {
    type Value = Option<i64>;

    fn number(&mut self, text: &str) -> Result<Option<i64>, String> {
        crate::expr::parse_c_int(text).map(Some).ok_or_else(|| format!("bad integer `{text}`"))
    }

    fn name(&mut self, name: &str, call: bool) -> Result<Option<i64>, String> {
        // A function-like macro's value is unknown; an undefined name is 0, as in C.
        Ok(match known(name) {
            Some(v) if !call => Some(v.unwrap_or(0)),
            _ => None,
        })
    }

    fn defined(&mut self, name: &str) -> Result<Option<i64>, String> {
        Ok(defined(name).map(i64::from))
    }

    fn prefix(&mut self, op: Prefix, v: Option<i64>) -> Result<Option<i64>, String> {
        Ok(match op {
            Prefix::Neg => v.and_then(i64::checked_neg),
            Prefix::Plus => v,
            Prefix::BitNot => v.map(|v| !v),
            Prefix::Not => v.map(|v| i64::from(v == 0)),
        })
    }

    fn infix(&mut self, op: Infix, a: Option<i64>, b: Option<i64>) -> Result<Option<i64>, String> {
        let compare = |holds: fn(&i64, &i64) -> bool| a.zip(b).map(|(a, b)| i64::from(holds(&a, &b)));
        Ok(match op {
            // Either side decides when it is known to: `1 || X` holds, `0 && X` does not.
            Infix::Or => match (a, b) {
                (Some(v), _) | (_, Some(v)) if v != 0 => Some(1),
                (Some(_), Some(_)) => Some(0),
                _ => None,
            },
            Infix::And => match (a, b) {
                (Some(0), _) | (_, Some(0)) => Some(0),
                (Some(_), Some(_)) => Some(1),
                _ => None,
            },
            Infix::Eq => compare(i64::eq),
            Infix::Ne => compare(i64::ne),
            Infix::Lt => compare(i64::lt),
            Infix::Gt => compare(i64::gt),
            Infix::Le => compare(i64::le),
            Infix::Ge => compare(i64::ge),
            Infix::Arith(op) => a.zip(b).and_then(|(a, b)| op.apply(a, b)),
        })
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
        // C's precedence and arithmetic.
        assert_eq!(eval("if", "TIER_TWO + 1 == 3 && 1 < 2 == 1"), Some(true));
        assert_eq!(eval("if", "defined _Py_JIT"), Some(true));
        assert_eq!(eval("if", "X && 0"), Some(false));
        assert_eq!(eval("if", "TIER_TWO(1)"), None);
        assert_eq!(eval("if", "1.5"), None);
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
