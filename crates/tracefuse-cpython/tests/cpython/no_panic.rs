//! Malformed input of every kind gives an error or a result, never a panic or a stack
//! overflow: deterministic mutations and truncations of each fixture file run through
//! every parser and the whole join, plus pathological nesting. (A fuzzer can drive the same
//! entry points: they all take `&str`.)

use crate::common;

use std::path::PathBuf;
use tracefuse_cpython::metadata::{
    parse_flag_defs, parse_macro_expansions, parse_opcode_ids, parse_stack_effect_fn, parse_uop_ids,
    parse_uop_metadata, FlagDefs,
};
use tracefuse_cpython::{
    parse_executor_file, parse_py_version, CpythonTree, Expr, MetadataSources, Source, TreeSources,
    EXECUTOR_CASES_C_H, OPCODE_IDS_H, OPCODE_METADATA_H, PATCHLEVEL_H, UOP_IDS_H, UOP_METADATA_H,
};

const FILES: [&str; 6] =
    [PATCHLEVEL_H, EXECUTOR_CASES_C_H, OPCODE_IDS_H, UOP_IDS_H, OPCODE_METADATA_H, UOP_METADATA_H];

/// Text fragments that matter to the parsers.
const PIECES: [&str; 24] = [
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ";",
    ":",
    "#",
    "\n",
    "\"",
    "'",
    "/*",
    "*/",
    "//",
    "\\",
    "case _X: {",
    "#if TIER_ONE\n",
    "#endif\n",
    "stack_pointer += ",
    "oparg",
    "HAS_ARG_FLAG",
    " | ",
    "return -",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn mutate(rng: &mut Rng, text: &str) -> String {
    let mut s = text.to_string();
    for _ in 0..1 + rng.below(3) {
        let a = boundary(&s, rng.below(s.len() + 1));
        let b = boundary(&s, a + rng.below(40));
        match rng.below(5) {
            0 => s.replace_range(a..b, ""),
            1 => s.insert_str(a, PIECES[rng.below(PIECES.len())]),
            2 => {
                let dup = s[a..b].to_string();
                s.insert_str(b, &dup);
            }
            3 => s.truncate(a),
            _ => s.replace_range(a..b, PIECES[rng.below(PIECES.len())]),
        }
    }
    s
}

fn texts() -> Vec<String> {
    FILES.iter().map(|f| std::fs::read_to_string(common::fixture().join(f)).unwrap()).collect()
}

/// Runs every entry point on the files, with `files[i]` replaced.
fn run_all(files: &[String]) {
    let [pl, ec, oi, ui, om, um] = files else { unreachable!() };
    let _ = parse_py_version("pl", pl);
    let _ = parse_executor_file("ec", ec);
    let ops = parse_opcode_ids("oi", oi).unwrap_or_default();
    let _ = parse_uop_ids("ui", ui, &ops);
    let defs = parse_flag_defs("om", om).unwrap_or_else(|_| FlagDefs::default());
    let _ = parse_macro_expansions("om", om);
    let _ = parse_uop_metadata("um", um, &defs);
    let _ = parse_stack_effect_fn("um", um, "_PyUop_num_pushed");
    let src = |file, text| Source { file, text };
    let sources = TreeSources {
        patchlevel: src("pl", pl),
        executor_cases: src("ec", ec),
        metadata: MetadataSources {
            opcode_ids: src("oi", oi),
            uop_ids: src("ui", ui),
            opcode_metadata: src("om", om),
            uop_metadata: src("um", um),
        },
    };
    if let Ok(tree) = CpythonTree::from_sources(PathBuf::from("t"), None, &sources) {
        for u in &tree.uops {
            let _ = u.num_pushed(3);
            let _ = u.case.stack_adjustment.as_ref().map(|e| e.to_string());
        }
    }
}

#[test]
fn mutations_never_panic() {
    let base = texts();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for round in 0..2000 {
        let i = round % FILES.len();
        let mut files = base.clone();
        files[i] = mutate(&mut rng, &base[i]);
        run_all(&files);
    }
}

#[test]
fn truncations_never_panic() {
    let base = texts();
    for (i, text) in base.iter().enumerate() {
        for cut in (0..=text.len()).step_by(5).filter(|c| text.is_char_boundary(*c)) {
            let mut files = base.clone();
            files[i] = text[..cut].to_string();
            run_all(&files);
        }
    }
}

#[test]
fn pathological_nesting() {
    let deep_braces = format!("case _A: {{\n{}\n{}\n}}\n", "{".repeat(100_000), "}".repeat(100_000));
    let c = parse_executor_file("d", &deep_braces).unwrap();
    assert_eq!(c.cases[0].stack_adjustment, None, "too deep to follow");
    let deep_parens = format!("case _A: {{ assert({}); break; }}", "(".repeat(100_000));
    assert!(parse_executor_file("d", &deep_parens).is_ok());
    let long_sum = format!("case _A: {{ {} break; }}", "stack_pointer += (oparg & 1);".repeat(10_000));
    assert_eq!(parse_executor_file("d", &long_sum).unwrap().cases[0].stack_adjustment, None);
    let deep_if = format!("case _A: {{\n{}\nbreak; }}\n#endif", "#if (((((((((".repeat(2000));
    assert!(parse_executor_file("d", &deep_if).is_err());
    let guard = format!("#if {}1\n#endif\n", "!(".repeat(50_000));
    assert!(parse_executor_file("d", &guard).is_ok());
    for text in ["(".repeat(100_000), "-".repeat(100_000), "1+".repeat(100_000), "~(".repeat(50_000)] {
        assert!(Expr::parse(&text).is_err());
    }
    let switch = format!(
        "int _PyUop_num_popped(int opcode, int oparg)\n{{\n    switch(opcode) {{\n        case _A:\n            return {};\n",
        "(".repeat(100_000)
    );
    assert!(parse_stack_effect_fn("s", &switch, "_PyUop_num_popped").is_err());
}

#[test]
fn real_tree_mutations_never_panic() {
    let Some(dir) = std::env::var_os("TRACEFUSE_CPYTHON").filter(|d| !d.is_empty()) else {
        println!("skipped: set TRACEFUSE_CPYTHON");
        return;
    };
    let dir = PathBuf::from(dir);
    let base: Vec<String> = FILES.iter().map(|f| std::fs::read_to_string(dir.join(f)).unwrap()).collect();
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    for round in 0..40 {
        let i = round % FILES.len();
        let mut files = base.clone();
        files[i] = mutate(&mut rng, &base[i]);
        run_all(&files);
    }
}
