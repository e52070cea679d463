"""Declaring a subcommand: one call names it, gives it the global options and its function.

Every `cmd_*.register` builds its subcommands with `add_command`, so each one shares the
global options (`--db`, `--program`, `--user`, `--json`, `--lang`) the same way.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

# The --period option of the commands that default to the latest period with data.
PERIOD_HELP = "2024-H1, 2024-H2, 2024… (default: the latest with data)"


def add_command(
    sub: Any, common: argparse.ArgumentParser, name: str, func: Callable[..., int], help: str,
    **defaults: Any,
) -> argparse.ArgumentParser:  # fmt: skip
    """The subcommand `name` of `sub`, sharing the global options of `common` and running
    `func(ctx)`; `defaults` are further values its function reads from the arguments."""
    parser = sub.add_parser(name, parents=[common], help=help)
    parser.set_defaults(func=func, **defaults)
    return parser
