//! The uop manifest parser on arbitrary text: errors, never a panic or a hang. Paths in
//! the manifest resolve against the bundled sandbox folder, so valid bodies exist.
#![no_main]
use libfuzzer_sys::fuzz_target;
use tracefuse::definitions::UopLibrary;
use tracefuse::source::SourceText;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let src = SourceText { path: std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../uops/sandbox").join("fuzz.yaml"), text };
    let _ = UopLibrary::from_source(&src);
});
