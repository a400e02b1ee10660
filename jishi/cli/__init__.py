"""The `jishi` command: thin subcommands, each wrapping a plain function.

Each module in COMMANDS defines `register(subparsers)`, adding its parser with
`set_defaults(run=function)`; `run(args)` returns the exit status.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from jishi import __version__

COMMANDS = ["jishi.cli.code", "jishi.cli.evaluate", "jishi.cli.actors", "jishi.cli.serve", "jishi.cli.store"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="jishi", description="纪事 jishi: political event data from Chinese text")
    parser.add_argument("--version", action="version", version=f"jishi {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(name).register(sub)
    return parser


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        return args.run(args)
    except BrokenPipeError:  # `jishi code … | head`
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
