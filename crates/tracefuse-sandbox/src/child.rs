//! Running work in a forked child process, so that what crashes or hangs there is a
//! finding rather than the end of the caller: the random checker's shrink candidates and
//! the CLI's checks (a broken stencil, or a bug in a user's library runtime, can corrupt or
//! kill the process running it). The answer comes back through a pipe. Fork copies only
//! the calling thread: callers must be their process's only thread (the CLI), or run work
//! that needs no lock another thread may hold.

/// How a forked child ended ([`child_output`]).
#[derive(Debug, PartialEq)]
pub enum ChildOutcome {
    /// It finished and wrote this.
    Output(Vec<u8>),
    /// It crashed, panicked or exited on its own (how).
    Ended(String),
    /// It ran longer than allowed and was killed.
    TimedOut,
    /// No child could be made (why).
    NotStarted(String),
}

/// Runs `f` in a forked child process and returns the bytes it gives, passed back through
/// a pipe. Fork copies only the calling thread: the caller must be the process's only
/// thread (or `f` must need no lock another thread may hold), as in the CLI.
pub fn child_output(timeout: std::time::Duration, f: impl FnOnce() -> Vec<u8>) -> ChildOutcome {
    let mut fds = [0; 2];
    // SAFETY: `fds` has room for the two descriptors.
    if unsafe { libc::pipe(fds.as_mut_ptr()) } != 0 {
        return ChildOutcome::NotStarted(std::io::Error::last_os_error().to_string());
    }
    let [read_fd, write_fd] = fds;
    // SAFETY: the child runs `f`, writes its answer and leaves with `_exit`, running no
    // destructors or exit handlers of the parent.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        let e = std::io::Error::last_os_error().to_string();
        // SAFETY: closes the pipe this function made.
        unsafe {
            libc::close(read_fd);
            libc::close(write_fd);
        }
        return ChildOutcome::NotStarted(e);
    }
    if pid == 0 {
        // SAFETY: the child's copy of the read end.
        unsafe { libc::close(read_fd) };
        let Ok(out) = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) else {
            // SAFETY: ends the child at once.
            unsafe { libc::_exit(101) }
        };
        let mut at = 0;
        while at < out.len() {
            // SAFETY: writes the rest of `out` to the pipe.
            let n = unsafe { libc::write(write_fd, out[at..].as_ptr().cast(), out.len() - at) };
            if n <= 0 {
                // SAFETY: ends the child at once.
                unsafe { libc::_exit(102) }
            }
            at += n as usize;
        }
        // SAFETY: ends the child at once.
        unsafe { libc::_exit(0) }
    }
    // SAFETY: the parent's copy of the write end (so the read end sees the child's EOF),
    // and the read end made non-blocking so waiting can also watch the time.
    unsafe {
        libc::close(write_fd);
        libc::fcntl(read_fd, libc::F_SETFL, libc::fcntl(read_fd, libc::F_GETFL) | libc::O_NONBLOCK);
    }
    let start = std::time::Instant::now();
    let mut out = Vec::new();
    let mut buf = [0u8; 65536];
    let mut status = 0;
    let mut exited = false;
    let outcome = loop {
        // Drain what the child wrote, so a long answer never blocks it on a full pipe.
        // SAFETY: reads into `buf` from our own pipe.
        let n = unsafe { libc::read(read_fd, buf.as_mut_ptr().cast(), buf.len()) };
        if n > 0 {
            out.extend_from_slice(&buf[..n as usize]);
            continue;
        }
        if n == 0 && exited {
            break None;
        }
        if !exited {
            // SAFETY: waits for our own child.
            let r = unsafe { libc::waitpid(pid, &mut status, libc::WNOHANG) };
            if r == pid {
                // Read on to the end of the pipe.
                exited = true;
                continue;
            }
            if r < 0 || start.elapsed() > timeout {
                // SAFETY: kills and reaps our own child.
                unsafe {
                    libc::kill(pid, libc::SIGKILL);
                    libc::waitpid(pid, &mut status, 0);
                }
                break Some(ChildOutcome::TimedOut);
            }
        }
        std::thread::sleep(std::time::Duration::from_millis(1));
    };
    // SAFETY: closes our read end.
    unsafe { libc::close(read_fd) };
    if let Some(o) = outcome {
        return o;
    }
    if libc::WIFSIGNALED(status) {
        return ChildOutcome::Ended(format!("killed by signal {}", libc::WTERMSIG(status)));
    }
    match libc::WEXITSTATUS(status) {
        0 => ChildOutcome::Output(out),
        101 => ChildOutcome::Ended("it panicked".into()),
        code => ChildOutcome::Ended(format!("exit status {code}")),
    }
}

/// Runs `f` in a forked child process and returns its answer; `None` when the child
/// crashed, panicked, ran longer than `timeout` (it is killed) or could not be started.
pub fn in_child(timeout: std::time::Duration, f: impl FnOnce() -> bool) -> Option<bool> {
    match child_output(timeout, || vec![f() as u8]) {
        ChildOutcome::Output(v) => v.first().map(|&b| b == 1),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_child_that_crashes_or_hangs_gives_no_answer() {
        let t = std::time::Duration::from_secs(5);
        assert_eq!(in_child(t, || true), Some(true));
        assert_eq!(in_child(t, || false), Some(false));
        // SAFETY: ends the child as a crash would.
        assert_eq!(in_child(t, || unsafe { libc::abort() }), None);
        let short = std::time::Duration::from_millis(200);
        assert_eq!(
            in_child(short, || loop {
                std::thread::sleep(std::time::Duration::from_millis(10))
            }),
            None
        );
    }

    #[test]
    fn a_child_gives_back_what_it_wrote_or_how_it_ended() {
        let t = std::time::Duration::from_secs(20);
        // More than a pipe holds: the parent reads while the child writes.
        let big: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
        assert_eq!(child_output(t, || big.clone()), ChildOutcome::Output(big.clone()));
        assert_eq!(child_output(t, Vec::new), ChildOutcome::Output(Vec::new()));
        // SAFETY: ends the child as a crash would.
        assert_eq!(
            child_output(t, || unsafe { libc::abort() }),
            ChildOutcome::Ended("killed by signal 6".into())
        );
        assert_eq!(child_output(t, || panic!("boom")), ChildOutcome::Ended("it panicked".into()));
        let short = std::time::Duration::from_millis(200);
        assert_eq!(
            child_output(short, || loop {
                std::thread::sleep(std::time::Duration::from_millis(10))
            }),
            ChildOutcome::TimedOut
        );
    }
}
