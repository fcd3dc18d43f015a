"""Tests of pipeline.extractors: figures, dates, organisations, projects and names."""
