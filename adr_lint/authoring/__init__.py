"""Commands for people writing ADRs rather than gating them: `show` (what
adr-lint read in a record, criterion by criterion) and `new` (the next
record of a folder, in its naming and template).

Sits beside `cli` and `runner`: it may import every stage, and none
imports it.
"""
