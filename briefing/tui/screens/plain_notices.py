"""The base of the reader's screen and its command bases: notices shown as they are.

Textual's `Widget.notify` reads its message as markup by default; the reader's notices
carry titles, file names, entity names and searches, which are data. The reader screen
and both bases of its commands (library and reading) share this one override."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel


class PlainNotices(Screen[None]):
    """A screen whose notices are never read as markup."""

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """A notification shown as it is (messages carry titles and names: no markup)."""
        self.app.notify(message, title=title, severity=severity, timeout=timeout, markup=markup)
