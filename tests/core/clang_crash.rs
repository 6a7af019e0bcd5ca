//! clang dying by a signal on a body is an error that says so and names the uop (clang
//! runs as a subprocess, so tracefuse itself survives it).

use crate::common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use tracefuse::bodies::BodyCompiler;
use tracefuse::definitions::UopLibrary;

#[test]
fn clang_crashing_on_a_body_is_reported_naming_the_uop() {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("clang-crash");
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).unwrap();
    let real = BodyCompiler::new(&tmp.join("cache")).unwrap();
    // A clang that crashes (SIGSEGV) on one body and is the real clang otherwise.
    let wrapper = tmp.join("crashing-clang");
    std::fs::write(
        &wrapper,
        format!(
            "#!/bin/sh\nfor a in \"$@\"; do case \"$a\" in *_SWAP.c) kill -SEGV $$;; esac; done\nexec '{}' \"$@\"\n",
            real.clang.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755)).unwrap();
    let compiler = BodyCompiler { clang: wrapper, ..real };
    let lib = UopLibrary::load(&common::example_library()).unwrap();
    let err = compiler.compile_library(&lib, "x86_64-unknown-linux-gnu").unwrap_err().to_string();
    assert!(err.contains("clang crashed (signal 11) compiling the body of uop _SWAP"), "{err}");
    assert!(err.contains("_SWAP.c"), "the error names the body's file: {err}");
}
