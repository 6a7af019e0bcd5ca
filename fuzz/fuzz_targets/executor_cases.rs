//! The CPython executor-case parser on arbitrary text: an error naming file and line,
//! never a panic or a hang. Seeded with the fixture's `executor_cases.c.h`.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = tracefuse_cpython::parse_executor_file("executor_cases.c.h", text);
    }
});
