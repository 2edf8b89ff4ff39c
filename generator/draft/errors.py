"""The one exception the drafting engine raises."""


class DraftError(Exception):
    """An article that cannot be drafted; the message is meant for a person to read."""
