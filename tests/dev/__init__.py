"""Tests of pipeline.dev: evaluation, benchmarks, the peer suites."""
