"""Tests of pipeline.cli: the provex command line."""
