//! Progress for long stages (compiling a large library's bodies takes a minute): a status
//! line on stderr naming the stage and the seconds so far, redrawn in place, and cleared
//! when the stage ends. Only when stderr is a terminal, so piped output and logs stay
//! clean; `TRACEFUSE_PROGRESS=1` prints a line as each stage starts and ends instead
//! (for logs, and for tests).

use std::io::{IsTerminal, Write};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long a stage runs before its line is drawn (short stages draw nothing).
const FIRST_DRAW: Duration = Duration::from_secs(1);
/// How often the line is redrawn.
const REDRAW: Duration = Duration::from_millis(250);

/// Runs `work` as the stage `what` ("compiling 400 uop bodies for x86_64-..."), showing
/// progress. The redrawing thread has ended when this returns (the check forks children
/// afterwards, which needs a process with one thread).
pub(crate) fn stage<T>(what: &str, work: impl FnOnce() -> T) -> T {
    if std::env::var_os("TRACEFUSE_PROGRESS").is_some_and(|v| v == "1") {
        eprintln!("{what} ...");
        let start = Instant::now();
        let result = work();
        eprintln!("{what}: done in {:.1} s", start.elapsed().as_secs_f64());
        return result;
    }
    if !std::io::stderr().is_terminal() {
        return work();
    }
    let (done, finished) = mpsc::channel::<()>();
    std::thread::scope(|s| {
        s.spawn(move || {
            let start = Instant::now();
            let mut drawn = false;
            let mut wait = FIRST_DRAW;
            while let Err(mpsc::RecvTimeoutError::Timeout) = finished.recv_timeout(wait) {
                let line = status_line(what, start.elapsed());
                let _ = write!(std::io::stderr(), "\r{line}\x1b[K");
                drawn = true;
                wait = REDRAW;
            }
            if drawn {
                let _ = write!(std::io::stderr(), "\r\x1b[K");
            }
        });
        let result = work();
        // The receiver is alive until the thread sees this and ends.
        let _ = done.send(());
        result
    })
}

/// The status line: the stage and whole seconds so far.
fn status_line(what: &str, elapsed: Duration) -> String {
    format!("{what} ... {} s", elapsed.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_status_line_names_the_stage_and_the_time() {
        assert_eq!(
            status_line("compiling 3 uop bodies for x", Duration::from_millis(12_400)),
            "compiling 3 uop bodies for x ... 12 s"
        );
    }
}
