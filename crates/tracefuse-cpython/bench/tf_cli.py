"""A small command-line tool's start-up, for `cargo xtask cpython startup` (written for
tracefuse): what most Python tools do before their real work — import argparse, logging
and pathlib, parse a command line, configure logging, look at a few paths — and then
print one line.

    python tf_cli.py [-v] [--log-format FMT] scan --root DIR [--include GLOB ...]
        [--exclude NAME ...] [--max-depth N] [--min-size BYTES] [--sort {name,size,mtime}]
        [--top N] [--json | --summary] PATH [PATH ...]

walks each PATH (relative to --root) down to --max-depth, keeps the files whose name
matches an --include pattern and none of whose parts is an --exclude name, stats them,
logs what it found (INFO with -v, DEBUG with -vv, on stderr) and prints one summary line
(or a JSON object with --json). As a recorder workload (`record.py --workload tf_cli`),
`tracefuse_workload()` runs the same command line on this checkout.
"""

import argparse
import logging
import pathlib
import sys

log = logging.getLogger("tf_cli")


def parser():
    p = argparse.ArgumentParser(
        prog="tf_cli",
        description="Summarize the files under a few paths of a source tree.",
        epilog="Example: tf_cli -v scan --root . --include '*.rs' --exclude target src",
    )
    p.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv: debug)")
    p.add_argument("--log-format", default="%(asctime)s %(levelname)-8s %(name)s: %(message)s",
                   help="logging format string")
    p.add_argument("--version", action="version", version="tf_cli 1.0")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    scan = sub.add_parser("scan", help="walk paths and summarize the files found")
    scan.add_argument("--root", type=pathlib.Path, required=True, help="the tree the paths are in")
    scan.add_argument("--include", action="append", default=[], metavar="GLOB",
                      help="file name pattern to keep (repeatable; default: every file)")
    scan.add_argument("--exclude", action="append", default=[], metavar="NAME",
                      help="skip any path with this part (repeatable)")
    scan.add_argument("--max-depth", type=int, default=3, metavar="N", help="levels below each path")
    scan.add_argument("--min-size", type=int, default=0, metavar="BYTES", help="skip smaller files")
    scan.add_argument("--sort", choices=("name", "size", "mtime"), default="size")
    scan.add_argument("--top", type=int, default=3, metavar="N", help="how many files to name")
    out = scan.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print a JSON object")
    out.add_argument("--summary", action="store_true", help="print one line (the default)")
    scan.add_argument("paths", nargs="+", metavar="PATH", help="paths under --root")
    sub.add_parser("version", help="print the version")
    return p


def configure_logging(verbose, fmt):
    level = logging.WARNING - 10 * min(verbose, 2)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(fmt, datefmt="%H:%M:%S"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)


def walk(base, depth, args, found):
    try:
        entries = sorted(base.iterdir())
    except OSError as e:
        log.warning("cannot list %s: %s", base, e)
        return
    for entry in entries:
        if entry.name in args.exclude:
            log.debug("excluded %s", entry)
            continue
        if entry.is_dir():
            if depth < args.max_depth:
                walk(entry, depth + 1, args, found)
            continue
        if args.include and not any(entry.match(g) for g in args.include):
            continue
        st = entry.stat()
        if st.st_size < args.min_size:
            continue
        found.append((entry.relative_to(args.root).as_posix(), st.st_size, st.st_mtime))


def scan(args):
    root = args.root.resolve()
    args.root = root
    found = []
    for p in args.paths:
        base = root / p
        if not base.exists():
            log.error("%s: no such path under %s", p, root)
            return 1
        before = len(found)
        walk(base, 0, args, found)
        log.info("%s: %d files", p, len(found) - before)
    key = {"name": lambda f: f[0], "size": lambda f: -f[1], "mtime": lambda f: -f[2]}[args.sort]
    found.sort(key=key)
    total = sum(size for _, size, _ in found)
    top = [name for name, _, _ in found[: args.top]]
    if args.json:
        import json

        print(json.dumps({"files": len(found), "bytes": total, "top": top}))
    else:
        print(f"{len(found)} files, {total / 1024:.1f} KiB under {len(args.paths)} paths; "
              f"by {args.sort}: {', '.join(top)}")
    return 0


def main(argv=None):
    args = parser().parse_args(argv)
    configure_logging(args.verbose, args.log_format)
    log.debug("arguments: %r", vars(args))
    if args.command == "version":
        print("tf_cli 1.0")
        return 0
    return scan(args)


def default_argv():
    """The command line `cargo xtask cpython startup` gives, on this checkout."""
    here = pathlib.Path(__file__).resolve()
    root = here.parents[3]
    return ["-v", "scan", "--root", str(root), "--include", "*.rs", "--include", "*.py",
            "--include", "*.md", "--exclude", "target", "--exclude", "__pycache__",
            "--max-depth", "2", "--sort", "size", "--top", "3",
            "xtask/src", "crates/tracefuse-cpython/bench", "docs"]


def tracefuse_workload(snapshot=None):
    # As a recorder workload: without -v, so no log lines.
    main([a for a in default_argv() if a != "-v"])
    if snapshot is not None:
        snapshot("tf_cli")


if __name__ == "__main__":
    sys.exit(main())
