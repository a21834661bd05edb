"""Serve a built site on 127.0.0.1 with the content types Pagefind needs."""

from __future__ import annotations

import functools
import http.server
from pathlib import Path


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".pagefind": "application/octet-stream",
        ".pf_meta": "application/octet-stream",
        ".pf_index": "application/octet-stream",
        ".pf_fragment": "application/octet-stream",
        ".js": "text/javascript",
    }

    def log_message(self, format: str, *args) -> None:  # keep the console for the build's own messages
        pass


def make_server(site_dir: Path, port: int) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(SiteHandler, directory=str(site_dir))
    return http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)


def serve_site(site_dir: Path, port: int) -> None:
    with make_server(site_dir, port) as server:
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
