"""Tests of pipeline.store: output tables, parts and manifests."""
