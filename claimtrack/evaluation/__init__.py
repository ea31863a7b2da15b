"""Scoring against the gold annotations in `data/gold/`: shared by the tests and benchmarks.

Kept apart from the core packages because it reads gold files; the core (`attribution`,
`suggest`, ...) only computes on what it is given.
"""
