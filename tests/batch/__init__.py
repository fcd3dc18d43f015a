"""Tests of pipeline.batch: planning a run, its workers and engines, incremental re-runs."""
