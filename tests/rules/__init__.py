"""Tests of pipeline.rules: rule files, their schema, patterns and examples."""
