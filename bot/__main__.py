"""Command line: `python -m bot serve` runs the gateway (gateway environment)."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("serve", help="run the gateway on OUTREACH_HOST:OUTREACH_PORT")
    args = parser.parse_args(argv)

    if args.command == "serve":
        from aiohttp import web

        from bot.gateway.app import create_app
        from bot.gateway.logs import AccessLogger, configure_logging
        from bot.gateway.settings import SettingsError, load_settings

        configure_logging()
        try:
            settings = load_settings()
        except SettingsError as error:
            print(f"Gateway settings: {error}", file=sys.stderr)
            return 2
        print(f"==> Gateway on http://{settings.host}:{settings.port}/ (open it in a browser)")
        web.run_app(
            create_app(settings),
            host=settings.host,
            port=settings.port,
            access_log_class=AccessLogger,
            print=None,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
