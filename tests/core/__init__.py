"""Tests of pipeline.core: records, entity types, offset maps."""
