"""Benchmarks: a synthetic corpus and the build-time measurements (not part of the package)."""
