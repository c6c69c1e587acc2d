"""briefing: a terminal news briefing reader."""

__version__ = "0.1.0"
