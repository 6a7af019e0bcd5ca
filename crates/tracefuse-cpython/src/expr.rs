//! Integer expressions in `oparg`, as CPython's generated headers write stack effects
//! (`return 2 + oparg;`, `return 2 + (oparg & 1);`) and as the executor cases adjust
//! `stack_pointer` (`stack_pointer += -1 - oparg;`). [`Expr::parse`] reads, with the
//! crate's one C expression parser, C integer literals, `oparg`, parentheses, unary `-`
//! `+` `~`, and the binary operators `* / % + - << >> & ^ |` with C precedence, and refuses
//! any other name or operator; [`Expr::eval`] evaluates for one oparg with checked
//! arithmetic; [`Expr::as_linear`] recognises the `k*oparg + c` forms. Parsing is bounded
//! (at most [`MAX_NODES`] nodes), so no input can exhaust the stack.

use crate::expr_parser::{self, Infix, Prefix, Semantics};
use std::fmt;

pub use crate::expr_parser::{BinOp, MAX_NODES};

/// A unary operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UnOp {
    Neg,
    BitNot,
}

/// An integer expression whose only variable is `oparg`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Expr {
    Int(i64),
    Oparg,
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
}

/// `k * oparg + c`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Linear {
    pub k: i64,
    pub c: i64,
}

impl Expr {
    /// Parses C text such as `2 + (oparg & 1)`; the message says what is wrong.
    pub fn parse(text: &str) -> Result<Expr, String> {
        expr_parser::parse(text, &mut InOparg)
    }

    /// The value for one oparg; `None` on overflow, division by zero or an out-of-range
    /// shift.
    pub fn eval(&self, oparg: i64) -> Option<i64> {
        match self {
            Expr::Int(v) => Some(*v),
            Expr::Oparg => Some(oparg),
            Expr::Unary(UnOp::Neg, e) => e.eval(oparg)?.checked_neg(),
            Expr::Unary(UnOp::BitNot, e) => Some(!e.eval(oparg)?),
            Expr::Binary(op, a, b) => op.apply(a.eval(oparg)?, b.eval(oparg)?),
        }
    }

    /// `Some` when the expression is `k*oparg + c` (constants fold, so `oparg*2` and
    /// `2 + (oparg - 1)` qualify; `oparg & 1` does not).
    pub fn as_linear(&self) -> Option<Linear> {
        match self {
            Expr::Int(c) => Some(Linear { k: 0, c: *c }),
            Expr::Oparg => Some(Linear { k: 1, c: 0 }),
            Expr::Unary(UnOp::Neg, e) => {
                let l = e.as_linear()?;
                Some(Linear { k: l.k.checked_neg()?, c: l.c.checked_neg()? })
            }
            Expr::Unary(UnOp::BitNot, e) => {
                let l = e.as_linear()?;
                (l.k == 0).then_some(Linear { k: 0, c: !l.c })
            }
            Expr::Binary(op, a, b) => {
                let (x, y) = (a.as_linear()?, b.as_linear()?);
                match op {
                    BinOp::Add => Some(Linear { k: x.k.checked_add(y.k)?, c: x.c.checked_add(y.c)? }),
                    BinOp::Sub => Some(Linear { k: x.k.checked_sub(y.k)?, c: x.c.checked_sub(y.c)? }),
                    BinOp::Mul if x.k == 0 => {
                        Some(Linear { k: y.k.checked_mul(x.c)?, c: y.c.checked_mul(x.c)? })
                    }
                    BinOp::Mul if y.k == 0 => {
                        Some(Linear { k: x.k.checked_mul(y.c)?, c: x.c.checked_mul(y.c)? })
                    }
                    _ if x.k == 0 && y.k == 0 => Some(Linear { k: 0, c: self.eval(0)? }),
                    _ => None,
                }
            }
        }
    }

    /// The value when the expression does not depend on oparg.
    pub fn as_const(&self) -> Option<i64> {
        self.as_linear().filter(|l| l.k == 0).map(|l| l.c)
    }

    /// `k*oparg + c` written as an expression, in the shortest usual form.
    pub fn from_linear(l: Linear) -> Expr {
        let term = match l.k {
            0 => return Expr::Int(l.c),
            1 => Expr::Oparg,
            -1 => Expr::Unary(UnOp::Neg, Box::new(Expr::Oparg)),
            k if k < 0 && k != i64::MIN => Expr::Binary(
                BinOp::Mul,
                Box::new(Expr::Unary(UnOp::Neg, Box::new(Expr::Oparg))),
                Box::new(Expr::Int(-k)),
            ),
            k => Expr::Binary(BinOp::Mul, Box::new(Expr::Oparg), Box::new(Expr::Int(k))),
        };
        match l.c {
            0 => term,
            c if c < 0 && c != i64::MIN => Expr::Binary(BinOp::Sub, Box::new(term), Box::new(Expr::Int(-c))),
            c => Expr::Binary(BinOp::Add, Box::new(term), Box::new(Expr::Int(c))),
        }
    }

    /// Splits a sum into its non-linear terms (with their signs) and its linear part;
    /// `lin` becomes `None` on overflow.
    fn split_sum(&self, neg: bool, terms: &mut Vec<(bool, Expr)>, lin: &mut Option<Linear>) {
        if let Some(l) = self.as_linear() {
            let l = if neg {
                l.k.checked_neg().zip(l.c.checked_neg()).map(|(k, c)| Linear { k, c })
            } else {
                Some(l)
            };
            *lin = lin
                .zip(l)
                .and_then(|(a, b)| Some(Linear { k: a.k.checked_add(b.k)?, c: a.c.checked_add(b.c)? }));
            return;
        }
        match self {
            Expr::Binary(BinOp::Add, a, b) => {
                a.split_sum(neg, terms, lin);
                b.split_sum(neg, terms, lin);
            }
            Expr::Binary(BinOp::Sub, a, b) => {
                a.split_sum(neg, terms, lin);
                b.split_sum(!neg, terms, lin);
            }
            Expr::Unary(UnOp::Neg, e) => e.split_sum(!neg, terms, lin),
            other => terms.push((neg, other.clone())),
        }
    }

    /// Number of nodes.
    pub fn size(&self) -> usize {
        match self {
            Expr::Int(_) | Expr::Oparg => 1,
            Expr::Unary(_, e) => 1 + e.size(),
            Expr::Binary(_, a, b) => 1 + a.size() + b.size(),
        }
    }

    fn fmt_prec(&self, f: &mut fmt::Formatter<'_>, outer: u8) -> fmt::Result {
        match self {
            Expr::Int(v) if *v < 0 && outer > 0 => write!(f, "({v})"),
            Expr::Int(v) => write!(f, "{v}"),
            Expr::Oparg => f.write_str("oparg"),
            Expr::Unary(op, e) => {
                f.write_str(if *op == UnOp::Neg { "-" } else { "~" })?;
                e.fmt_prec(f, 11)
            }
            Expr::Binary(op, a, b) => {
                let p = op.precedence();
                if p < outer {
                    f.write_str("(")?;
                }
                a.fmt_prec(f, p)?;
                write!(f, " {} ", op.symbol())?;
                // Left-associative: a right operand of equal precedence needs parentheses.
                b.fmt_prec(f, p + 1)?;
                if p < outer {
                    f.write_str(")")?;
                }
                Ok(())
            }
        }
    }
}

impl std::ops::Add for Expr {
    type Output = Expr;

    /// `self + other`, with the linear parts of both sides folded into one `k*oparg + c`
    /// written last (`-(oparg & 1) - 1`).
    fn add(self, other: Expr) -> Expr {
        let mut terms = Vec::new();
        let mut lin = Some(Linear { k: 0, c: 0 });
        self.split_sum(false, &mut terms, &mut lin);
        other.split_sum(false, &mut terms, &mut lin);
        let Some(lin) = lin else {
            // Overflow while folding: keep the sum as written.
            return Expr::Binary(BinOp::Add, Box::new(self), Box::new(other));
        };
        if terms.is_empty() {
            return Expr::from_linear(lin);
        }
        let mut out: Option<Expr> = None;
        let mut push = |neg: bool, t: Expr| {
            out = Some(match out.take() {
                None if neg => Expr::Unary(UnOp::Neg, Box::new(t)),
                None => t,
                Some(acc) => {
                    Expr::Binary(if neg { BinOp::Sub } else { BinOp::Add }, Box::new(acc), Box::new(t))
                }
            });
        };
        for (neg, t) in terms {
            push(neg, t);
        }
        if lin.k != 0 {
            match lin.k {
                1 => push(false, Expr::Oparg),
                -1 => push(true, Expr::Oparg),
                k if k < 0 && k != i64::MIN => {
                    push(true, Expr::Binary(BinOp::Mul, Box::new(Expr::Oparg), Box::new(Expr::Int(-k))))
                }
                k => push(false, Expr::Binary(BinOp::Mul, Box::new(Expr::Oparg), Box::new(Expr::Int(k)))),
            }
        }
        match (out, lin.c) {
            (None, _) => Expr::from_linear(lin),
            (Some(acc), 0) => acc,
            (Some(acc), c) if c < 0 && c != i64::MIN => {
                Expr::Binary(BinOp::Sub, Box::new(acc), Box::new(Expr::Int(-c)))
            }
            (Some(acc), c) => Expr::Binary(BinOp::Add, Box::new(acc), Box::new(Expr::Int(c))),
        }
    }
}

impl std::ops::Neg for Expr {
    type Output = Expr;

    /// `-self`, folded when linear.
    fn neg(self) -> Expr {
        match self.as_linear().and_then(|l| Some(Linear { k: l.k.checked_neg()?, c: l.c.checked_neg()? })) {
            Some(l) => Expr::from_linear(l),
            None => Expr::Unary(UnOp::Neg, Box::new(self)),
        }
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.fmt_prec(f, 0)
    }
}

/// What [`Expr::parse`] makes of the parser's nodes: `oparg`, integer literals and the
/// arithmetic and bitwise operators; every other name and operator is refused.
struct InOparg;

impl Semantics for InOparg {
    type Value = Expr;

    fn number(&mut self, text: &str) -> Result<Expr, String> {
        parse_c_int(text).map(Expr::Int).ok_or_else(|| format!("bad integer `{text}`"))
    }

    fn name(&mut self, name: &str, call: bool) -> Result<Expr, String> {
        match name {
            "oparg" if !call => Ok(Expr::Oparg),
            _ => Err(format!("unknown name `{name}` (only `oparg` may appear)")),
        }
    }

    fn defined(&mut self, _: &str) -> Result<Expr, String> {
        Err("unknown name `defined` (only `oparg` may appear)".into())
    }

    fn prefix(&mut self, op: Prefix, e: Expr) -> Result<Expr, String> {
        match op {
            Prefix::Neg => Ok(Expr::Unary(UnOp::Neg, Box::new(e))),
            Prefix::Plus => Ok(e),
            Prefix::BitNot => Ok(Expr::Unary(UnOp::BitNot, Box::new(e))),
            Prefix::Not => Err("`!` is not supported in stack effects".into()),
        }
    }

    fn infix(&mut self, op: Infix, a: Expr, b: Expr) -> Result<Expr, String> {
        match op {
            Infix::Arith(op) => Ok(Expr::Binary(op, Box::new(a), Box::new(b))),
            other => Err(format!("`{}` is not supported in stack effects", other.symbol())),
        }
    }
}

/// Parses a C integer literal: decimal, `0x` hex, leading-`0` octal, with `u`/`l`
/// suffixes. `None` if it is not one or does not fit in an i64.
pub fn parse_c_int(text: &str) -> Option<i64> {
    let t = text.trim().trim_end_matches(['u', 'U', 'l', 'L']);
    let (digits, radix) = if let Some(h) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        (h, 16)
    } else if t.len() > 1 && t.starts_with('0') {
        (t.get(1..)?, 8)
    } else {
        (t, 10)
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    i64::from_str_radix(digits, radix).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ops::{Add, Neg};

    fn p(s: &str) -> Expr {
        Expr::parse(s).unwrap()
    }

    #[test]
    fn forms_in_cpython_headers() {
        for (text, at3, linear) in [
            ("0", 0, Some((0, 0))),
            ("2 + oparg", 5, Some((1, 2))),
            ("oparg*2", 6, Some((2, 0))),
            ("2 + (oparg & 1)", 3, None),
            ("1 + (oparg & 0xFF) + (oparg >> 8)", 4, None),
            ("-2 - oparg", -5, Some((-1, -2))),
            ("-oparg*2", -6, Some((-2, 0))),
            ("2 + (oparg-1)", 4, Some((1, 1))),
            ("-(oparg & 1)", -1, None),
        ] {
            let e = p(text);
            assert_eq!(e.eval(3), Some(at3), "{text}");
            assert_eq!(e.as_linear().map(|l| (l.k, l.c)), linear, "{text}");
            assert_eq!(p(&e.to_string()), e, "{text} printed as {e}");
        }
    }

    #[test]
    fn precedence_and_printing() {
        assert_eq!(p("1 + 2 * oparg").eval(10), Some(21));
        assert_eq!(p("(1 + 2) * oparg").eval(10), Some(30));
        assert_eq!(p("1 - (2 - oparg)").to_string(), "1 - (2 - oparg)");
        assert_eq!(p("1 - 2 - oparg").to_string(), "1 - 2 - oparg");
        assert_eq!(p("1 | 2 & oparg").eval(3), Some(3));
        assert_eq!(p("010 + 0x10u").eval(0), Some(24));
    }

    #[test]
    fn errors_and_bounds() {
        assert!(Expr::parse("").is_err());
        assert!(Expr::parse("(1").is_err());
        assert!(Expr::parse("1 +").is_err());
        assert!(Expr::parse("x + 1").unwrap_err().contains("`x`"));
        assert!(Expr::parse("!oparg").unwrap_err().contains("`!` is not supported"));
        assert!(Expr::parse("oparg == 1").unwrap_err().contains("`==` is not supported"));
        assert!(Expr::parse("1.5").unwrap_err().contains("bad integer `1.5`"));
        assert!(Expr::parse("1 2").is_err());
        assert!(Expr::parse(&"(".repeat(10_000)).is_err());
        assert!(Expr::parse(&"1+".repeat(10_000)).is_err());
        assert!(Expr::parse(&"-".repeat(10_000)).is_err());
        assert_eq!(p("1 / (oparg - oparg)").eval(1), None);
        assert_eq!(p("1 << 99").eval(0), None);
        assert_eq!(p("9223372036854775807 + oparg").eval(1), None);
    }

    #[test]
    fn folding() {
        assert_eq!(p("-1").add(p("1 - oparg")), p("-oparg"));
        assert_eq!(p("-2").add(p("-oparg")).to_string(), "-oparg - 2");
        assert_eq!(p("oparg & 1").add(p("1")).to_string(), "(oparg & 1) + 1");
        assert_eq!(p("-1").add(p("oparg >> 8")).to_string(), "(oparg >> 8) - 1");
        assert_eq!(Expr::Int(0).add(p("oparg & 1")).to_string(), "oparg & 1");
        assert_eq!(p("-(oparg & 1) - 1").add(p("-1")).add(p("1")).to_string(), "-(oparg & 1) - 1");
        assert_eq!(
            p("1 + (oparg & 0xFF) + (oparg >> 8)").add(p("-1")).to_string(),
            "(oparg & 255) + (oparg >> 8)"
        );
        assert_eq!(p("oparg & 1").add(p("-oparg * 2")).to_string(), "(oparg & 1) - oparg * 2");
        assert_eq!(p("1").add(p("-oparg*2")).to_string(), "-oparg * 2 + 1");
        let e = p("2 - (oparg | 1)").add(p("oparg"));
        assert_eq!((e.to_string(), e.eval(6)), ("-(oparg | 1) + oparg + 2".to_string(), Some(1)));
        assert_eq!(Expr::from_linear(Linear { k: -2, c: 1 }).to_string(), "-oparg * 2 + 1");
        assert_eq!(p("oparg & 1").neg().to_string(), "-(oparg & 1)");
        assert_eq!(Expr::from_linear(Linear { k: 3, c: -1 }).to_string(), "oparg * 3 - 1");
    }
}
