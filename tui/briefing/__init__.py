"""briefing: read news stories as structured briefs in the terminal."""

__version__ = "0.1.0"
