//! The reader of recorded CPython executors (record.py's JSON) on arbitrary text: an
//! error naming the executor, never a panic. Seeded with the fixture's recording.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = tracefuse_cpython::record::parse(text);
    }
});
