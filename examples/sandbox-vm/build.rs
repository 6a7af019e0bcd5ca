//! Builds the sandbox library's stencils into OUT_DIR with tracefuse's build-script API.

fn main() {
    let library = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../uops/sandbox");
    let opts = tracefuse::build_script::Options::from_env(library).unwrap_or_else(|e| panic!("{e}"));
    if let Err(e) = tracefuse::build_script::generate(&opts) {
        // A build error, with the file and line tracefuse names.
        panic!("tracefuse: {e}");
    }
    // The crate includes the stencils of the target it is built for.
    let triple = opts.targets.first().unwrap_or_else(|| panic!("tracefuse: no target"));
    println!("cargo:rustc-env=SANDBOX_VM_TARGET={triple}");
}
