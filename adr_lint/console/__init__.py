"""What the command line meets around the linter: its words (which command
a word names, and the one a typo meant: `commands`), the terminal
(`colour`), standard input (`stdin`) and the settings it shows
(`settings`). Nothing here lints; `cli` and `runner` use it.
"""
