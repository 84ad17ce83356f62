"""The fixed rule that sets a third of the corpus aside.

A labelled framework file (by its `local_file`) or a whole repository folder
under `repos/` (by its directory name) is held out when the SHA-256 of that
name, read as a number, is divisible by three. Held-out files are scored at
the end of a piece of work, never read while it is under way.
"""

from __future__ import annotations

import hashlib

# The first labelled file of the second batch (INDEX.tsv row order): rows from
# here on were added after the vocabulary had been built on the ones before.
FIRST_NEW = "framework/andreiruck-max__mvet__0001-use-django.md"


def held_out(name: str) -> bool:
    return int(hashlib.sha256(name.encode("utf-8")).hexdigest(), 16) % 3 == 0
