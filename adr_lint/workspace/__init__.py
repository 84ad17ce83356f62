"""The working tree around the ADRs: where the repository keeps them
(`folders`) and which files changed since a git revision (`changes`).

Used by the runner to choose the files of a run; it reads the file system
and runs git, and imports only the language pack's folder words.
"""
