"""Serve the feed tests' news site on 127.0.0.1, to try `briefing fetch` as a user.

    python bench/feed_server.py --port 8765 --opml /tmp/feeds.opml &
    export HOME=$(mktemp -d)            # a fresh user: no config, no cache, no data
    briefing feeds import /tmp/feeds.opml
    briefing fetch                      # twice: the second adds nothing
    briefing brief --all
    briefing feeds export

The site (tests/feed_site.py) has RSS 2.0, Atom (gzip), RSS 1.0, relative links, markup
and entities in titles, a wrong charset, a 404, a stalling feed, a redirect chain, a
redirect to file:, a 50 MB feed, and one wire story in two feeds. It never contacts
another address. Ctrl+C stops it.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from feed_site import FEEDS, Site


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument(
        "--opml", type=Path, help="write the site's feeds here, as newsboat exports them"
    )
    parser.add_argument("--stall", type=float, default=30.0, help="seconds the stalling feed waits")
    args = parser.parse_args()
    with Site(port=args.port, stall_seconds=args.stall) as site:
        if args.opml:
            args.opml.write_text(site.opml(), encoding="utf-8")
            print(f"wrote {args.opml}", flush=True)
        for name, path in FEEDS.items():
            print(f"{name:<16} {site.url(path)}", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
