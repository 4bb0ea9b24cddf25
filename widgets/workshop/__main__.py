"""``python -m widgets.workshop [--name NAME] [--host HOST] [--pool N] [--port P]`` (``make workshop``):
create a room, print what the trainer needs, and start the server on the local network.

Every start creates a new room (a morning and an afternoon group are two rooms); earlier rooms stay
and their trainer links keep working. ``--no-room`` starts the server without a new room.
"""

from __future__ import annotations

import argparse
import os
import sys


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m widgets.workshop", add_help=True)
    parser.add_argument("--name", default=os.environ.get("NAME") or "")
    parser.add_argument("--no-room", action="store_true", help="start the server without creating a room")
    opts, rest = parser.parse_known_args(argv if argv is not None else sys.argv[1:])

    from .. import serve
    from ..store import Store
    from .model import Workshop

    if not opts.no_room:
        from datetime import datetime

        name = opts.name or f"Darbnīca {datetime.now():%d.%m.%Y %H:%M}"
        room, key = Workshop(Store()).create_room(name)
        serve.ANNOUNCE.extend([
            "",
            "DARBNĪCA „" + room.name.replace("{", "{{").replace("}", "}}") + "”",
            "  Dalībnieki atver:      {address}join",
            f"  Telpas kods:           {room.code}",
            f"  Vadītāja saite:        {{address}}trainer/?key={key}",
            "  (Vadītāja saiti nedodiet dalībniekiem: ar to var redzēt visu atbildes.)",
        ])
    serve.main(rest)


if __name__ == "__main__":
    main()
