"""`python -m bot staff ...`: manage staff accounts from the server's shell.

Messages are in Swedish: the people who run this are the service's staff.
An admin account needs a second factor: `add NAME --role admin --totp`, or
`totp NAME` for an account made before that was required.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from typing import Optional

from bot.foundation import migrate
from bot.foundation.accounts import ADMIN_NEEDS_TOTP, Role, StaffError, StaffStore
from bot.foundation.passwords import MIN_LENGTH, WeakPassword
from bot.foundation.storage import Store
from common.settings import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="staff_command", required=True)
    add = actions.add_parser("add", help="skapa ett konto (lösenord från prompt eller stdin)")
    add.add_argument("name")
    add.add_argument("--role", choices=[r.value for r in Role], default=Role.WORKER.value)
    add.add_argument(
        "--totp", action="store_true", help="kräv en engångskod (TOTP); krävs för admin"
    )
    actions.add_parser("list", help="visa alla konton")
    disable = actions.add_parser("disable", help="stäng av ett konto")
    disable.add_argument("name")
    reset = actions.add_parser("reset", help="nytt lösenord (kontot aktiveras igen)")
    reset.add_argument("name")
    totp = actions.add_parser(
        "totp", help="ny engångskod (TOTP) för ett konto; skriver ut länken till appen"
    )
    totp.add_argument("name")


def read_password() -> str:
    """From a prompt, asked twice; or one line from stdin when it is not a terminal."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(f"Lösenord (minst {MIN_LENGTH} tecken): ")
    if getpass.getpass("Samma lösenord igen: ") != first:
        raise StaffError("lösenorden är inte lika")
    return first


async def _run(args: argparse.Namespace, settings: Settings) -> Optional[str]:
    store = Store.from_url(settings.database_url, settings.fernet_keys)
    staff = StaffStore(store.engine, settings.fernet_keys)
    try:
        if args.staff_command == "add":
            if Role(args.role) is Role.ADMIN and not args.totp:
                raise StaffError(ADMIN_NEEDS_TOTP)  # before asking for a password
            uri = await staff.add(args.name, read_password(), Role(args.role), totp=args.totp)
            message = f"Kontot {args.name} ({args.role}) är skapat."
            if uri:
                message += f"\nLägg in engångskoden i en autentiseringsapp: {uri}"
            return message
        if args.staff_command == "list":
            lines = [
                f"{m.name:24} {m.role.value:7} {'avstängt' if m.disabled else 'aktivt':9}"
                f" {'TOTP' if m.has_totp else ''}"
                + (
                    f"  kan inte logga in: kör `staff totp {m.name}`"
                    if m.role is Role.ADMIN and not m.has_totp
                    else ""
                )
                for m in await staff.list()
            ]
            return "\n".join(lines) or "Det finns inga konton ännu."
        if args.staff_command == "totp":
            uri = await staff.add_totp(args.name)
            return (
                f"Kontot {args.name} kräver nu en engångskod; en tidigare koppling i en app"
                f" slutar gälla.\nLägg in den i en autentiseringsapp: {uri}"
            )
        if args.staff_command == "disable":
            await staff.disable(args.name)
            return f"Kontot {args.name} är avstängt."
        await staff.reset(args.name, read_password())
        return f"Kontot {args.name} har ett nytt lösenord."
    finally:
        await store.close()


def main(args: argparse.Namespace, settings: Settings) -> int:
    migrate.upgrade(settings.database_url)
    try:
        print(asyncio.run(_run(args, settings)))
    except (StaffError, WeakPassword) as error:
        print(f"Det gick inte: {error}", file=sys.stderr)
        return 1
    return 0
