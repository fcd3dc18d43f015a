"""extractors/figures"""
