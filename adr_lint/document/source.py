"""Bytes on disk -> text, or a plain statement of why not.

Never opens anything but a regular file (a FIFO would block), never reads
more than `MAX_BYTES`, and never guesses an encoding: UTF-8, or UTF-16 and
UTF-8 announced by a byte-order mark.
"""

from __future__ import annotations

import codecs
import os
import stat

MAX_BYTES = 4 * 1024 * 1024


def read(path: str | os.PathLike[str]) -> tuple[str | None, str | None]:
    """Return (text, None) or (None, problem)."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            return None, "not a regular file"
        if info.st_size > MAX_BYTES:
            return (
                None,
                f"file is {info.st_size} bytes; "
                f"ADRs over {MAX_BYTES} bytes are not linted",
            )
        with open(path, "rb") as handle:
            # Ask for the size stat gave (a read of MAX_BYTES would allocate
            # that much every time), then for the rest if the file grew.
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += handle.read(MAX_BYTES + 1 - len(data))
    except FileNotFoundError:
        return None, "file disappeared before it could be read"
    except OSError as exc:
        return None, f"cannot read file: {exc.strerror or exc}"
    if len(data) > MAX_BYTES:
        return None, f"file grew past {MAX_BYTES} bytes while being read"
    return decode(data)


def decode(data: bytes) -> tuple[str | None, str | None]:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError as exc:
            return None, f"not valid UTF-16 (at byte {exc.start})"
    if b"\x00" in data:
        return None, f"binary file (NUL byte at offset {data.index(0)})"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        return (
            None,
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
        )
