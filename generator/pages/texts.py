"""Generated files held as UTF-8 bytes, read as text.

CPython stores a string that holds one character above U+00FF (a dash, a curly quote: most
generated pages) at two bytes per character, and a site of 10,000 articles makes 377 MB of
Markdown. Each file is kept encoded once made, which halves that; reading a file decodes it,
and MkDocs and the writer take the bytes as they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping


class Texts(Mapping[str, str]):
    """{path: text} of generated files, each kept as its UTF-8 bytes (`raw`)."""

    __slots__ = ("raw",)

    def __init__(self, items: Mapping[str, str | bytes] | Iterable[tuple[str, str | bytes]]
                 = ()) -> None:
        self.raw: dict[str, bytes] = {}
        self.update(items)

    def __getitem__(self, path: str) -> str:
        return self.raw[path].decode("utf-8")

    def __iter__(self) -> Iterator[str]:
        return iter(self.raw)

    def __len__(self) -> int:
        return len(self.raw)

    def __contains__(self, path: object) -> bool:
        return path in self.raw

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Texts):
            return self.raw == other.raw
        return Mapping.__eq__(self, other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Texts({len(self.raw)} files)"

    def __setitem__(self, path: str, text: str | bytes) -> None:
        self.raw[path] = text if isinstance(text, bytes) else text.encode("utf-8")

    def update(self, items: Mapping[str, str | bytes] | Iterable[tuple[str, str | bytes]]
               ) -> None:
        """Add files, replacing those of the same path; bytes are taken as they are."""
        if isinstance(items, Texts):
            self.raw.update(items.raw)
            return
        pairs = items.items() if isinstance(items, Mapping) else items
        for path, text in pairs:
            self[path] = text


def raw_items(files: Mapping[str, str]) -> Iterator[tuple[str, bytes]]:
    """Each file's path and UTF-8 bytes, without decoding what is already bytes."""
    if isinstance(files, Texts):
        yield from files.raw.items()
    else:
        for path, text in files.items():
            yield path, text.encode("utf-8")
