//! The files this crate writes are the core's schemas, and read back as what it built:
//! the fixture's `uops.yaml` as the manifest the import made, and the trace files of both
//! fixture recordings as the traces the converter made (validated by the core over that
//! library, then turned back into the schema).

use crate::common;

use std::path::Path;
use tracefuse::definitions::schema::Manifest;
use tracefuse::definitions::UopLibrary;
use tracefuse::traces::TraceSet;
use tracefuse_cpython::{import, record, CpythonTree};

#[test]
fn the_imported_manifest_reads_back_as_written() {
    let tree = CpythonTree::open(common::fixture()).unwrap_or_else(|e| panic!("{e}"));
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("schemas-library");
    let report = import(&tree, &out).unwrap_or_else(|e| panic!("{e}"));
    let text = std::fs::read_to_string(&report.manifest).unwrap();
    let written: Manifest = serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    let lib = UopLibrary::load(&report.manifest).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(lib.to_manifest(), written);
    assert_eq!(lib.uops.len(), report.uops.len());
}

#[test]
fn recorded_traces_read_back_as_converted() {
    let tree = CpythonTree::open(common::fixture()).unwrap_or_else(|e| panic!("{e}"));
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let report = import(&tree, &tmp.join("schemas-traces-library")).unwrap_or_else(|e| panic!("{e}"));
    let lib = UopLibrary::load(&report.manifest).unwrap_or_else(|e| panic!("{e}"));
    for name in ["recording.json", "recording-call.json"] {
        let rec = record::read(&common::fixture().join(name)).unwrap_or_else(|e| panic!("{e}"));
        let mut conv = record::convert(&rec, &tree, name).unwrap_or_else(|e| panic!("{e}"));
        let dir = tmp.join(format!("schemas-{name}"));
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(record::check(&mut conv, &lib, &dir).unwrap(), 0, "{name}");
        record::write(&conv, &dir).unwrap();
        let set = TraceSet::load_dir(&dir, &lib).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(set.traces.len(), conv.traces.len(), "{name}");
        for t in &conv.traces {
            let (_, read) = set.get(&t.name).unwrap_or_else(|| panic!("{name}: {} not read", t.name));
            assert_eq!(read.to_file(&lib), t.file, "{name}: {}", t.name);
            assert_eq!(read.stubs_from, t.main);
        }
    }
}
