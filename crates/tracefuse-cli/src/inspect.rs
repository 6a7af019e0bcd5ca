//! `tracefuse inspect`: one stencil's listing with its holes (a fused trace, a uop's
//! per-uop stencil or `_END`), and for a fused trace the members of its trace tree and
//! what allocation sinking and release elimination did to it.

use crate::options::{Build, Inputs};
use tracefuse::bodies::BodyCompiler;
use tracefuse::target::Target;
use tracefuse::writers;
use tracefuse_runtime::{Error, Result};

pub(crate) fn inspect(name: &str, inputs: &Inputs, build: &Build, triple: Option<&str>) -> Result<bool> {
    let l = inputs.load()?;
    let target = match triple {
        Some(triple) => Target::by_triple(triple)?,
        None => Target::for_host()?,
    };
    let stencils = build.stencils(inputs, &l, &target)?;
    let key = name.strip_prefix("trace:").unwrap_or(name);
    let stencil = if name == tracefuse::plan::END {
        &stencils.end
    } else if let Some((i, _)) = l.set.get(key) {
        &stencils.fused[i].stencil
    } else {
        stencils.uops.get(name).ok_or_else(|| {
            Error::new(format!("no stencil `{name}`"))
                .help("name a trace (`trace:NAME` or NAME), a uop used by the traces, or _END")
        })?
    };
    print!("{}", writers::listing(stencil, &target)?);
    if let Some((i, _)) = l.set.get(key).filter(|_| name != tracefuse::plan::END) {
        let members = &stencils.fused[i].members;
        if !members.is_empty() {
            let list: Vec<String> =
                members.iter().map(|m| format!("{} from instruction {}", m.trace, m.start)).collect();
            println!("# trace tree: {} holds {}", l.set.traces[i].name, list.join(", "));
        }
        // What the frame slots, allocation sinking and release elimination did to this
        // trace (built again in this process: the stencil above came from a build worker).
        let pipeline = build.pipeline();
        let plan = tracefuse::plan::fused_plan(&l.lib, &l.set, i, &pipeline);
        if plan.sink.is_some() || plan.releases.is_some() || plan.frame_slots.is_some() {
            let bc = BodyCompiler::new(&inputs.cache)?.compile_library(&l.lib, &target.triple)?;
            let machine = target.machine()?;
            let target_build =
                tracefuse::pipeline::Build { lib: &l.lib, target: &target, pipeline: &pipeline };
            let r = tracefuse::pipeline::pass_report(&target_build, &bc, &machine, &plan)?;
            if r.slots.slots > 0 || r.slots.stack_pointer_loads > 0 {
                println!(
                    "# frame slots: {} kept in registers, written back or read again at {} places, {} reads of the saved stack pointer forwarded",
                    r.slots.slots, r.slots.syncs, r.slots.stack_pointer_loads
                );
            }
            if let Some(why) = &r.slots.declined {
                println!("# frame slots declined: {why}");
            }
            if plan.sink.is_some() {
                println!(
                    "# allocation sinking: {} constructor calls removed, {} placed where boxes escape",
                    r.sink.sunk, r.sink.materialized
                );
                for why in &r.sink.declined {
                    println!("# allocation sinking declined: {why}");
                }
                for why in &r.sink.kept {
                    println!("# allocation sinking kept: {why}");
                }
            }
            if plan.releases.is_some() {
                println!(
                    "# release elimination: {} releases proved dead, {} kept",
                    r.releases.removed, r.releases.kept
                );
            }
            if plan.cancel.is_some() {
                println!(
                    "# updates that cancel: {} increment/decrement pairs removed, {} increments placed on the ways out",
                    r.cancel.pairs, r.cancel.compensations
                );
            }
        }
    }
    Ok(true)
}
