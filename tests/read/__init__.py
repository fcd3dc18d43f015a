"""Tests of pipeline.read: loading, auditing, exporting and reporting an output."""
