"""`python -m pipeline` is the same as the `provex` command."""

from pipeline.cli import main

main()
