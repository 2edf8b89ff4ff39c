"""The one exception the drafting engine raises."""


class DraftError(Exception):
    """An article that cannot be drafted; the message is meant for a person to read."""


class PlacedError(DraftError):
    """A DraftError at a line and column of the article's file (its front matter)."""

    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(message)
        self.line, self.column = line, column

    def at(self, path: object) -> str:
        """The message after `path:line:column:`, as `briefing check` writes one."""
        return f"{path}:{self.line}:{self.column}: {self}"
