"""Tests of pipeline.text: numerals and text patterns."""
