//! The crate's one C expression parser: precedence climbing over the [`crate::lexer`]'s
//! tokens, for the integer expressions of CPython's generated headers (stack effects,
//! `stack_pointer` adjustments) and the conditions of `#if` lines. The parser knows C's
//! syntax — literals, names, `defined NAME`, function-like macro calls, parentheses, the
//! unary operators `- + ~ !` and the binary operators from `*` to `||` with C's precedence
//! — and hands every node to a [`Semantics`], which decides what it means:
//! [`crate::Expr::parse`] builds an expression in `oparg` and refuses everything else,
//! [`crate::preprocessor`] evaluates a condition three-valued. Parsing is bounded (at most
//! [`MAX_NODES`] nodes), so no input can exhaust the stack; it never panics.

use crate::lexer::{self, Kind, Token, TWO_CHAR_OPERATORS};

/// The most nodes one expression may have.
pub const MAX_NODES: usize = 256;

/// A unary operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Prefix {
    Neg,
    Plus,
    BitNot,
    Not,
}

/// An arithmetic or bitwise binary operator (the ones [`crate::Expr`] keeps).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BinOp {
    Mul,
    Div,
    Rem,
    Add,
    Sub,
    Shl,
    Shr,
    And,
    Xor,
    Or,
}

impl BinOp {
    pub(crate) fn symbol(self) -> &'static str {
        match self {
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Rem => "%",
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Shl => "<<",
            BinOp::Shr => ">>",
            BinOp::And => "&",
            BinOp::Xor => "^",
            BinOp::Or => "|",
        }
    }

    /// C precedence: higher binds tighter.
    pub(crate) fn precedence(self) -> u8 {
        match self {
            BinOp::Mul | BinOp::Div | BinOp::Rem => 10,
            BinOp::Add | BinOp::Sub => 9,
            BinOp::Shl | BinOp::Shr => 8,
            BinOp::And => 5,
            BinOp::Xor => 4,
            BinOp::Or => 3,
        }
    }

    /// `a op b`; `None` on overflow, division by zero or an out-of-range shift.
    pub(crate) fn apply(self, a: i64, b: i64) -> Option<i64> {
        match self {
            BinOp::Mul => a.checked_mul(b),
            BinOp::Div => a.checked_div(b),
            BinOp::Rem => a.checked_rem(b),
            BinOp::Add => a.checked_add(b),
            BinOp::Sub => a.checked_sub(b),
            BinOp::Shl => u32::try_from(b).ok().and_then(|s| a.checked_shl(s)),
            BinOp::Shr => u32::try_from(b).ok().and_then(|s| a.checked_shr(s)),
            BinOp::And => Some(a & b),
            BinOp::Xor => Some(a ^ b),
            BinOp::Or => Some(a | b),
        }
    }
}

/// A binary operator: arithmetic and bitwise ([`BinOp`]), comparisons, logic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Infix {
    Arith(BinOp),
    Lt,
    Gt,
    Le,
    Ge,
    Eq,
    Ne,
    And,
    Or,
}

impl Infix {
    fn from_symbol(s: &str) -> Option<Infix> {
        Some(match s {
            "*" => Infix::Arith(BinOp::Mul),
            "/" => Infix::Arith(BinOp::Div),
            "%" => Infix::Arith(BinOp::Rem),
            "+" => Infix::Arith(BinOp::Add),
            "-" => Infix::Arith(BinOp::Sub),
            "<<" => Infix::Arith(BinOp::Shl),
            ">>" => Infix::Arith(BinOp::Shr),
            "&" => Infix::Arith(BinOp::And),
            "^" => Infix::Arith(BinOp::Xor),
            "|" => Infix::Arith(BinOp::Or),
            "<" => Infix::Lt,
            ">" => Infix::Gt,
            "<=" => Infix::Le,
            ">=" => Infix::Ge,
            "==" => Infix::Eq,
            "!=" => Infix::Ne,
            "&&" => Infix::And,
            "||" => Infix::Or,
            _ => return None,
        })
    }

    pub(crate) fn symbol(self) -> &'static str {
        match self {
            Infix::Arith(op) => op.symbol(),
            Infix::Lt => "<",
            Infix::Gt => ">",
            Infix::Le => "<=",
            Infix::Ge => ">=",
            Infix::Eq => "==",
            Infix::Ne => "!=",
            Infix::And => "&&",
            Infix::Or => "||",
        }
    }

    /// C precedence: higher binds tighter.
    fn precedence(self) -> u8 {
        match self {
            Infix::Arith(op) => op.precedence(),
            Infix::Lt | Infix::Gt | Infix::Le | Infix::Ge => 7,
            Infix::Eq | Infix::Ne => 6,
            Infix::And => 2,
            Infix::Or => 1,
        }
    }
}

/// What the caller makes of each node, bottom up. An `Err` stops the parse with its
/// message.
pub(crate) trait Semantics {
    type Value;
    /// A number token's text (`0x10u`, `1.5`).
    fn number(&mut self, text: &str) -> Result<Self::Value, String>;
    /// A name; `call` when it is a function-like macro call (`NAME(...)`, whose arguments
    /// are skipped).
    fn name(&mut self, name: &str, call: bool) -> Result<Self::Value, String>;
    /// `defined NAME` or `defined(NAME)`.
    fn defined(&mut self, name: &str) -> Result<Self::Value, String>;
    fn prefix(&mut self, op: Prefix, v: Self::Value) -> Result<Self::Value, String>;
    fn infix(&mut self, op: Infix, a: Self::Value, b: Self::Value) -> Result<Self::Value, String>;
}

/// Parses C expression text with `sem`; the message says what is wrong.
pub(crate) fn parse<S: Semantics>(text: &str, sem: &mut S) -> Result<S::Value, String> {
    let tokens: Vec<Token> = lexer::lex("", text)
        .map_err(|e| e.message)?
        .into_iter()
        .filter(|t| t.kind != Kind::Comment)
        .collect();
    if tokens.is_empty() {
        return Err("empty expression".into());
    }
    if tokens.len() > MAX_NODES * 2 {
        return Err(format!("expression longer than {MAX_NODES} nodes"));
    }
    let mut p = Parser { src: text, tokens: &tokens, pos: 0, nodes: 0, sem };
    let v = p.expr(0)?;
    match p.tokens.get(p.pos) {
        None => Ok(v),
        Some(t) => Err(format!("unexpected `{}` in `{}`", t.text(text), text.trim())),
    }
}

struct Parser<'a, S> {
    src: &'a str,
    tokens: &'a [Token],
    pos: usize,
    nodes: usize,
    sem: &'a mut S,
}

impl<'a, S: Semantics> Parser<'a, S> {
    fn node(&mut self, v: Result<S::Value, String>) -> Result<S::Value, String> {
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return Err(format!("expression longer than {MAX_NODES} nodes"));
        }
        v
    }

    fn text(&self, at: usize) -> Option<&'a str> {
        self.tokens.get(at).map(|t| t.text(self.src))
    }

    fn is_punct(&self, at: usize, c: &str) -> bool {
        self.tokens.get(at).is_some_and(|t| t.is_punct(self.src, c))
    }

    /// The binary operator at the current token (two adjacent punctuators first), and how
    /// many tokens it takes.
    fn infix(&self) -> Option<(Infix, usize)> {
        let (a, b) = (self.tokens.get(self.pos)?, self.tokens.get(self.pos + 1));
        if a.kind != Kind::Punct {
            return None;
        }
        if let Some(b) = b.filter(|b| b.kind == Kind::Punct && b.start == a.end) {
            let two = self.src.get(a.start..b.end).unwrap_or("");
            if TWO_CHAR_OPERATORS.contains(&two) {
                return Infix::from_symbol(two).map(|op| (op, 2));
            }
        }
        Infix::from_symbol(a.text(self.src)).map(|op| (op, 1))
    }

    /// Precedence climbing; recursion depth is bounded by the token count.
    fn expr(&mut self, min_prec: u8) -> Result<S::Value, String> {
        let mut lhs = self.unary()?;
        while let Some((op, len)) = self.infix() {
            if op.precedence() < min_prec {
                break;
            }
            self.pos += len;
            let rhs = self.expr(op.precedence() + 1)?;
            let v = self.sem.infix(op, lhs, rhs);
            lhs = self.node(v)?;
        }
        Ok(lhs)
    }

    fn unary(&mut self) -> Result<S::Value, String> {
        let Some(tok) = self.tokens.get(self.pos).copied() else {
            return Err("expression ends too early".into());
        };
        self.pos += 1;
        let text = tok.text(self.src);
        let prefix = match text {
            "-" => Some(Prefix::Neg),
            "+" => Some(Prefix::Plus),
            "~" => Some(Prefix::BitNot),
            "!" => Some(Prefix::Not),
            _ => None,
        };
        match (tok.kind, prefix) {
            (Kind::Punct, Some(op)) => {
                let e = self.unary()?;
                let v = self.sem.prefix(op, e);
                self.node(v)
            }
            (Kind::Punct, None) if text == "(" => {
                let e = self.expr(0)?;
                if !self.is_punct(self.pos, ")") {
                    return Err("missing `)`".into());
                }
                self.pos += 1;
                self.node(Ok(e))
            }
            (Kind::Number, _) => {
                let v = self.sem.number(text);
                self.node(v)
            }
            (Kind::Ident, _) if text == "defined" => {
                let paren = self.is_punct(self.pos, "(");
                self.pos += usize::from(paren);
                let name = match self.tokens.get(self.pos) {
                    Some(t) if t.kind == Kind::Ident => t.text(self.src),
                    _ => return Err("`defined` takes a name".into()),
                };
                self.pos += 1;
                if paren {
                    if !self.is_punct(self.pos, ")") {
                        return Err("missing `)`".into());
                    }
                    self.pos += 1;
                }
                let v = self.sem.defined(name);
                self.node(v)
            }
            (Kind::Ident, _) => {
                let call = self.is_punct(self.pos, "(");
                if call {
                    self.skip_arguments()?;
                }
                let v = self.sem.name(text, call);
                self.node(v)
            }
            _ => Err(format!("unexpected `{text}`")),
        }
    }

    /// Skips a call's balanced `( ... )`.
    fn skip_arguments(&mut self) -> Result<(), String> {
        let mut depth = 0usize;
        while let Some(t) = self.text(self.pos) {
            self.pos += 1;
            match t {
                "(" => depth += 1,
                ")" => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        Err("missing `)`".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Prints the tree with every node parenthesized.
    struct Show;

    impl Semantics for Show {
        type Value = String;
        fn number(&mut self, text: &str) -> Result<String, String> {
            Ok(text.to_string())
        }
        fn name(&mut self, name: &str, call: bool) -> Result<String, String> {
            Ok(if call { format!("{name}(..)") } else { name.to_string() })
        }
        fn defined(&mut self, name: &str) -> Result<String, String> {
            Ok(format!("defined({name})"))
        }
        fn prefix(&mut self, op: Prefix, v: String) -> Result<String, String> {
            Ok(format!("{op:?}({v})"))
        }
        fn infix(&mut self, op: Infix, a: String, b: String) -> Result<String, String> {
            Ok(format!("({a} {} {b})", op.symbol()))
        }
    }

    fn show(text: &str) -> Result<String, String> {
        parse(text, &mut Show)
    }

    #[test]
    fn c_precedence_and_two_character_operators() {
        assert_eq!(show("1 + 2 * x << 1").unwrap(), "((1 + (2 * x)) << 1)");
        assert_eq!(show("a || b && c == 1 < 2").unwrap(), "(a || (b && (c == (1 < 2))))");
        assert_eq!(show("a&1|b^c").unwrap(), "((a & 1) | (b ^ c))");
        assert_eq!(show("!defined X && defined(Y)").unwrap(), "(Not(defined(X)) && defined(Y))");
        assert_eq!(show("F(1, (2)) >= -~1").unwrap(), "(F(..) >= Neg(BitNot(1)))");
        // Characters of a two-character operator must touch.
        assert!(show("1 < < 2").is_err());
        assert_eq!(show("1 - -2 /* c */").unwrap(), "(1 - Neg(2))");
    }

    #[test]
    fn errors_and_bounds() {
        assert_eq!(show(""), Err("empty expression".into()));
        assert_eq!(show("(1"), Err("missing `)`".into()));
        assert_eq!(show("1 +"), Err("expression ends too early".into()));
        assert_eq!(show("1 2"), Err("unexpected `2` in `1 2`".into()));
        assert_eq!(show("F(1"), Err("missing `)`".into()));
        assert_eq!(show("defined(1)"), Err("`defined` takes a name".into()));
        assert!(show("\"a").unwrap_err().contains("unterminated string"));
        for deep in ["(".repeat(10_000), "1+".repeat(10_000), "-".repeat(10_000), "!".repeat(1000)] {
            assert!(show(&deep).unwrap_err().contains("longer than"), "{}", &deep[..10]);
        }
    }
}
