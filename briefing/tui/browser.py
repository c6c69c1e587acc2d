"""Opening a web page: in the browser the user chose ($BROWSER) or the system's.

A browser that runs in the terminal (lynx, w3m, a $BROWSER command Python does not
know) takes the terminal over until it exits, so the reader hands it the terminal
(App.suspend) and takes it back after; a graphical browser is started in the
background. Under textual-serve, App.open_url opens the page in the user's own browser.
"""

from __future__ import annotations

import webbrowser

from textual.app import App, SuspendNotSupported


def open_in_browser(app: App, url: str) -> str | None:
    """Open `url`; None when it went to a browser, else why not (one line)."""
    if app.is_web:
        app.open_url(url)
        return None
    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        return "no web browser found (set $BROWSER)"
    takes_terminal = isinstance(browser, webbrowser.GenericBrowser) and not isinstance(
        browser, webbrowser.BackgroundBrowser
    )
    try:
        if takes_terminal:
            try:
                with app.suspend():
                    opened = browser.open(url)
            except SuspendNotSupported:  # no terminal to hand over (tests, some drivers)
                opened = browser.open(url)
        else:
            opened = browser.open(url)
            # a background launcher (xdg-open, "firefox %s &") hands the page over and
            # exits at once; Python's webbrowser then says it did not open, and only a
            # failure to start it (OSError, above) says anything
            opened = opened or isinstance(browser, webbrowser.BackgroundBrowser)
    except OSError as exc:
        return f"could not start the browser: {exc}"
    return None if opened else "the browser did not open the page"
