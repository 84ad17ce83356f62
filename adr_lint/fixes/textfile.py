"""A file to fix: its lines as they are on disk, and the way back to bytes.

A fixed file keeps its encoding (UTF-8, UTF-8 or UTF-16 with a byte-order
mark, as `document.source` reads them) and every line ending it had (LF,
CRLF, CR, even mixed): only the lines a fix changes are new, and they end
as most of the file's lines do. A file whose bytes would not come back
exactly from its text is not fixed at all. Writing goes to a temporary file
beside the original, then replaces it in one step, so the original is
whole until the fixed file is.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import re
import shutil
import stat
import tempfile
from collections import Counter
from typing import NamedTuple

from adr_lint.document import source
from adr_lint.errors import AdrLintError
from adr_lint.fixes.edit import Line

_BREAK = re.compile(r"(\r\n|\r|\n)")
_BOMS = (
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF8, "utf-8"),
)


class TextFile(NamedTuple):
    path: str
    data: bytes  # as read
    bom: bytes
    codec: str
    lines: tuple[Line, ...]

    @property
    def ending(self) -> str:
        """How new lines end: as most of the file's lines do."""
        counts = Counter(end for _, end in self.lines if end)
        return counts.most_common(1)[0][0] if counts else "\n"

    def encode(self, lines: list[Line] | tuple[Line, ...]) -> bytes:
        return self.bom + text_of(lines).encode(self.codec)


def text_of(lines: list[Line] | tuple[Line, ...]) -> str:
    return "".join(text + end for text, end in lines)


def split(text: str) -> tuple[Line, ...]:
    parts = _BREAK.split(text)
    lines = [(parts[i], parts[i + 1]) for i in range(0, len(parts) - 1, 2)]
    if parts[-1]:
        lines.append((parts[-1], ""))
    return tuple(lines)


def read(path: str) -> TextFile | None:
    """The file's lines, or None when it cannot be read the way adr-lint
    reads files, or its bytes would not be written back as they are."""
    data = _bytes(path)
    if data is None or source.decode(data)[0] is None:
        return None
    bom, codec = next(((b, c) for b, c in _BOMS if data.startswith(b)), (b"", "utf-8"))
    try:
        lines = split(data[len(bom) :].decode(codec))
    except UnicodeDecodeError:
        return None
    found = TextFile(path, data, bom, codec, lines)
    return found if found.encode(lines) == data else None


def _bytes(path: str) -> bytes | None:
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        with open(path, "rb") as handle:
            data = handle.read(source.MAX_BYTES + 1)
    except OSError:
        return None
    return data if len(data) <= source.MAX_BYTES else None


def write(original: TextFile, lines: list[Line], shown: str | None = None) -> None:
    """Replace the file with the fixed lines, unless it changed since it
    was read; the original stays whole if anything fails. Errors name the
    file as `shown`."""
    shown = shown or original.path
    target = os.path.realpath(original.path)  # a link keeps pointing at it
    if _bytes(target) != original.data:
        raise AdrLintError(f"{shown}: changed while being fixed; not written")
    folder, name = os.path.split(target)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{name}.", dir=folder)
    except OSError as exc:
        raise _unwritten(shown, exc) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(original.encode(lines))
            out.flush()
            os.fsync(out.fileno())
        shutil.copymode(target, temporary)
        os.replace(temporary, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise _unwritten(shown, exc) from None


def _unwritten(path: str, exc: OSError) -> AdrLintError:
    return AdrLintError(f"{path}: cannot write the fixed file: {exc.strerror or exc}")
