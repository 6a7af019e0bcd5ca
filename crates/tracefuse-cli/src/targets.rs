//! `tracefuse targets`: the target descriptions compiled into this tracefuse, one line
//! each (triple, CPU, object format, page size), the host's marked; `--host` prints only
//! the triple of the machine tracefuse runs on, for scripts (`cargo xtask cpython build`).

use tracefuse::target::{all_triples, host, Target};
use tracefuse::Result;

pub(crate) fn targets(host_only: bool) -> Result<bool> {
    let here = host()?;
    if host_only {
        println!("{here}");
        return Ok(true);
    }
    for triple in all_triples()? {
        let t = Target::by_triple(&triple)?;
        println!(
            "{:<28} cpu {:<10} {:<6} page {:>5}{}",
            t.triple,
            t.cpu,
            format!("{:?}", t.object_format).to_lowercase(),
            t.page_size,
            if triple == here { "  (this machine)" } else { "" }
        );
    }
    Ok(true)
}
