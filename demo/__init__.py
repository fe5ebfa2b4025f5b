"""Demo content as data, and the `load_demo` command that builds it into a fresh portal.

Nothing in the apps imports this package; only the command, tests and benchmarks do.
"""
