"""Turn news articles and their annotations into a briefing site."""

__version__ = "0.1.0"
