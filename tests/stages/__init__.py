"""Tests of pipeline.stages: ingest, normalise, boilerplate, align, web input."""
