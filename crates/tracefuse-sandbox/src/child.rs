//! Running work in a forked child process, so that what crashes or hangs there is a
//! finding rather than the end of the caller: the random checker's shrink candidates and
//! the CLI's checks (a broken stencil, or a bug in a user's library runtime, can corrupt or
//! kill the process running it). The child sends *records* back through a pipe as it goes
//! (a tag byte, a length, the bytes), so the parent knows what it had done when it crashed.
//! Fork copies only the calling thread: callers must be their process's only thread (the
//! CLI), or run work that needs no lock another thread may hold.

use std::os::raw::c_int;
use std::time::{Duration, Instant};

/// One record a child sent: its tag and its bytes.
pub type Record = (u8, Vec<u8>);

/// The tag of the record a child that panicked sends last (its message).
const PANICKED: u8 = b'!';
/// The exit status of a child that panicked (after its [`PANICKED`] record).
const PANIC_STATUS: c_int = 101;
/// The exit status of a child that could not write to its pipe.
const PIPE_STATUS: c_int = 102;

/// How a forked child ended ([`child_run`]), with the records it sent.
#[derive(Debug, PartialEq)]
pub enum ChildOutcome {
    /// It finished.
    Finished(Vec<Record>),
    /// It crashed, panicked or exited on its own (how), after sending these.
    Ended(String, Vec<Record>),
    /// It ran longer than allowed and was killed, after sending these.
    TimedOut(Vec<Record>),
    /// No child could be made, or waited for (why).
    NotStarted(String),
}

/// The child's end of the pipe.
pub struct ChildPipe {
    fd: c_int,
}

impl ChildPipe {
    /// Sends one record; the parent has it even if the child crashes right after.
    pub fn send(&mut self, tag: u8, bytes: &[u8]) {
        let mut record = Vec::with_capacity(bytes.len() + 5);
        record.push(tag);
        record.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
        record.extend_from_slice(bytes);
        let mut at = 0;
        while at < record.len() {
            // SAFETY: writes the rest of `record` to this child's pipe.
            let n = unsafe { libc::write(self.fd, record[at..].as_ptr().cast(), record.len() - at) };
            if n > 0 {
                at += n as usize;
            } else if n < 0 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                continue;
            } else {
                // SAFETY: the parent is gone or the pipe broke: end the child at once.
                unsafe { libc::_exit(PIPE_STATUS) }
            }
        }
    }
}

/// The complete records in `bytes` (a record cut short by a crash is dropped).
fn records(bytes: &[u8]) -> Vec<Record> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(head) = bytes.get(at..at + 5) {
        let len = u32::from_le_bytes([head[1], head[2], head[3], head[4]]) as usize;
        let Some(body) = bytes.get(at + 5..at + 5 + len) else { break };
        out.push((head[0], body.to_vec()));
        at += 5 + len;
    }
    out
}

/// Runs `f` in a forked child process, which sends records through the [`ChildPipe`]
/// it is given, and waits at most `timeout` for it.
pub fn child_run(timeout: Duration, f: impl FnOnce(&mut ChildPipe)) -> ChildOutcome {
    let mut fds = [0; 2];
    // SAFETY: `fds` has room for the two descriptors; close-on-exec, so no program a
    // child or another thread starts keeps the write end (and the parent waiting).
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return ChildOutcome::NotStarted(std::io::Error::last_os_error().to_string());
    }
    let [read_fd, write_fd] = fds;
    // SAFETY: the child runs `f`, sends what it sends and leaves with `_exit`, running
    // no destructors or exit handlers of the parent.
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
        let mut pipe = ChildPipe { fd: write_fd };
        let done = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(&mut pipe)));
        if let Err(payload) = done {
            let message = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            pipe.send(PANICKED, message.as_bytes());
            // SAFETY: ends the child at once.
            unsafe { libc::_exit(PANIC_STATUS) }
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
    let start = Instant::now();
    let mut bytes = Vec::new();
    let mut buf = [0u8; 65536];
    let mut status = 0;
    let mut reaped = false;
    // Drains what the child wrote, so a long answer never blocks it on a full pipe.
    let mut drain = |bytes: &mut Vec<u8>| loop {
        // SAFETY: reads into `buf` from our own pipe.
        let n = unsafe { libc::read(read_fd, buf.as_mut_ptr().cast(), buf.len()) };
        if n <= 0 {
            break;
        }
        bytes.extend_from_slice(&buf[..n as usize]);
    };
    let failure = loop {
        drain(&mut bytes);
        // SAFETY: waits for our own child.
        let r = unsafe { libc::waitpid(pid, &mut status, libc::WNOHANG) };
        if r == pid {
            // Everything it wrote is in the pipe now (whoever else holds the write end).
            reaped = true;
            drain(&mut bytes);
            break None;
        }
        if r < 0 {
            break Some(format!("cannot wait for the child: {}", std::io::Error::last_os_error()));
        }
        if start.elapsed() > timeout {
            break Some(String::new());
        }
        std::thread::sleep(Duration::from_millis(1));
    };
    if !reaped {
        // SAFETY: kills and reaps our own child.
        unsafe {
            libc::kill(pid, libc::SIGKILL);
            libc::waitpid(pid, &mut status, 0);
        }
    }
    // SAFETY: closes our read end.
    unsafe { libc::close(read_fd) };
    let sent = records(&bytes);
    match failure {
        Some(why) if why.is_empty() => return ChildOutcome::TimedOut(sent),
        Some(why) => return ChildOutcome::NotStarted(why),
        None => {}
    }
    if libc::WIFSIGNALED(status) {
        return ChildOutcome::Ended(format!("killed by signal {}", libc::WTERMSIG(status)), sent);
    }
    let code = libc::WEXITSTATUS(status);
    match sent.last() {
        _ if code == 0 => ChildOutcome::Finished(sent),
        Some((PANICKED, message)) if code == PANIC_STATUS => {
            let how = format!("it panicked: {}", String::from_utf8_lossy(message));
            ChildOutcome::Ended(how, sent[..sent.len() - 1].to_vec())
        }
        _ => ChildOutcome::Ended(format!("exit status {code}"), sent),
    }
}

/// Runs `f` in a forked child process and returns its answer; `None` when the child
/// crashed, panicked, ran longer than `timeout` (it is killed) or could not be started.
pub fn in_child(timeout: Duration, f: impl FnOnce() -> bool) -> Option<bool> {
    match child_run(timeout, |pipe| pipe.send(b'A', &[f() as u8])) {
        ChildOutcome::Finished(sent) => sent.first().map(|(_, answer)| answer == &[1]),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_child_that_crashes_or_hangs_gives_no_answer() {
        let t = Duration::from_secs(5);
        assert_eq!(in_child(t, || true), Some(true));
        assert_eq!(in_child(t, || false), Some(false));
        // SAFETY: ends the child as a crash would.
        assert_eq!(in_child(t, || unsafe { libc::abort() }), None);
        let short = Duration::from_millis(200);
        assert_eq!(
            in_child(short, || loop {
                std::thread::sleep(Duration::from_millis(10))
            }),
            None
        );
    }

    #[test]
    fn a_child_gives_back_what_it_sent_and_how_it_ended() {
        let t = Duration::from_secs(20);
        // More than a pipe holds: the parent reads while the child writes.
        let big: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
        let sent = vec![(b'x', big.clone()), (b'y', Vec::new()), (0, b"\0O\0E".to_vec())];
        let send_all = |pipe: &mut ChildPipe| {
            for (tag, bytes) in &sent {
                pipe.send(*tag, bytes);
            }
        };
        assert_eq!(child_run(t, send_all), ChildOutcome::Finished(sent.clone()));
        assert_eq!(child_run(t, |_| {}), ChildOutcome::Finished(Vec::new()));
        // What it sent before it crashed, panicked, exited or hung is kept.
        let first = |pipe: &mut ChildPipe| pipe.send(b'M', b"stitched");
        let kept = vec![(b'M', b"stitched".to_vec())];
        assert_eq!(
            child_run(t, |p| {
                first(p);
                // SAFETY: ends the child as a crash would.
                unsafe { libc::abort() }
            }),
            ChildOutcome::Ended("killed by signal 6".into(), kept.clone())
        );
        assert_eq!(
            child_run(t, |p| {
                first(p);
                panic!("boom")
            }),
            ChildOutcome::Ended("it panicked: boom".into(), kept.clone())
        );
        assert_eq!(
            child_run(t, |p| {
                first(p);
                // SAFETY: ends the child as a library calling exit(101) would.
                unsafe { libc::_exit(101) }
            }),
            ChildOutcome::Ended("exit status 101".into(), kept.clone())
        );
        let short = Duration::from_millis(200);
        assert_eq!(
            child_run(short, |p| {
                first(p);
                loop {
                    std::thread::sleep(Duration::from_millis(10))
                }
            }),
            ChildOutcome::TimedOut(kept)
        );
    }

    #[test]
    fn a_child_that_leaves_a_process_holding_the_pipe_is_not_waited_for() {
        // A grandchild that outlives the child holding the pipe's write end (a runtime
        // forking) must not keep the parent waiting: once the child is reaped, what it
        // wrote is all in the pipe. (The pipe is also close-on-exec, for programs started.)
        let start = Instant::now();
        let outcome = child_run(Duration::from_secs(20), |p| {
            p.send(b'A', b"done");
            // SAFETY: the grandchild only sleeps and leaves with `_exit`.
            if unsafe { libc::fork() } == 0 {
                std::thread::sleep(Duration::from_secs(5));
                // SAFETY: ends the grandchild at once.
                unsafe { libc::_exit(0) }
            }
        });
        assert_eq!(outcome, ChildOutcome::Finished(vec![(b'A', b"done".to_vec())]));
        assert!(start.elapsed() < Duration::from_secs(4), "waited {:?}", start.elapsed());
    }
}
