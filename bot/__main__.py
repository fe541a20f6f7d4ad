"""Command line of the gateway environment.

    python -m bot migrate          create or upgrade the database (and the key files)
    python -m bot serve            run the gateway on OUTREACH_HOST:OUTREACH_PORT
    python -m bot staff add NAME   manage staff accounts (add, list, disable, reset)
    python -m bot rotate-keys      re-encrypt everything stored with the first Fernet key
"""

from __future__ import annotations

import argparse
import logging
import os
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("migrate", help="create or upgrade the database schema")
    commands.add_parser("serve", help="run the gateway on OUTREACH_HOST:OUTREACH_PORT")
    commands.add_parser(
        "rotate-keys", help="re-encrypt stored text with the first key of OUTREACH_FERNET_KEYS"
    )
    from bot.staff import cli as staff_cli

    staff_cli.add_arguments(commands.add_parser("staff", help="manage staff accounts"))
    args = parser.parse_args(argv)

    from bot.foundation.logs import configure_logging
    from common.settings import SettingsError, load_settings

    # The staff commands print their own answers; only problems are logged.
    configure_logging(logging.WARNING if args.command == "staff" else logging.INFO)
    try:
        settings = load_settings()
    except SettingsError as error:
        print(f"Gateway settings: {error}", file=sys.stderr)
        return 2

    if args.command == "staff":
        return staff_cli.main(args, settings)
    if args.command == "migrate":
        from bot.foundation.migrate import upgrade

        upgrade(settings.database_url)
        print(f"==> Database ready: {settings.log_safe_database_url}")
    elif args.command == "rotate-keys":
        import asyncio

        from bot.foundation.migrate import upgrade
        from bot.foundation.storage import Store

        upgrade(settings.database_url)

        async def rotate() -> int:
            store = Store.from_url(settings.database_url, settings.fernet_keys)
            try:
                # Rasa's own keys, if it has them, are rotated by engine.tracker_store.
                own = "OUTREACH_TRACKER_FERNET_KEYS" in os.environ
                return await store.rotate_keys(trackers=not own)
            finally:
                await store.close()

        count = asyncio.run(rotate())
        print(f"==> Re-encrypted {count} rows with the first key; older keys can now be removed.")
    elif args.command == "serve":
        import uvloop
        from aiohttp import web

        from bot.app import create_app
        from bot.foundation.logs import AccessLogger

        print(f"==> Gateway on http://{settings.host}:{settings.port}/ (open it in a browser)")
        web.run_app(
            create_app(settings),
            host=settings.host,
            port=settings.port,
            access_log_class=AccessLogger,
            print=None,
            loop=uvloop.new_event_loop(),  # libuv: less overhead per request than asyncio's
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
